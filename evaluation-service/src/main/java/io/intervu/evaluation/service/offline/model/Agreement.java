package io.intervu.evaluation.service.offline.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How well predicted scores agree with human grades (1-5): Spearman rank correlation, quadratic
 * weighted kappa on the rounded scores, mean absolute error, and the share within ±0.75.
 */
public record Agreement(int n, double spearman, double qwk, double mae, double within075) {

    public static final double WITHIN = 0.75;

    public static Agreement of(double[] predicted, double[] grades) {
        int n = grades.length;
        double mae = 0;
        int within = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(predicted[i] - grades[i]);
            mae += d;
            if (d <= WITHIN + 1e-9) {
                within++;
            }
        }
        return new Agreement(n, spearman(predicted, grades), qwk(predicted, grades), n == 0 ? Double.NaN : mae / n,
                n == 0 ? Double.NaN : (double) within / n);
    }

    /** Pearson correlation of average ranks (ties share their mean rank); NaN when either side is constant. */
    public static double spearman(double[] a, double[] b) {
        return pearson(ranks(a), ranks(b));
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    static double[] ranks(double[] v) {
        Integer[] order = IntStream.range(0, v.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = rank;
            }
            i = j + 1;
        }
        return r;
    }

    /** Quadratic weighted kappa over the five grades, predictions rounded to the nearest grade. */
    static double qwk(double[] predicted, double[] grades) {
        int k = 5;
        double[][] observed = new double[k][k];
        double[] histP = new double[k];
        double[] histG = new double[k];
        int n = grades.length;
        for (int i = 0; i < n; i++) {
            int p = grade(predicted[i]);
            int g = grade(grades[i]);
            observed[g][p]++;
            histP[p]++;
            histG[g]++;
        }
        double num = 0;
        double den = 0;
        for (int g = 0; g < k; g++) {
            for (int p = 0; p < k; p++) {
                double w = (double) (g - p) * (g - p) / ((k - 1) * (k - 1));
                num += w * observed[g][p];
                den += w * histG[g] * histP[p] / n;
            }
        }
        return den == 0 ? Double.NaN : 1 - num / den;
    }

    private static int grade(double v) {
        return (int) Math.max(0, Math.min(4, Math.round(v) - 1));
    }
}
