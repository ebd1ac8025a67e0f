package io.intervu.rag.health;

import io.intervu.rag.service.EmbeddingModelGuard;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the stored vectors come from another model than the configured one. */
@Readiness
@ApplicationScoped
public class EmbeddingModelHealthCheck implements HealthCheck {

    private final EmbeddingModelGuard guard;

    public EmbeddingModelHealthCheck(EmbeddingModelGuard guard) {
        this.guard = guard;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("embedding-model").status(guard.usable());
        if (!guard.usable()) {
            builder.withData("reason", guard.mismatch());
        }
        return builder.build();
    }
}
