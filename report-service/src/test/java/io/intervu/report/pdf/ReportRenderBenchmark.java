package io.intervu.report.pdf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.report.Fixtures;
import io.intervu.report.model.AssessedPayloadReader;
import io.intervu.report.model.InterviewAssessed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Render time and size of 7- and 20-question reports. Not a unit test (timings depend on the
 * machine); run it on purpose:
 * {@code ./mvnw -B -f report-service/pom.xml test -Dtest=ReportRenderBenchmark -Dbenchmark=true}
 * Results are printed and written to target/benchmark.txt.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportRenderBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 15;

    @Test
    void renderTimeAndSize() throws IOException {
        ReportRenderer renderer = new ReportRenderer(List.of());
        StringBuilder out = new StringBuilder("report rendering, " + Runtime.getRuntime().availableProcessors()
                + " CPUs, " + System.getProperty("java.version") + ", " + WARMUP + " warm-up + " + RUNS + " timed runs each\n");
        out.append(measure(renderer, "7 questions", Fixtures.sevenQuestions()));
        out.append(measure(renderer, "20 questions", Fixtures.twentyQuestions()));
        out.append(measure(renderer, "hostile (5,000-word answer)", Fixtures.hostile()));
        System.out.print(out);
        Files.writeString(Path.of("target", "benchmark.txt"), out);
    }

    private static String measure(ReportRenderer renderer, String name, ObjectNode json) {
        InterviewAssessed data = AssessedPayloadReader.read(json);
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        RenderedReport last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = renderer.render(data, at);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            last = renderer.render(data, at);
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        return String.format(Locale.ROOT, "%-28s pages %3d  size %7.1f kB  render median %6.1f ms  p90 %6.1f ms  max %6.1f ms%n",
                name, last.pageCount(), last.sizeBytes() / 1024.0, millis.get(RUNS / 2), millis.get((int) (RUNS * 0.9)),
                millis.get(RUNS - 1));
    }
}
