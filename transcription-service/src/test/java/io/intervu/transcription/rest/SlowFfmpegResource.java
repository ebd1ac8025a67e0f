package io.intervu.transcription.rest;

import io.intervu.transcription.audio.FakeFfmpeg;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The service's ffmpeg replaced by the real one made slow: each run marks "started", sleeps for the seconds in the
 * file "delay" (set by the test), then runs the real ffmpeg. One decode at a time, a 3 s timeout.
 */
public class SlowFfmpegResource implements QuarkusTestResourceLifecycleManager {

    static Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("intervu-slow-ffmpeg-");
            delay(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path ffmpeg = FakeFfmpeg.write(dir, "slow-ffmpeg", """
                case "$*" in *-version*) exec ffmpeg "$@";; esac
                echo $$ >> started
                sleep "$(cat delay)"
                exec ffmpeg "$@"
                """);
        return Map.of("transcription.audio.ffmpeg", ffmpeg.toString(),
                "transcription.audio.max-concurrent-decodes", "1",
                "transcription.audio.decode-permit-wait", "200ms",
                "transcription.audio.decode-timeout", "3s",
                "transcription.audio.decode-retry-after", "7s");
    }

    static void delay(double seconds) throws IOException {
        Files.writeString(dir.resolve("delay"), Double.toString(seconds));
        Files.deleteIfExists(dir.resolve("started"));
    }

    static boolean started() {
        return Files.exists(dir.resolve("started"));
    }

    @Override
    public void stop() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
