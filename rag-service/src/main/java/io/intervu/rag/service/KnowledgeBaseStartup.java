package io.intervu.rag.service;

import io.intervu.rag.config.RagConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** At startup: check the stored embedding model, re-embed if asked to, then load the starter documents. */
@ApplicationScoped
public class KnowledgeBaseStartup {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseStartup.class);

    private final EmbeddingModelGuard guard;
    private final ReembedService reembed;
    private final StarterKnowledgeLoader starter;
    private final RagConfig config;

    public KnowledgeBaseStartup(EmbeddingModelGuard guard, ReembedService reembed, StarterKnowledgeLoader starter, RagConfig config) {
        this.guard = guard;
        this.reembed = reembed;
        this.starter = starter;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        guard.check();
        if (!guard.usable() && config.embedding().reembedAtStart()) {
            reembed.reembedAll();
        }
        if (!guard.usable()) {
            LOG.warn("starter knowledge base not loaded until the vectors are re-embedded");
            return;
        }
        if (config.starter().loadAtStart()) {
            starter.load();
        }
    }
}
