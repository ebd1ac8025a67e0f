package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.service.offline.model.Agreement;
import io.intervu.evaluation.service.offline.model.RubricModel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline evaluator on the graded corpus, out of sample (grouped cross-validation by question,
 * the whole pipeline), with the configured encoder: it must stay clearly ahead of both baselines
 * and keep strong, average and weak answers in their bands; and the shipped weights must be
 * exactly what the fitting code makes of the corpus as it is now.
 */
@QuarkusTest
class OfflineRubricValidationTest {

    @Inject
    SentenceEmbedder embedder;

    @Inject
    OfflineRubricEvaluator evaluator;

    @Test
    void outOfSampleAgreementBeatsBothBaselinesAndTheShippedWeightsAreTheCorpusFit() throws IOException {
        GradedCorpus corpus = GradedCorpus.load();
        assertTrue(corpus.answers().size() >= 480, "corpus size " + corpus.answers().size());
        assertTrue(corpus.answers().stream().map(a -> a.question().ref()).distinct().count() >= 60);
        OutOfSampleValidation.Result r = OutOfSampleValidation.run(embedder, corpus);
        String report = OutOfSampleValidation.report(java.util.List.of(r), embedder.encoder());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/offline-validation.md"), report);

        Agreement model = OutOfSampleValidation.overall(corpus, r.model());
        Agreement words = OutOfSampleValidation.overall(corpus, r.wordCount());
        Agreement overlap = OutOfSampleValidation.overall(corpus, r.keyPointOverlap());
        // Guards at what the shipped model measured (README), not the goal of 0.85 / 80 %: it is not reached yet.
        assertTrue(model.spearman() >= 0.77, report);
        assertTrue(model.within075() >= 0.66, report);
        assertTrue(model.spearman() >= Math.max(words.spearman(), overlap.spearman()) + 0.10, report);
        OutOfSampleValidation.BandCheck bands = OutOfSampleValidation.bandCheck(r);
        assertTrue(bands.spearman() >= 0.80 && bands.inside() >= 0.75, report);

        RubricModel shipped = evaluator.model();
        RubricModel refit = OutOfSampleValidation.fit(r);
        assertEquals(refit.trainedOn(), shipped.trainedOn(), "refit the weights: the corpus changed (README)");
        for (String target : refit.targets().keySet()) {
            assertArrayEquals(refit.targets().get(target).coefficients(), shipped.targets().get(target).coefficients(), 1e-4,
                    target + ": the shipped weights are not the fit of the current corpus and features (README: fit command)");
        }
        assertEquals(refit.typicalError(), shipped.typicalError(), 1e-4);
    }
}
