package io.intervu.transcription.audio;

/**
 * Fundamental frequency by YIN (de Cheveigné and Kawahara, 2002): the cumulative mean normalised
 * difference function, its first dip under a threshold, refined by parabolic interpolation.
 */
public final class PitchTracker {

    public static final int WINDOW = 640; // 40 ms at 16 kHz: two periods of a 50 Hz voice
    private static final double MIN_HZ = 70;
    private static final double MAX_HZ = 400;
    private static final double THRESHOLD = 0.15;

    private PitchTracker() {
    }

    /** f0 in Hz of the window starting at {@code from}, or NaN when it is not periodic (unvoiced, noise, silence). */
    public static double pitch(float[] x, int from) {
        int sampleRate = DecodedAudio.SAMPLE_RATE;
        int tauMin = (int) Math.floor(sampleRate / MAX_HZ);
        int tauMax = (int) Math.ceil(sampleRate / MIN_HZ);
        int width = WINDOW - tauMax;
        if (from < 0 || from + WINDOW > x.length || width <= 0) {
            return Double.NaN;
        }
        double[] d = new double[tauMax + 1];
        for (int tau = 1; tau <= tauMax; tau++) {
            double sum = 0;
            for (int j = from; j < from + width; j++) {
                double diff = x[j] - x[j + tau];
                sum += diff * diff;
            }
            d[tau] = sum;
        }
        // cumulative mean normalisation
        double[] cmnd = new double[tauMax + 1];
        cmnd[0] = 1;
        double running = 0;
        for (int tau = 1; tau <= tauMax; tau++) {
            running += d[tau];
            cmnd[tau] = running == 0 ? 1 : d[tau] * tau / running;
        }
        for (int tau = tauMin; tau < tauMax; tau++) {
            if (cmnd[tau] < THRESHOLD) {
                while (tau + 1 < tauMax && cmnd[tau + 1] < cmnd[tau]) {
                    tau++;
                }
                double refined = tau;
                if (tau > 1) {
                    double a = cmnd[tau - 1];
                    double b = cmnd[tau];
                    double c = cmnd[tau + 1];
                    double denominator = a - 2 * b + c;
                    if (denominator != 0) {
                        refined = tau + (a - c) / (2 * denominator);
                    }
                }
                return sampleRate / refined;
            }
        }
        return Double.NaN;
    }
}
