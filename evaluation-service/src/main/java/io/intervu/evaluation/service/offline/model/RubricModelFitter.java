package io.intervu.evaluation.service.offline.model;

import io.intervu.evaluation.Rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Fits the offline rubric on graded answers and measures it honestly: grouped k-fold
 * cross-validation by question, so an answer is always scored by weights fitted without any answer
 * to its question. The rubric blends a linear ridge regression (penalty fixed in advance) with a
 * kernel ridge regression ({@link KernelRidge}); the kernel's penalty and width and the linear share of
 * the blend ({@link Settings}) are chosen from {@link #LAMBDAS}, {@link #WIDTH_FACTORS} and
 * {@link #LINEAR_SHARES} by an inner grouped cross-validation on the training folds only, so the choice
 * never sees the answers it is then measured on. Linear ridge regression alone fits the baselines (and
 * the linear rubric, for comparison).
 */
public final class RubricModelFitter {

    /** The rubric's criteria in their published order, then the overall score. */
    public static final List<String> TARGETS = Stream.concat(Rubric.CRITERIA.stream(), Stream.of(RubricModel.OVERALL)).toList();
    public static final double LINEAR_LAMBDA = 10.0;
    public static final List<Double> LAMBDAS = List.of(0.03, 0.1, 0.3, 1.0);
    public static final List<Double> WIDTH_FACTORS = List.of(1.0, 2.0, 3.0);
    /**
     * At least 0.2: with less, an answer unlike any graded one loses the straight trend (the STAR story of
     * OfflineRubricEvaluatorTest fell to 3.6 with 0.1, which the corpus alone preferred by 0.002 Spearman).
     */
    public static final List<Double> LINEAR_SHARES = List.of(0.2, 0.35, 0.5);
    public static final int FOLDS = 5;
    static final int INNER_FOLDS = 4;
    private static final int OVERALL_TARGET = TARGETS.size() - 1;

    /**
     * What the inner cross-validation chooses: the kernel's penalty, its width factor ({@link KernelRidge.Basis#of}) and
     * the linear regression's share of every score (the kernel has the rest).
     */
    public record Settings(double lambda, double linearShare, double widthFactor) {
    }

    private RubricModelFitter() {
    }

    /** The rubric fitted on all rows, its settings chosen by grouped cross-validation on these rows. */
    public static RubricModel.Fitted fitAll(List<TrainingRow> rows, List<Integer> featureIndexes) {
        return fit(rows, featureIndexes, choose(rows, featureIndexes, FOLDS));
    }

    static RubricModel.Fitted fit(List<TrainingRow> rows, List<Integer> featureIndexes, Settings settings) {
        double[][] x = matrix(rows, featureIndexes);
        double[][] y = targets(rows);
        KernelRidge.Basis basis = KernelRidge.Basis.of(x, settings.widthFactor());
        List<KernelRidge.Fit> fits = KernelRidge.fit(basis, y, settings.lambda());
        Map<String, KernelRidge.Fit> byTarget = new LinkedHashMap<>();
        Map<String, RidgeRegression.Fit> linear = new LinkedHashMap<>();
        for (int t = 0; t < TARGETS.size(); t++) {
            byTarget.put(TARGETS.get(t), fits.get(t));
            linear.put(TARGETS.get(t), RidgeRegression.fit(x, y[t], LINEAR_LAMBDA));
        }
        return new RubricModel.Fitted(basis, byTarget, linear, settings);
    }

    /**
     * The settings whose grouped cross-validated overall score ranks the rows' grades best. The linear and the kernel
     * regressions are validated apart, once per penalty and width, and every share is a blend of those predictions.
     */
    static Settings choose(List<TrainingRow> rows, List<Integer> featureIndexes, int folds) {
        double[] grades = column(rows, OVERALL_TARGET);
        double[] linear = outOfFold(rows, featureIndexes, folds, linearScorer(featureIndexes))[OVERALL_TARGET];
        double best = Double.NEGATIVE_INFINITY;
        Settings chosen = null;
        for (double lambda : LAMBDAS) {
            for (double width : WIDTH_FACTORS) {
                Settings kernelOnly = new Settings(lambda, 0, width);
                double[] kernel = outOfFold(rows, featureIndexes, folds, train -> scorer(fit(train, featureIndexes, kernelOnly)))[OVERALL_TARGET];
                for (double share : LINEAR_SHARES) {
                    double[] blended = new double[grades.length];
                    for (int i = 0; i < blended.length; i++) {
                        blended[i] = Rubric.onScale(share * linear[i] + (1 - share) * kernel[i]);
                    }
                    double rho = Agreement.spearman(blended, grades);
                    if (rho > best) {
                        best = rho;
                        chosen = new Settings(lambda, share, width);
                    }
                }
            }
        }
        return chosen;
    }

    /** Out-of-fold scores of the rubric on the 1-5 scale, per target, for every row: [target][row]. */
    public static double[][] crossValidate(List<TrainingRow> rows, List<Integer> featureIndexes) {
        return clamped(outOfFold(rows, featureIndexes, FOLDS,
                train -> scorer(fit(train, featureIndexes, choose(train, featureIndexes, INNER_FOLDS)))));
    }

    /** Out-of-fold scores of a linear ridge regression alone (baselines, the linear rubric): [target][row]. */
    public static double[][] crossValidateLinear(List<TrainingRow> rows, List<Integer> featureIndexes) {
        return clamped(outOfFold(rows, featureIndexes, FOLDS, linearScorer(featureIndexes)));
    }

    private static Function<List<TrainingRow>, Scorer> linearScorer(List<Integer> featureIndexes) {
        return train -> {
            double[][] x = matrix(train, featureIndexes);
            List<RidgeRegression.Fit> fits = new ArrayList<>();
            for (int t = 0; t < TARGETS.size(); t++) {
                fits.add(RidgeRegression.fit(x, column(train, t), LINEAR_LAMBDA));
            }
            return features -> fits.stream().mapToDouble(f -> f.predict(features)).toArray();
        };
    }

    /** Every target's score for one answer's (selected) features, in {@link #TARGETS} order. */
    private interface Scorer {
        double[] score(double[] features);
    }

    private static Scorer scorer(RubricModel.Fitted fitted) {
        return x -> fitted.predictAll(x).values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Unclamped scores of every row by a scorer fitted without the row's question (grouped {@code folds}-fold):
     * [target][row]. Unclamped so that a blend of two of them is the blended model's score before its clamp.
     */
    private static double[][] outOfFold(List<TrainingRow> rows, List<Integer> featureIndexes, int folds,
                                        Function<List<TrainingRow>, Scorer> fitter) {
        Map<String, Integer> fold = folds(rows, folds);
        double[][] predicted = new double[TARGETS.size()][rows.size()];
        for (int k = 0; k < folds; k++) {
            Scorer scorer = fitter.apply(outside(rows, fold, k));
            for (int i = 0; i < rows.size(); i++) {
                if (fold.get(rows.get(i).group()) == k) {
                    double[] scores = scorer.score(select(rows.get(i).features(), featureIndexes));
                    for (int t = 0; t < TARGETS.size(); t++) {
                        predicted[t][i] = scores[t];
                    }
                }
            }
        }
        return predicted;
    }

    private static List<TrainingRow> outside(List<TrainingRow> rows, Map<String, Integer> fold, int k) {
        List<TrainingRow> out = new ArrayList<>();
        for (TrainingRow r : rows) {
            if (fold.get(r.group()) != k) {
                out.add(r);
            }
        }
        return out;
    }

    /** Questions sorted by name and dealt round-robin into the folds: deterministic, and every fold gets every area. */
    static Map<String, Integer> folds(List<TrainingRow> rows, int count) {
        return folds(rows.stream().map(TrainingRow::group).toList(), count);
    }

    /** The fold of every group (question), by the same rule as the rows' folds. */
    public static Map<String, Integer> folds(Collection<String> names, int count) {
        TreeSet<String> groups = new TreeSet<>(names);
        Map<String, Integer> fold = new LinkedHashMap<>();
        int i = 0;
        for (String g : groups) {
            fold.put(g, i++ % count);
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

    private static double[][] clamped(double[][] scores) {
        for (double[] target : scores) {
            for (int i = 0; i < target.length; i++) {
                target[i] = Rubric.onScale(target[i]);
            }
        }
        return scores;
    }

    /** Every target's grades: [target][row]. */
    private static double[][] targets(List<TrainingRow> rows) {
        double[][] y = new double[TARGETS.size()][];
        for (int t = 0; t < y.length; t++) {
            y[t] = column(rows, t);
        }
        return y;
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
