package io.intervu.evaluation.service.offline.model;

import io.intervu.evaluation.service.rubric.Rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Fits the offline rubric on graded answers and measures it honestly: grouped k-fold
 * cross-validation by question, so an answer is always scored by weights fitted without any answer
 * to its question. The penalty and the fold count are fixed in advance.
 */
public final class RubricModelFitter {

    /** The rubric's criteria in their published order, then the overall score. */
    public static final List<String> TARGETS = Stream.concat(Rubric.CRITERIA.stream(), Stream.of(RubricModel.OVERALL)).toList();
    public static final double LAMBDA = 10.0;
    public static final int FOLDS = 5;

    private RubricModelFitter() {
    }

    /** Fits every target on all rows. */
    public static Map<String, RidgeRegression.Fit> fitAll(List<TrainingRow> rows, List<Integer> featureIndexes) {
        Map<String, RidgeRegression.Fit> fits = new LinkedHashMap<>();
        for (int t = 0; t < TARGETS.size(); t++) {
            fits.put(TARGETS.get(t), RidgeRegression.fit(matrix(rows, featureIndexes), column(rows, t), LAMBDA));
        }
        return fits;
    }

    /** Out-of-fold predictions, per target, for every row: [target][row]. */
    public static double[][] crossValidate(List<TrainingRow> rows, List<Integer> featureIndexes) {
        Map<String, Integer> fold = folds(rows);
        double[][] predicted = new double[TARGETS.size()][rows.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<TrainingRow> train = new ArrayList<>();
            for (TrainingRow r : rows) {
                if (fold.get(r.group()) != k) {
                    train.add(r);
                }
            }
            Map<String, RidgeRegression.Fit> fits = fitAll(train, featureIndexes);
            for (int i = 0; i < rows.size(); i++) {
                if (fold.get(rows.get(i).group()) == k) {
                    double[] x = select(rows.get(i).features(), featureIndexes);
                    for (int t = 0; t < TARGETS.size(); t++) {
                        predicted[t][i] = Math.max(1, Math.min(5, fits.get(TARGETS.get(t)).predict(x)));
                    }
                }
            }
        }
        return predicted;
    }

    /** Questions sorted by name and dealt round-robin into the folds: deterministic, and every fold gets every area. */
    static Map<String, Integer> folds(List<TrainingRow> rows) {
        TreeSet<String> groups = new TreeSet<>();
        rows.forEach(r -> groups.add(r.group()));
        Map<String, Integer> fold = new LinkedHashMap<>();
        int i = 0;
        for (String g : groups) {
            fold.put(g, i++ % FOLDS);
        }
        return fold;
    }

    static double[][] matrix(List<TrainingRow> rows, List<Integer> featureIndexes) {
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = select(rows.get(i).features(), featureIndexes);
        }
        return x;
    }

    static double[] column(List<TrainingRow> rows, int target) {
        double[] y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            y[i] = rows.get(i).grades()[target];
        }
        return y;
    }

    public static double[] select(double[] features, List<Integer> featureIndexes) {
        double[] out = new double[featureIndexes.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = features[featureIndexes.get(j)];
        }
        return out;
    }
}
