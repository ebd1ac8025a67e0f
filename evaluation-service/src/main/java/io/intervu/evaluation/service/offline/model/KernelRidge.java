package io.intervu.evaluation.service.offline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Kernel ridge regression on standardised features: the kernel part of the offline rubric.
 * The kernel is a Gaussian plus a linear one. The Gaussian part scores an answer by the graded
 * answers it resembles, so "covers the key points in few words" can score like the concise strong
 * answers instead of paying for its length as a single straight line would make it; the linear part
 * keeps answers unlike any graded one (a six-word reply, a question without neighbours) on a sensible
 * trend instead of falling back to the average score. The Gaussian's width is {@code gamma = widthFactor / features}
 * (1 is the usual default; the fitter chooses the factor by inner cross-validation); the linear part's weight
 * ({@link #LINEAR_WEIGHT}) and the clipping ({@link #CLIP}) are fixed in advance; missing values ({@code NaN}) are
 * imputed with the training mean.
 */
public final class KernelRidge {

    /** Weight of the linear kernel (the standardised features' mean product) beside the Gaussian. */
    public static final double LINEAR_WEIGHT = 1.0;
    /**
     * Standardised values are clipped to ±this before the kernel: a value rarer than any in the corpus (two
     * examples in a technical answer) should read as "high", not as "unlike every graded answer".
     */
    public static final double CLIP = 2.5;

    private KernelRidge() {
    }

    /** The training answers as the kernel sees them (standardised), shared by every target. */
    public record Basis(double[] means, double[] scales, double[][] support, double gamma, double linearWeight) {

        /** {@code widthFactor}: the Gaussian's {@code gamma} times the number of features (larger: a narrower kernel). */
        public static Basis of(double[][] x, double widthFactor) {
            Standardisation st = Standardisation.of(x);
            int p = st.means().length;
            double gamma = widthFactor / p;
            Basis partial = new Basis(st.means(), st.scales(), null, gamma, LINEAR_WEIGHT);
            double[][] support = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                support[i] = partial.standardise(x[i]);
            }
            return new Basis(st.means(), st.scales(), support, gamma, LINEAR_WEIGHT);
        }

        public double[] standardise(double[] x) {
            double[] z = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                double v = Double.isNaN(x[j]) ? means[j] : x[j];
                z[j] = Math.max(-CLIP, Math.min(CLIP, (v - means[j]) / scales[j]));
            }
            return z;
        }

        /** The kernel between a standardised answer and every training answer. */
        double[] kernelRow(double[] z) {
            double[] k = new double[support.length];
            for (int i = 0; i < support.length; i++) {
                k[i] = kernel(z, support[i]);
            }
            return k;
        }

        double kernel(double[] a, double[] b) {
            double d = 0;
            double dot = 0;
            for (int j = 0; j < a.length; j++) {
                double t = a[j] - b[j];
                d += t * t;
                dot += a[j] * b[j];
            }
            return Math.exp(-gamma * d) + linearWeight * dot / a.length;
        }
    }

    /** One target's weights over the basis: {@code y = intercept + Σ alpha_i · k(z, support_i)}. */
    public record Fit(double intercept, double[] alphas) {

        public double predict(double[] kernelRow) {
            double y = intercept;
            for (int i = 0; i < alphas.length; i++) {
                y += alphas[i] * kernelRow[i];
            }
            return y;
        }
    }

    /** Fits every target column of {@code y} ([target][row]) on the same basis with one factorisation. */
    public static List<Fit> fit(Basis basis, double[][] y, double lambda) {
        int n = basis.support().length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                k[i][j] = basis.kernel(basis.support()[i], basis.support()[j]);
                k[j][i] = k[i][j];
            }
            k[i][i] += lambda;
        }
        double[][] l = cholesky(k);
        List<Fit> fits = new ArrayList<>();
        for (double[] target : y) {
            double mean = 0;
            for (double v : target) {
                mean += v;
            }
            mean /= n;
            double[] centred = new double[n];
            for (int i = 0; i < n; i++) {
                centred[i] = target[i] - mean;
            }
            fits.add(new Fit(mean, solve(l, centred)));
        }
        return fits;
    }

    /** Lower-triangular L with L·Lᵀ = a; a is symmetric positive definite (the ridge term sees to it). */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalStateException("kernel matrix is not positive definite");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    static double[] solve(double[][] l, double[] b) {
        int n = b.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * z[k];
            }
            z[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = z[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
