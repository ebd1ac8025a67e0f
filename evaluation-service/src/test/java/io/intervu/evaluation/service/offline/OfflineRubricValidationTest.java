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
        // Guards a little below what the shipped model measured (README), not the goal of 0.85 / 80 %: not reached yet.
        assertTrue(model.spearman() >= 0.795, report);
        assertTrue(model.within075() >= 0.78, report);
        assertTrue(model.spearman() >= Math.max(words.spearman(), overlap.spearman()) + 0.10, report);
        // What the rubric claims to measure (all but the answers whose grade rests on the truth of their claims).
        Agreement measurable = OutOfSampleValidation.withoutWrongAnswers(corpus, r.model());
        assertTrue(measurable.spearman() >= 0.85 && measurable.within075() >= 0.81, report);
        OutOfSampleValidation.BandCheck bands = OutOfSampleValidation.bandCheck(r);
        assertTrue(bands.spearman() >= 0.85 && bands.inside() >= 0.82, report);
        // The derived answers to another document's question, out of fold: graded 1, and scored near it.
        assertTrue(r.offTopic().size() >= 100 && OutOfSampleValidation.offTopicAgreement(r).within075() >= 0.85, report);

        RubricModel shipped = evaluator.model();
        RubricModel refit = OutOfSampleValidation.fit(r);
        assertEquals(refit.trainedOn(), shipped.trainedOn(), "refit the weights: the corpus changed (README)");
        assertEquals(refit.fitted().settings(), shipped.fitted().settings(), "the settings chosen on the corpus changed: refit (README)");
        for (String target : refit.fitted().targets().keySet()) {
            assertArrayEquals(refit.fitted().targets().get(target).alphas(), shipped.fitted().targets().get(target).alphas(), 1e-4,
                    target + ": the shipped weights are not the fit of the current corpus and features (README: fit command)");
        }
        assertEquals(refit.typicalError(), shipped.typicalError(), 1e-4);
    }
}
