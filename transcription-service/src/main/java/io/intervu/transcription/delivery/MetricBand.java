package io.intervu.transcription.delivery;

/** One measured metric with the reference band the report draws it against. */
public record MetricBand(String name, String label, double value, String unit, double bandLow, double bandHigh,
                         String verdict, String source) {

    public static MetricBand of(String name, String label, double value, String unit, double low, double high, String source) {
        String verdict = value < low ? "below" : value > high ? "above" : "within";
        return new MetricBand(name, label, value, unit, low, high, verdict, source);
    }
}
