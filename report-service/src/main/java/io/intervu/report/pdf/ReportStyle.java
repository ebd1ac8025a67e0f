package io.intervu.report.pdf;

import java.awt.Color;

/** The report's palette and type scale, in one place so every page looks related. */
final class ReportStyle {

    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color MUTED = new Color(0x6B, 0x72, 0x80);
    static final Color NAVY = new Color(0x1E, 0x29, 0x3B);
    static final Color ACCENT = new Color(0x0F, 0x76, 0x6E);
    static final Color ACCENT_LIGHT = new Color(0xCC, 0xFB, 0xF1);
    static final Color PANEL = new Color(0xF3, 0xF4, 0xF6);
    static final Color RULE = new Color(0xD1, 0xD5, 0xDB);
    static final Color GOOD = new Color(0x15, 0x80, 0x3D);
    static final Color FAIR = new Color(0xB4, 0x53, 0x09);
    static final Color POOR = new Color(0xB9, 0x1C, 0x1C);
    static final Color BAND = new Color(0xBB, 0xF7, 0xD0);

    static final float BODY = 10f;
    static final float SMALL = 8.5f;
    static final float H1 = 18f;
    static final float H2 = 13f;
    static final float H3 = 11f;

    /** The scores are on a 1-5 scale (docs/contracts.md); colour bands follow the readiness labels. */
    static final double SCORE_MAX = 5.0;

    private ReportStyle() {
    }

    static Color scoreColor(Double score) {
        if (score == null) {
            return MUTED;
        }
        if (score >= 4.0) {
            return GOOD;
        }
        return score >= 3.0 ? FAIR : POOR;
    }

    static Color readinessColor(String readiness) {
        if (readiness == null) {
            return MUTED;
        }
        String r = readiness.toLowerCase();
        if (r.startsWith("ready")) {
            return GOOD;
        }
        if (r.startsWith("almost")) {
            return ACCENT;
        }
        return r.startsWith("needs") ? FAIR : POOR;
    }
}
