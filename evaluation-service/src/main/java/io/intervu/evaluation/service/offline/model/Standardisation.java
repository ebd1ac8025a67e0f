package io.intervu.evaluation.service.offline.model;

/**
 * Per feature, the training mean and standard deviation that put features on one scale; missing
 * values ({@code NaN}) are left out of the mean and then count as the mean. A constant feature gets
 * scale 1, so it standardises to 0 instead of dividing by zero.
 */
record Standardisation(double[] means, double[] scales) {

    static Standardisation of(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        double[] means = new double[p];
        double[] scales = new double[p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            int count = 0;
            for (double[] row : x) {
                if (!Double.isNaN(row[j])) {
                    sum += row[j];
                    count++;
                }
            }
            means[j] = count == 0 ? 0 : sum / count;
            double ss = 0;
            for (double[] row : x) {
                double v = Double.isNaN(row[j]) ? means[j] : row[j];
                ss += (v - means[j]) * (v - means[j]);
            }
            double sd = Math.sqrt(ss / n);
            scales[j] = sd < 1e-9 ? 1 : sd;
        }
        return new Standardisation(means, scales);
    }
}
