package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.AnswerInput;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the offline evaluator on this machine (one thread, the graded corpus's answers in
 * a loop, the model already loaded). Run with -Dbenchmark=true; figures go to the README, never
 * into an assertion.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@QuarkusTest
class OfflineEvaluatorBenchmark {

    /** The application's beans (model loaded at start-up; one native library per JVM). */
    @Inject
    OfflineRubricEvaluator evaluator;

    @Test
    void offlineEvaluationsPerSecond() throws IOException {
        List<AnswerInput> inputs = GradedCorpus.load().answers().stream().map(GradedCorpus.Answer::input).toList();
        for (int i = 0; i < 100; i++) {
            evaluator.evaluate(inputs.get(i % inputs.size()));
        }
        int runs = Integer.getInteger("benchmark.evaluations", inputs.size());
        long words = 0;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            AnswerInput in = inputs.get(i % inputs.size());
            evaluator.evaluate(in);
            words += in.answerText().split("\\s+").length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = String.format(Locale.ROOT,
                "%d offline evaluations in %.2f s = %.1f evaluations/s (mean %.1f ms each, answers average %d words)%n",
                runs, seconds, runs / seconds, seconds * 1000 / runs, words / runs);
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/offline-benchmark.txt"), report);
    }
}
