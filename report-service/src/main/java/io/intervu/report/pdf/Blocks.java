package io.intervu.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.List;

/** The building blocks every section uses: headings, body text, lists, panels, small tables. */
final class Blocks {

    private final ReportFonts fonts;
    private final PageDecorator decorator;

    Blocks(ReportFonts fonts, PageDecorator decorator) {
        this.fonts = fonts;
        this.decorator = decorator;
    }

    ReportFonts fonts() {
        return fonts;
    }

    /** A section title that also becomes a PDF bookmark ({@code parentKey} null = top level). */
    Paragraph heading(String text, String bookmarkKey, String bookmarkTitle, String parentKey) {
        Paragraph p = fonts.paragraph();
        Chunk anchor = new Chunk(" ", fonts.font(0.5f, ReportStyle.NAVY, true));
        anchor.setGenericTag(decorator.bookmark(bookmarkKey, bookmarkTitle, parentKey));
        p.add(anchor);
        p.add(fonts.phrase(text, ReportStyle.H1, ReportStyle.NAVY, true));
        p.setSpacingAfter(10);
        p.setKeepTogether(true);
        return p;
    }

    /** An invisible mark that makes a bookmark where it lands (for text that is not a heading). */
    Chunk anchor(String bookmarkKey, String bookmarkTitle, String parentKey) {
        Chunk anchor = new Chunk(" ", fonts.font(0.5f, Color.WHITE, false));
        anchor.setGenericTag(decorator.bookmark(bookmarkKey, bookmarkTitle, parentKey));
        return anchor;
    }

    Paragraph subheading(String text) {
        Paragraph p = new Paragraph(fonts.phrase(text, ReportStyle.H2, ReportStyle.ACCENT, true));
        p.setSpacingBefore(12);
        p.setSpacingAfter(5);
        return p;
    }

    Paragraph label(String text) {
        Paragraph p = new Paragraph(fonts.phrase(text, ReportStyle.H3, ReportStyle.INK, true));
        p.setSpacingBefore(8);
        p.setSpacingAfter(3);
        return p;
    }

    Paragraph body(String text) {
        return body(text, ReportStyle.INK);
    }

    Paragraph body(String text, Color color) {
        Paragraph p = fonts.paragraph();
        p.setLeading(0, 1.4f);
        p.add(fonts.phrase(text, ReportStyle.BODY, color, false));
        p.setSpacingAfter(4);
        return p;
    }

    Paragraph muted(String text) {
        Paragraph p = fonts.paragraph();
        p.setLeading(0, 1.35f);
        p.add(fonts.phrase(text, ReportStyle.SMALL, ReportStyle.MUTED, false));
        p.setSpacingAfter(3);
        return p;
    }

    /** A bulleted list; the items keep the order they came in (the evaluator ranked them). */
    com.lowagie.text.List bullets(List<String> items, String symbol, Color symbolColor) {
        com.lowagie.text.List list = new com.lowagie.text.List(false, 14);
        list.setListSymbol(new Chunk(symbol, fonts.font(ReportStyle.BODY, symbolColor, true)));
        list.setIndentationLeft(4);
        for (String item : items) {
            com.lowagie.text.ListItem li = new com.lowagie.text.ListItem();
            li.setFont(fonts.font(ReportStyle.BODY, ReportStyle.INK, false));
            li.setLeading(0, 1.4f);
            li.add(fonts.phrase(item, ReportStyle.BODY, ReportStyle.INK, false));
            li.setSpacingAfter(2);
            list.add(li);
        }
        return list;
    }

    /** Text on a tinted panel with an accent bar on the left (questions, model answers). */
    PdfPTable panel(Phrase content, Color background, Color bar) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSplitLate(false);
        PdfPCell c = new PdfPCell();
        c.addElement(paragraphOf(content));
        c.setBackgroundColor(background);
        c.setBorder(Rectangle.LEFT);
        c.setBorderColorLeft(bar);
        c.setBorderWidthLeft(3f);
        c.setPaddingLeft(10);
        c.setPaddingRight(10);
        c.setPaddingTop(4);
        c.setPaddingBottom(8);
        t.addCell(c);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        return t;
    }

    private Paragraph paragraphOf(Phrase content) {
        Paragraph p = fonts.paragraph();
        p.setLeading(0, 1.4f);
        p.add(content);
        return p;
    }

    /** A coloured pill such as "3.8 / 5" or "Ready". */
    Chunk pill(String text, Color background) {
        Chunk c = new Chunk(" " + text + " ", fonts.font(ReportStyle.BODY, Color.WHITE, true));
        c.setBackground(background, 2, 3, 2, 4);
        return c;
    }

    /** Two-column label/value rows without borders (cover details, provenance). */
    PdfPTable facts(List<String[]> rows, float labelWidth) {
        PdfPTable t = new PdfPTable(new float[]{labelWidth, 100 - labelWidth});
        t.setWidthPercentage(100);
        for (String[] row : rows) {
            t.addCell(plainCell(fonts.phrase(row[0], ReportStyle.BODY, ReportStyle.MUTED, false)));
            t.addCell(plainCell(fonts.phrase(row[1], ReportStyle.BODY, ReportStyle.INK, false)));
        }
        return t;
    }

    PdfPCell plainCell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(3);
        c.setPaddingBottom(5);
        c.setLeading(0, 1.3f);
        return c;
    }

    PdfPCell headerCell(String text) {
        PdfPCell c = new PdfPCell(fonts.phrase(text, ReportStyle.SMALL, ReportStyle.MUTED, true));
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(ReportStyle.RULE);
        c.setPaddingBottom(5);
        return c;
    }

    PdfPCell rowCell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(ReportStyle.PANEL);
        c.setPaddingTop(4);
        c.setPaddingBottom(6);
        c.setLeading(0, 1.3f);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    Paragraph spacer(float height) {
        Paragraph p = new Paragraph(" ", fonts.font(1, Color.WHITE, false));
        p.setSpacingAfter(height);
        return p;
    }
}
