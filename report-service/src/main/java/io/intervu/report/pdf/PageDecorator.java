package io.intervu.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.util.HashMap;
import java.util.Map;

/**
 * Running header and "Page n of N" footer on every page but the cover, and the PDF outline:
 * a heading carries a generic tag, and the bookmark is made where the heading actually lands.
 */
final class PageDecorator extends PdfPageEventHelper {

    private static final String TAG = "outline:";

    private record Bookmark(String title, String parentKey) {
    }

    private final ReportFonts fonts;
    private final String headerLeft;
    private final String headerRight;
    private final Map<String, Bookmark> planned = new HashMap<>();
    private final Map<String, PdfOutline> made = new HashMap<>();
    private PdfTemplate totalPages;
    private int pages;

    PageDecorator(ReportFonts fonts, String headerLeft, String headerRight) {
        this.fonts = fonts;
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
    }

    /** Plans a bookmark; returns the generic tag to put on the heading's chunk. */
    String bookmark(String key, String title, String parentKey) {
        planned.put(key, new Bookmark(title, parentKey));
        return TAG + key;
    }

    int pageCount() {
        return pages;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(40, 14);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        if (!text.startsWith(TAG)) {
            return;
        }
        String key = text.substring(TAG.length());
        Bookmark bookmark = planned.get(key);
        if (bookmark == null || made.containsKey(key)) {
            return; // a heading that wrapped onto two lines reports each line
        }
        PdfOutline parent = bookmark.parentKey() == null ? null : made.get(bookmark.parentKey());
        PdfOutline root = parent != null ? parent : writer.getRootOutline();
        PdfDestination where = new PdfDestination(PdfDestination.XYZ, 0, rect.getTop() + 18, 0);
        made.put(key, new PdfOutline(root, where, bookmark.title(), true));
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages = writer.getPageNumber();
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float bottom = document.bottom() - 28;
        if (pages > 1) {
            float top = document.top() + 26;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    fonts.phrase(headerLeft, ReportStyle.SMALL, ReportStyle.MUTED, false), left, top, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                    fonts.phrase(Format.truncate(headerRight, 70), ReportStyle.SMALL, ReportStyle.MUTED, false), right, top, 0);
            cb.saveState();
            cb.setColorStroke(ReportStyle.RULE);
            cb.setLineWidth(0.6f);
            cb.moveTo(left, top - 6);
            cb.lineTo(right, top - 6);
            cb.stroke();
            cb.restoreState();
        }
        String label = "Page " + pages + " of ";
        float labelWidth = fonts.regularBase().getWidthPoint(label, ReportStyle.SMALL);
        float x = (left + right) / 2 - (labelWidth + 12) / 2;
        Phrase page = new Phrase(label, fonts.font(ReportStyle.SMALL, ReportStyle.MUTED, false));
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, page, x, bottom, 0);
        cb.addTemplate(totalPages, x + labelWidth, bottom);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(totalPages, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(pages), fonts.font(ReportStyle.SMALL, ReportStyle.MUTED, false)), 0, 0, 0);
    }
}
