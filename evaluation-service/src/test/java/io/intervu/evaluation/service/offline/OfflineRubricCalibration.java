package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.service.offline.model.Agreement;
import io.intervu.evaluation.service.offline.model.RubricModel;
import io.intervu.evaluation.service.offline.model.RubricModelFitter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fit-and-measure command (evaluation-service/README.md): validates the offline rubric out of
 * sample with both encoders and both baselines, prints the table, and with
 * {@code -Dcalibrate.write=true} fits each encoder's weights on the whole corpus and writes them to
 * src/main/resources/offline-model/. The encoder to ship is the better one out of sample unless it
 * costs more than twice the time per answer.
 */
@EnabledIfSystemProperty(named = "calibrate", matches = "true")
@QuarkusTest
class OfflineRubricCalibration {

    /** The application's embedder: the native tokenizer library loads once per JVM, in Quarkus's class loader. */
    @Inject
    SentenceEmbedder configured;

    @Test
    void validateBothEncodersAndFit() throws IOException {
        GradedCorpus corpus = GradedCorpus.load();
        List<OutOfSampleValidation.Result> results = new ArrayList<>();
        String only = System.getProperty("calibrate.encoders", "");
        for (SentenceEmbedder.Encoder encoder : SentenceEmbedder.Encoder.values()) {
            if (!only.isBlank() && !only.contains(encoder.key)) {
                continue;
            }
            SentenceEmbedder embedder = encoder == configured.encoder() ? configured : new SentenceEmbedder(encoder);
            results.add(OutOfSampleValidation.run(embedder, corpus));
        }
        if (Boolean.getBoolean("calibrate.dump")) {
            for (OutOfSampleValidation.Result r : results) {
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target/offline-features-" + r.encoder().key + ".csv"), OutOfSampleValidation.csv(r));
            }
        }
        OutOfSampleValidation.Result chosen = choose(results);
        String report = OutOfSampleValidation.report(results, chosen.encoder());
        StringBuilder sb = new StringBuilder(report);
        sb.append(String.format(Locale.ROOT, "%nShipped encoder: %s (configured now: %s).%n", chosen.encoder().key, configured.encoder().key));
        if (Boolean.getBoolean("calibrate.write")) {
            Path dir = Path.of("src/main/resources/offline-model");
            Files.createDirectories(dir);
            for (OutOfSampleValidation.Result r : results) {
                RubricModel model = OutOfSampleValidation.fit(r);
                Files.writeString(dir.resolve(r.encoder().key + ".json"), model.toJson());
                RubricModelFitter.Settings s = model.fitted().settings();
                sb.append(String.format(Locale.ROOT, "wrote %s (fitted on %d answers; kernel penalty %s, width factor %s, linear share %s;"
                                + " covered from similarity %.3f; typical error %.3f)%n", dir.resolve(r.encoder().key + ".json"), model.trainedOn(),
                        s.lambda(), s.widthFactor(), s.linearShare(), model.coveredSimilarity(), model.typicalError()));
            }
        }
        System.out.println(sb);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/offline-calibration.md"), sb.toString());
    }

    static OutOfSampleValidation.Result choose(List<OutOfSampleValidation.Result> results) {
        OutOfSampleValidation.Result best = null;
        for (OutOfSampleValidation.Result r : results) {
            if (best == null || spearman(r) > spearman(best)) {
                best = r;
            }
        }
        OutOfSampleValidation.Result fastest = results.stream()
                .min((a, b) -> Double.compare(a.millisPerAnswer(), b.millisPerAnswer())).orElseThrow();
        return best.millisPerAnswer() > 2 * fastest.millisPerAnswer() ? fastest : best;
    }

    private static double spearman(OutOfSampleValidation.Result r) {
        Agreement a = OutOfSampleValidation.overall(r.corpus(), r.model());
        return a.spearman();
    }
}
