package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.config.EvaluationConfig;
import io.intervu.evaluation.service.offline.model.RubricModel;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** One embedding model and one fitted rubric per service instance, shared by every evaluation. */
public class EvaluatorBeans {

    private static final Logger LOG = Logger.getLogger(EvaluatorBeans.class);

    @Produces
    @Singleton
    SentenceEmbedder embedder(EvaluationConfig config) {
        return new SentenceEmbedder(SentenceEmbedder.Encoder.byKey(config.encoder()));
    }

    @Produces
    @Singleton
    OfflineRubricEvaluator offlineEvaluator(SentenceEmbedder embedder) {
        return new OfflineRubricEvaluator(embedder, RubricModel.load(embedder.encoder().key, AnswerFeatures.NAMES));
    }

    void warmUp(@Observes StartupEvent start, EvaluationConfig config, SentenceEmbedder embedder) {
        if (config.warmUp()) {
            long t0 = System.nanoTime();
            embedder.warmUp();
            LOG.infof("embedding model %s loaded in %d ms", embedder.encoder().modelName, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
