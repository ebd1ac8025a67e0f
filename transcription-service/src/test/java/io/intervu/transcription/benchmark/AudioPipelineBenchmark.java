package io.intervu.transcription.benchmark;

import io.intervu.transcription.audio.AudioFixtures;
import io.intervu.transcription.audio.AudioSniffer;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.SniffedAudio;
import io.intervu.transcription.audio.VoiceActivity;
import io.intervu.transcription.audio.VoiceActivityDetector;
import io.intervu.transcription.confidence.ProsodyAnalyzer;
import io.intervu.transcription.delivery.DeliveryAnalyzer;
import io.intervu.transcription.delivery.DeliveryMetrics;
import io.intervu.transcription.recognizer.ClientTranscriptRecognizer;
import io.intervu.transcription.recognizer.Recognition;
import io.intervu.transcription.recognizer.RecognitionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Processing time of everything this service does locally with an answer (sniff, ffmpeg decode of
 * browser WebM/Opus, VAD + pitch, word timing, delivery metrics, prosody confidence) for a 20 s and
 * a 110 s answer. Not a unit test: run it with the command in the README (-Dbenchmark=true).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AudioPipelineBenchmark {

    static final int RUNS = 5;

    @Test
    void decodeAndAnalyse() throws Exception {
        System.out.println("BENCHMARK cpu cores=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version"));
        for (double seconds : new double[] {20, 110}) {
            byte[] webm = webm(AudioFixtures.repeated("speech.flac", seconds, 0.4));
            String transcript = String.join(" ", Collections.nCopies((int) Math.ceil(seconds / 3.46), "I built an outbox relay with Kafka."));
            run(webm, transcript); // warm-up (JIT)
            long[] nanos = new long[RUNS];
            double duration = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                duration = run(webm, transcript);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double median = nanos[RUNS / 2] / 1e9;
            System.out.printf("BENCHMARK answer=%.1fs webm=%d bytes median=%.3fs min=%.3fs max=%.3fs rtf=%.4f%n",
                    duration, webm.length, median, nanos[0] / 1e9, nanos[RUNS - 1] / 1e9, median / duration);
            System.out.printf("BENCHMARK ffmpeg peak RSS for the %.0fs answer: %s KB%n", seconds, ffmpegPeakKb(webm));
        }
        System.out.println("BENCHMARK JVM peak RSS (VmHWM, whole test JVM): " + vmHwm());
    }

    static double run(byte[] webm, String transcript) {
        SniffedAudio sniffed = AudioSniffer.sniff(webm);
        DecodedAudio audio = AudioFixtures.DECODER.decode(webm, sniffed);
        VoiceActivity voice = VoiceActivityDetector.detect(audio);
        Recognition recognition = new ClientTranscriptRecognizer().recognize(new RecognitionInput(webm, sniffed, audio, voice, "en-US", transcript));
        DeliveryMetrics delivery = DeliveryAnalyzer.analyse(recognition, voice);
        ProsodyAnalyzer.analyse(voice, delivery);
        return audio.durationSeconds();
    }

    static byte[] webm(DecodedAudio audio) throws Exception {
        Path wav = Files.createTempFile("bench-", ".wav");
        Path webm = Files.createTempFile("bench-", ".webm");
        try {
            Files.write(wav, audio.toWav());
            Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-i", wav.toString(), "-c:a", "libopus", "-b:a", "32k", webm.toString())
                    .inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("ffmpeg could not encode the benchmark audio");
            }
            return Files.readAllBytes(webm);
        } finally {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(webm);
        }
    }

    /** The decode command the service runs, under GNU time for its maximum resident set size. */
    static String ffmpegPeakKb(byte[] webm) throws Exception {
        Path in = Files.createTempFile("bench-", ".webm");
        try {
            Files.write(in, webm);
            Process p = new ProcessBuilder(List.of("/usr/bin/time", "-f", "%M", "ffmpeg", "-nostdin", "-v", "error",
                    "-protocol_whitelist", "file", "-f", "matroska", "-i", "file:" + in,
                    "-ac", "1", "-ar", "16000", "-f", "s16le", "-acodec", "pcm_s16le", "-y", "/dev/null")).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return out.substring(out.lastIndexOf('\n') + 1);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    static String vmHwm() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("?")
                .replaceAll("\\s+", " ");
    }
}
