package io.intervu.report.pdf;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How numbers, dates and durations read in the report (English, UTC, no locale surprises). */
final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private Format() {
    }

    static String score(Double score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%.1f", score);
    }

    static String scoreOutOfMax(Double score) {
        return score == null ? "not scored" : score(score) + " / 5";
    }

    static OffsetDateTime parseTime(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(iso).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

    static String date(String iso) {
        OffsetDateTime t = parseTime(iso);
        return t == null ? "date not recorded" : DATE.format(t);
    }

    static String dateTime(OffsetDateTime t) {
        return t == null ? "–" : DATE_TIME.format(t);
    }

    static String duration(Double seconds) {
        if (seconds == null || seconds < 0) {
            return "not recorded";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        long h = s / 3600;
        long m = (s % 3600) / 60;
        return h > 0 ? h + " h " + m + " min" : m + " min " + (s % 60) + " s";
    }

    /** Metric values keep the precision that matters: below 1 up to three decimals, the rest one. */
    static String number(Double value) {
        if (value == null) {
            return "–";
        }
        double abs = Math.abs(value);
        if (abs == Math.rint(abs) && abs < 1e9) {
            return String.valueOf(Math.round(value));
        }
        if (abs < 1) {
            String three = String.format(Locale.ROOT, "%.3f", value);
            return three.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A metric value as a reader says it: ratios as percentages, counts bare, other units after the number. */
    static String withUnit(Double value, String unit) {
        return value == null ? number(null) : number(inUnit(value, unit)) + unitSuffix(unit);
    }

    /** A band "low–high" in the same terms as {@link #withUnit}. */
    static String range(Double low, Double high, String unit) {
        String suffix = unitSuffix(unit);
        if (low == null && high == null) {
            return "–";
        }
        if (low == null) {
            return "up to " + number(inUnit(high, unit)) + suffix;
        }
        if (high == null) {
            return "from " + number(inUnit(low, unit)) + suffix;
        }
        return number(inUnit(low, unit)) + "–" + number(inUnit(high, unit)) + suffix;
    }

    private static double inUnit(double value, String unit) {
        return "ratio".equals(unit) ? Math.round(value * 1000) / 10.0 : value;
    }

    private static String unitSuffix(String unit) {
        if (unit == null || unit.isBlank() || "count".equals(unit)) {
            return "";
        }
        return "ratio".equals(unit) ? " %" : " " + unit;
    }

    static String capitalise(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String t = s.strip().replace('_', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static String truncate(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
    }
}
