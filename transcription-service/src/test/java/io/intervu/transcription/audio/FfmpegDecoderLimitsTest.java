package io.intervu.transcription.audio;

import io.intervu.transcription.RequestRefusedException;
import io.intervu.transcription.rest.ProblemMappers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decoder's limits against an ffmpeg that misbehaves: real ffmpeg, or a script in its place that sleeps, spins or ignores -t. */
class FfmpegDecoderLimitsTest {

    static final byte[] WEBM = AudioFixtures.bytes("speech.webm");
    static final String PROBLEMS = "https://intervu.dev/problems/";

    @TempDir
    Path dir;
    final ExecutorService caller = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        caller.shutdownNow();
    }

    @Test
    void aDecodeThatWouldRunPastTheTimeoutIsKilledAtTheTimeout() {
        // sleeps instead of decoding: it uses no CPU, so the server, not the audio, is to blame (503, retry later)
        Path ffmpeg = FakeFfmpeg.write(dir, "sleeping-ffmpeg", "echo $$ > pid\nexec sleep 20");
        FfmpegDecoder decoder = AudioFixtures.decoder(ffmpeg.toString(), 180, Duration.ofSeconds(1), 1);

        long start = System.nanoTime();
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> decoder.decode(WEBM, AudioSniffer.sniff(WEBM)));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertTrue(seconds >= 1 && seconds < 4, "answered after " + seconds + " s, the timeout is 1 s");
        assertEquals(503, ProblemMappers.problemOf(e).status(), e.getMessage());
        assertEquals(PROBLEMS + "audio-decode-timeout", ProblemMappers.problemOf(e).type().toString());
        assertEquals(5, assertInstanceOf(DecodeUnavailableException.class, e).retryAfterSeconds());
        assertFalse(FakeFfmpeg.alive(dir.resolve("pid")), "the sleeping ffmpeg was killed");
        // its decode slot came back: the next request times out again rather than finding the decoder busy
        assertEquals(PROBLEMS + "audio-decode-timeout",
                ProblemMappers.problemOf(assertThrows(RequestRefusedException.class, () -> decoder.decode(WEBM, AudioSniffer.sniff(WEBM)))).type().toString());
    }

    @Test
    void aDecodeThatSpinsUntilTheTimeoutIsRefusedAsUndecodable() {
        // busy the whole time: an accepted answer decodes in about a second, so the input is to blame (422)
        Path ffmpeg = FakeFfmpeg.write(dir, "spinning-ffmpeg", "echo $$ > pid\nwhile :; do :; done");
        FfmpegDecoder decoder = AudioFixtures.decoder(ffmpeg.toString(), 180, Duration.ofSeconds(2), 1);

        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> decoder.decode(WEBM, AudioSniffer.sniff(WEBM)));

        assertEquals(422, ProblemMappers.problemOf(e).status(), e.getMessage());
        assertEquals(PROBLEMS + "audio-undecodable", ProblemMappers.problemOf(e).type().toString());
        assertFalse(FakeFfmpeg.alive(dir.resolve("pid")), "the spinning ffmpeg was killed");
    }

    @Test
    void outputOverTheCapIsCutAndRefused() {
        // real ffmpeg ignoring the -t it was given: ten hours of a 440 Hz tone (1.15 GB of PCM) unless it is stopped
        Path ffmpeg = FakeFfmpeg.write(dir, "endless-ffmpeg", "echo $$ > pid\n"
                + "exec ffmpeg -nostdin -v error -f lavfi -i sine=frequency=440:duration=36000 -ac 1 -ar 16000 -f s16le pipe:1");
        FfmpegDecoder decoder = AudioFixtures.decoder(ffmpeg.toString(), 2, Duration.ofSeconds(30), 1);

        long start = System.nanoTime();
        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> decoder.decode(WEBM, AudioSniffer.sniff(WEBM)));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(PROBLEMS + "audio-too-long", ProblemMappers.problemOf(e).type().toString(), e.getMessage());
        assertEquals(422, ProblemMappers.problemOf(e).status());
        assertTrue(seconds < 10, "cut at the cap (3 s of PCM), not read on for " + seconds + " s");
        assertFalse(FakeFfmpeg.alive(dir.resolve("pid")), "ffmpeg was killed at the cap");
    }

    @Test
    void decodesBeyondThePermitsAre503BusyAndThePermitComesBack() throws Exception {
        // a real decode that starts 2 s late, holding the only permit meanwhile
        Path ffmpeg = FakeFfmpeg.write(dir, "slow-ffmpeg", "touch started\nsleep 2\nexec ffmpeg \"$@\"");
        FfmpegDecoder decoder = AudioFixtures.decoder(ffmpeg.toString(), 180, Duration.ofSeconds(20), 1);

        Future<DecodedAudio> first = caller.submit(() -> decoder.decode(WEBM, AudioSniffer.sniff(WEBM)));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("started")));
        long start = System.nanoTime();
        RequestRefusedException busy = assertThrows(RequestRefusedException.class, () -> decoder.decode(WEBM, AudioSniffer.sniff(WEBM)));
        double waited = (System.nanoTime() - start) / 1e9;

        assertEquals(503, ProblemMappers.problemOf(busy).status());
        assertEquals(PROBLEMS + "audio-decoder-busy", ProblemMappers.problemOf(busy).type().toString());
        assertEquals(5, assertInstanceOf(DecodeUnavailableException.class, busy).retryAfterSeconds());
        assertTrue(waited < 1.5, "waited " + waited + " s for a permit, the wait is 200 ms");
        assertEquals(3.06, first.get(20, TimeUnit.SECONDS).durationSeconds(), 0.1);
        assertEquals(3.06, decoder.decode(WEBM, AudioSniffer.sniff(WEBM)).durationSeconds(), 0.1);
    }

    @Test
    void aWavWhoseHeaderClaimsHoursIs422BeforeAnyDecoding() {
        // real 16 kHz speech whose data chunk claims two hours (230 MB)
        byte[] wav = AudioFixtures.withWavDataSize(AudioFixtures.bytes("speech-pcm16-16k.wav"), 2L * 3600 * 16000 * 2);
        SniffedAudio sniffed = AudioSniffer.sniff(wav);
        assertEquals(7200, sniffed.declaredSeconds(), 0.01);
        // no ffmpeg at all: refused from the header, or this would fail with "ffmpeg could not be run"
        FfmpegDecoder decoder = AudioFixtures.decoder("/nonexistent/ffmpeg", 180, Duration.ofSeconds(5), 1);

        RequestRefusedException e = assertThrows(RequestRefusedException.class, () -> decoder.decode(wav, sniffed));

        assertEquals(422, ProblemMappers.problemOf(e).status());
        assertEquals(PROBLEMS + "audio-too-long", ProblemMappers.problemOf(e).type().toString());
        assertTrue(ProblemMappers.problemOf(e).detail().contains("7200 seconds"), ProblemMappers.problemOf(e).detail());
    }

    @Test
    void aStreamedWavsPlaceholderSizeIsNoClaim() {
        // what ffmpeg (0xFFFFFFFF) and sox (0x7FFFF000) write when they cannot seek back: decoded, not refused
        for (long placeholder : new long[] {0xFFFFFFFFL, 0x7FFFF000L, 0}) {
            byte[] wav = AudioFixtures.withWavDataSize(AudioFixtures.bytes("speech-pcm16-16k.wav"), placeholder);
            SniffedAudio sniffed = AudioSniffer.sniff(wav);
            assertEquals(0, sniffed.declaredSeconds(), Long.toHexString(placeholder));
            assertEquals(3.06, AudioFixtures.DECODER.decode(wav, sniffed).durationSeconds(), 0.1, Long.toHexString(placeholder));
        }
    }
}
