package io.intervu.evaluation.service.offline.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fitter on made-up answers whose grade is known: the settings it chooses, what the kernel adds, the stored form. */
class RubricModelFitterTest {

    private static final List<Integer> FEATURES = List.of(0, 1, 2);

    /**
     * Grades that a straight line cannot follow: 5 near the middle of the first feature, 1 at both ends (a concise
     * complete answer among short empty ones and long rambling ones); the other two features are noise.
     */
    private static List<TrainingRow> rows(long seed) {
        Random random = new Random(seed);
        List<TrainingRow> rows = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            double x = random.nextGaussian();
            double grade = Math.abs(x) < 0.7 ? 5 : 1;
            double[] grades = new double[RubricModelFitter.TARGETS.size()];
            Arrays.fill(grades, grade);
            rows.add(new TrainingRow("a" + i, "q" + (i % 24), "made-up",
                    new double[]{x, random.nextGaussian(), random.nextGaussian()}, grades));
        }
        return rows;
    }

    private static double[] overall(double[][] predicted) {
        return predicted[RubricModelFitter.TARGETS.size() - 1];
    }

    @Test
    void theChosenSettingsComeFromTheGrids() {
        RubricModelFitter.Settings s = RubricModelFitter.choose(rows(1), FEATURES, RubricModelFitter.FOLDS);
        assertTrue(RubricModelFitter.LAMBDAS.contains(s.lambda()), s.toString());
        assertTrue(RubricModelFitter.WIDTH_FACTORS.contains(s.widthFactor()), s.toString());
        assertTrue(RubricModelFitter.LINEAR_SHARES.contains(s.linearShare()), s.toString());
    }

    @Test
    void outOfFoldTheRubricFollowsAGradeTheLinearRegressionCannot() {
        List<TrainingRow> rows = rows(2);
        double[] grades = rows.stream().mapToDouble(r -> r.grades()[RubricModelFitter.TARGETS.size() - 1]).toArray();
        double rubric = Agreement.spearman(overall(RubricModelFitter.crossValidate(rows, FEATURES)), grades);
        double linear = Agreement.spearman(overall(RubricModelFitter.crossValidateLinear(rows, FEATURES)), grades);
        assertTrue(rubric >= 0.6 && rubric > linear + 0.3, "rubric " + rubric + ", linear alone " + linear);
    }

    @Test
    void theStoredModelScoresAsTheFittedOneWithItsSettings() throws Exception {
        List<TrainingRow> rows = rows(3);
        RubricModel.Fitted fitted = RubricModelFitter.fitAll(rows, FEATURES);
        RubricModel model = new RubricModel("test", List.of("x", "noise1", "noise2"), fitted, 0.5, 0.4, rows.size(), "");
        RubricModel read = RubricModel.read(new ObjectMapper().readTree(model.toJson()));
        assertEquals(fitted.settings(), read.fitted().settings());
        for (double[] answer : new double[][]{{0, 0, 0}, {2.5, -1, 1}, {-0.4, 3, 0}}) {
            model.scores(answer).forEach((target, score) -> assertEquals(score, read.scores(answer).get(target), 1e-4, target));
        }
        assertTrue(model.scores(new double[]{0, 0, 0}).get(RubricModel.OVERALL) > model.scores(new double[]{2.5, 0, 0}).get(RubricModel.OVERALL) + 2,
                "near the middle of the first feature scores high, far from it low");
    }
}
