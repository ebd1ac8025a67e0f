package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.service.rubric.RubricResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quality benchmark of the offline evaluator against the calibration set: Spearman rank
 * correlation of its overall scores with the expected bands, and the band hit rate. The figures
 * go to target/calibration-report.txt and the README; the assertion is only a floor, the set is
 * not something to tune item by item.
 */
@QuarkusTest
class CalibrationBenchmarkTest {

    /** The application's evaluator: the model's native library loads in one class loader per JVM. */
    @Inject
    OfflineRubricEvaluator evaluator;

    @Test
    void offlineEvaluatorRanksAnswersLikeTheExpectedBands() throws IOException {
        CalibrationSet set = CalibrationSet.load();
        List<CalibrationSet.Item> items = set.items();
        double[] expected = new double[items.size()];
        double[] actual = new double[items.size()];
        int hits = 0;
        int injectionsFlagged = 0;
        int injections = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            CalibrationSet.Item item = items.get(i);
            RubricResult r = evaluator.evaluate(item.input());
            expected[i] = item.expected();
            actual[i] = r.overallScore();
            boolean hit = item.hit(r.overallScore());
            hits += hit ? 1 : 0;
            if (item.category().equals("injection")) {
                injections++;
                injectionsFlagged += r.injectionSuspected() ? 1 : 0;
            }
            report.append(String.format(Locale.ROOT, "%-18s %-10s band %.1f-%.1f  got %.1f %s  [%s]%s%n", item.id(), item.category(),
                    item.bandLow(), item.bandHigh(), r.overallScore(), hit ? "hit " : "MISS",
                    String.join(" ", r.criteria().stream().map(c -> c.name().substring(0, 3) + "=" + c.score()).toList()),
                    r.injectionSuspected() ? " injection" : ""));
        }
        double rho = Spearman.correlation(expected, actual);
        double hitRate = (double) hits / items.size();
        report.append(String.format(Locale.ROOT, "items %d, Spearman %.3f, band hit rate %.1f%% (%d/%d), injections flagged %d/%d%n",
                items.size(), rho, hitRate * 100, hits, items.size(), injectionsFlagged, injections));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/calibration-report.txt"), report);

        assertTrue(items.size() >= 30, "the calibration set has at least 30 items");
        assertTrue(rho >= 0.6, "Spearman rank correlation floor, got " + rho);
        assertTrue(injectionsFlagged == injections, "every injection attempt is flagged");
    }
}
