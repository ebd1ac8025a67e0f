package io.intervu.evaluation.service.offline.model;

/**
 * Ridge regression on standardised features: the linear part of the offline rubric, and the baselines.
 * Missing values ({@code NaN}) are imputed with the training mean, so they contribute nothing.
 * The penalty is fixed in advance (not searched on the data that is then used to measure it).
 */
public final class RidgeRegression {

    private RidgeRegression() {
    }

    /** A fitted linear model for one target: {@code y = intercept + Σ coefficient_j · (x_j − mean_j) / scale_j}. */
    public record Fit(double intercept, double[] coefficients, double[] means, double[] scales) {

        public double predict(double[] x) {
            double y = intercept;
            for (int j = 0; j < coefficients.length; j++) {
                y += coefficients[j] * standardised(x, j);
            }
            return y;
        }

        public double standardised(double[] x, int j) {
            double v = Double.isNaN(x[j]) ? means[j] : x[j];
            return (v - means[j]) / scales[j];
        }
    }

    public static Fit fit(double[][] x, double[] y, double lambda) {
        int n = x.length;
        int p = x[0].length;
        Standardisation st = Standardisation.of(x);
        double[] means = st.means();
        double[] scales = st.scales();
        double yMean = 0;
        for (double v : y) {
            yMean += v;
        }
        yMean /= n;
        double[][] a = new double[p][p];
        double[] b = new double[p];
        Fit scaler = new Fit(0, new double[p], means, scales);
        double[] z = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[j] = scaler.standardised(x[i], j);
            }
            for (int j = 0; j < p; j++) {
                b[j] += z[j] * (y[i] - yMean);
                for (int k = 0; k < p; k++) {
                    a[j][k] += z[j] * z[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            a[j][j] += lambda;
        }
        return new Fit(yMean, solve(a, b), means, scales);
    }

    /** Gaussian elimination with partial pivoting; the ridge term keeps the system well conditioned. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            for (int r = col + 1; r < n; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = m[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= m[r][c] * x[c];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }
}
