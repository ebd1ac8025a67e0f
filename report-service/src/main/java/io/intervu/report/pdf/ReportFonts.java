package io.intervu.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import org.jboss.logging.Logger;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of one report and the only way text enters the PDF. DejaVu Sans (bundled) is embedded
 * as a subset; characters it lacks use an optional fallback font (e.g. a CJK font installed on the
 * host) and, when none has them, are replaced by a visible box instead of vanishing or failing.
 * One instance per rendering: OpenPDF fonts read their file while subsetting and are not safe to
 * share between documents written at the same time.
 */
public final class ReportFonts {

    private static final Logger LOG = Logger.getLogger(ReportFonts.class);
    static final String MISSING_GLYPH = "\u25A1";
    private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");

    private final BaseFont regular;
    private final BaseFont bold;
    private final List<BaseFont> fallbacks;
    private int replacedCharacters;

    private ReportFonts(BaseFont regular, BaseFont bold, List<BaseFont> fallbacks) {
        this.regular = regular;
        this.bold = bold;
        this.fallbacks = fallbacks;
    }

    public static ReportFonts load(List<Path> fallbackFiles) {
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
            List<BaseFont> fallbacks = new ArrayList<>();
            for (Path file : fallbackFiles) {
                loadFallback(file, fallbacks);
            }
            return new ReportFonts(regular, bold, fallbacks);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("bundled report fonts cannot be read", e);
        }
    }

    private static void loadFallback(Path file, List<BaseFont> into) {
        if (!Files.isReadable(file)) {
            return;
        }
        String name = file.toString();
        String lower = name.toLowerCase();
        if (lower.endsWith(".ttc")) {
            name = name + ",0";
        } else if (!lower.endsWith(".ttf")) {
            return;
        }
        try {
            into.add(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false));
        } catch (Exception e) {
            LOG.warnf("fallback font %s not usable: %s", file, e.getMessage());
        }
    }

    public BaseFont regularBase() {
        return regular;
    }

    public BaseFont boldBase() {
        return bold;
    }

    /** How many characters no font could show (each became a box); reported in the provenance. */
    public int replacedCharacters() {
        return replacedCharacters;
    }

    public Font font(float size, Color color, boolean isBold) {
        return new Font(isBold ? bold : regular, size, Font.NORMAL, color);
    }

    /**
     * An empty paragraph in the report font: OpenPDF sets the spacing of a fontless paragraph in
     * Helvetica, which would add a non-embedded font to the file.
     */
    public com.lowagie.text.Paragraph paragraph() {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
        p.setFont(font(ReportStyle.BODY, ReportStyle.INK, false));
        return p;
    }

    public com.lowagie.text.Paragraph paragraphOf(Phrase phrase) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(phrase);
        p.setLeading(0, 1.25f);
        return p;
    }

    /** Untrusted text as a phrase: cleaned, and split into runs of the font that can show each character. */
    public Phrase phrase(String raw, float size, Color color, boolean isBold) {
        Font main = font(size, color, isBold);
        String text = clean(raw);
        Phrase phrase = new Phrase();
        phrase.setFont(main);
        StringBuilder run = new StringBuilder();
        BaseFont runFont = isBold ? bold : regular;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            BaseFont wanted = fontFor(cp, isBold ? bold : regular);
            String piece;
            if (wanted == null) {
                replacedCharacters++;
                wanted = isBold ? bold : regular;
                piece = MISSING_GLYPH;
            } else {
                piece = new String(Character.toChars(cp));
            }
            if (wanted != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), new Font(runFont, size, Font.NORMAL, color)));
                run.setLength(0);
            }
            runFont = wanted;
            run.append(piece);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), new Font(runFont, size, Font.NORMAL, color)));
        }
        return phrase;
    }

    private BaseFont fontFor(int cp, BaseFont preferred) {
        if (cp == '\n' || cp == ' ' || preferred.charExists(cp)) {
            return preferred;
        }
        for (BaseFont fallback : fallbacks) {
            if (fallback.charExists(cp)) {
                return fallback;
            }
        }
        return null;
    }

    /**
     * Normalises to NFC (precomposed accents exist in the font), unifies line ends, turns tabs into
     * spaces and drops control, format and variation-selector characters that have no visible form of their own.
     */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace("\t", "    ");
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE;
            boolean variationSelector = cp >= 0xFE00 && cp <= 0xFE0F;
            if (cp == '\n' || !(invisible || variationSelector)) {
                out.appendCodePoint(cp);
            }
        });
        // blank lines around the text go; spaces stay (callers use them as separators)
        String cleaned = out.toString().replaceAll("^(?:[ ]*\n)+", "").replaceAll("(?:\n[ ]*)+$", "");
        return cleaned.isBlank() ? "" : cleaned;
    }

    private static byte[] resource(String path) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
