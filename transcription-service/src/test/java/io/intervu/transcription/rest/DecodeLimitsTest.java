package io.intervu.transcription.rest;

import io.intervu.testsupport.TestJwt;
import io.intervu.transcription.audio.FakeFfmpeg;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through the endpoint, with one decode at a time and a slow ffmpeg: a second upload meanwhile is 503, so is a timeout. */
@QuarkusTest
@QuarkusTestResource(value = SlowFfmpegResource.class, restrictToAnnotatedClass = true)
class DecodeLimitsTest {

    static ValidatableResponse post() {
        return TranscriptionResourceTest.post(TestJwt.user(UUID.randomUUID().toString()), "speech.webm", TranscriptionResourceTest.PHRASE, null);
    }

    @Test
    void anUploadWhileTheOnlyDecoderIsBusyIs503WithRetryAfter() throws Exception {
        SlowFfmpegResource.delay(1.5);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> post().extract().statusCode(), other);
            await().atMost(Duration.ofSeconds(10)).until(SlowFfmpegResource::started);

            post().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "7")
                    .body("type", equalTo("https://intervu.dev/problems/audio-decoder-busy"))
                    .body("status", equalTo(503));

            assertTrue(first.get(20, TimeUnit.SECONDS) == 201, "the upload holding the decoder is transcribed");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aDecodeOverTheTimeoutIsKilledAnd503ThenTheNextUploadIsServed() throws Exception {
        SlowFfmpegResource.delay(30);
        long start = System.nanoTime();
        post().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("type", equalTo("https://intervu.dev/problems/audio-decode-timeout"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 8, "answered after " + seconds + " s, the timeout is 3 s");
        assertFalse(FakeFfmpeg.alive(SlowFfmpegResource.dir.resolve("started")), "the slow ffmpeg was killed");

        SlowFfmpegResource.delay(0);
        post().statusCode(201).body("format", equalTo("webm/opus"));
    }
}
