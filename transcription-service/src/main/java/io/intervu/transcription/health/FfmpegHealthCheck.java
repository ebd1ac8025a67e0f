package io.intervu.transcription.health;

import io.intervu.transcription.audio.FfmpegDecoder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.jboss.logging.Logger;

/** Without ffmpeg no audio can be decoded: the service reports not ready (and says so at start) rather than failing each request. */
@Readiness
@Startup
@ApplicationScoped
public class FfmpegHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(FfmpegHealthCheck.class);

    private final FfmpegDecoder decoder;

    public FfmpegHealthCheck(FfmpegDecoder decoder) {
        this.decoder = decoder;
    }

    void onStart(@Observes StartupEvent event) {
        HealthCheckResponse response = call();
        if (response.getStatus() == HealthCheckResponse.Status.DOWN) {
            LOG.errorf("ffmpeg is missing: audio cannot be decoded (%s). Install it with deploy/local/install-prereqs.sh or set FFMPEG_PATH.",
                    response.getData().map(d -> d.get("error")).orElse(""));
        }
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("ffmpeg").up().withData("version", decoder.version()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("ffmpeg").down()
                    .withData("error", "ffmpeg cannot run: " + e.getMessage() + " (install the ffmpeg package or set FFMPEG_PATH)")
                    .build();
        }
    }
}
