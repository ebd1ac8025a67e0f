package io.intervu.transcription.audio;

import io.intervu.transcription.config.TranscriptionConfig;
import io.intervu.transcription.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Decodes any accepted container to 16 kHz mono PCM with the ffmpeg binary. The input goes
 * through a temporary file because MP4 keeps its index at the end, which ffmpeg cannot seek in a pipe.
 */
@ApplicationScoped
public class FfmpegDecoder {

    private static final Logger LOG = Logger.getLogger(FfmpegDecoder.class);
    /** ffmpeg says these (at -v error) when a stream is cut or damaged; it may still exit 0. */
    private static final List<String> DAMAGE = List.of("ended prematurely", "truncat", "invalid data", "corrupt",
            "error while decoding", "invalid frame", "partial file");

    private final String ffmpeg;
    private final int maxSeconds;
    private final long timeoutMillis;

    @Inject
    public FfmpegDecoder(TranscriptionConfig config) {
        this(config.audio().ffmpeg(), config.audio().maxSeconds(), config.audio().decodeTimeout().toMillis());
    }

    public FfmpegDecoder(String ffmpeg, int maxSeconds, long timeoutMillis) {
        this.ffmpeg = ffmpeg;
        this.maxSeconds = maxSeconds;
        this.timeoutMillis = timeoutMillis;
    }

    public DecodedAudio decode(byte[] audio, SniffedAudio sniffed) {
        Path input = null;
        try {
            input = Files.createTempFile("intervu-audio-", "." + sniffed.container().extension);
            Files.write(input, audio);
            // one second past the limit is enough to know the answer is too long
            Process process = new ProcessBuilder(ffmpeg, "-nostdin", "-hide_banner", "-v", "error", "-i", input.toString(),
                    "-t", Integer.toString(maxSeconds + 1), "-vn", "-ac", "1", "-ar", Integer.toString(DecodedAudio.SAMPLE_RATE),
                    "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1").start();
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream(), 64 * 1024));
            ByteArrayOutputStream pcm = new ByteArrayOutputStream(audio.length * 4);
            process.getInputStream().transferTo(pcm);
            if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new ProblemException(422, "audio-undecodable", "Audio could not be decoded", "Decoding took too long.");
            }
            String stderr = errors.join();
            String lower = stderr.toLowerCase(Locale.ROOT);
            if (process.exitValue() != 0 || DAMAGE.stream().anyMatch(lower::contains)) {
                LOG.debugf("ffmpeg rejected %s: %s", sniffed.label(), stderr);
                throw new ProblemException(422, "audio-undecodable", "Audio could not be decoded",
                        "The " + sniffed.container().wireName + " audio is truncated or corrupt: " + firstLine(stderr));
            }
            if (pcm.size() < 2) {
                throw new ProblemException(422, "audio-empty", "Empty audio", "The " + sniffed.container().wireName + " file holds no audio samples.");
            }
            DecodedAudio decoded = DecodedAudio.fromLinear16(pcm.toByteArray(), pcm.size());
            if (decoded.durationSeconds() > maxSeconds) {
                throw new ProblemException(422, "audio-too-long", "Audio too long",
                        "Answers can be at most " + maxSeconds + " seconds long.");
            }
            return decoded;
        } catch (IOException e) {
            throw new IllegalStateException("ffmpeg could not be run (" + ffmpeg + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while decoding", e);
        } finally {
            if (input != null) {
                try {
                    Files.deleteIfExists(input);
                } catch (IOException e) {
                    LOG.warnf("could not delete %s", input);
                }
            }
        }
    }

    /** The installed ffmpeg's version line, or an exception saying why it cannot run. */
    public String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ffmpeg, "-hide_banner", "-version").redirectErrorStream(true).start();
        String out = readAll(process.getInputStream(), 4096);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("ffmpeg -version failed: " + firstLine(out));
        }
        return firstLine(out);
    }

    private static String readAll(InputStream in, int limit) {
        try {
            byte[] bytes = in.readAllBytes();
            return new String(bytes, 0, Math.min(bytes.length, limit), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int nl = trimmed.indexOf('\n');
        String line = nl < 0 ? trimmed : trimmed.substring(0, nl);
        // ffmpeg prefixes "[demuxer @ 0x...]" and echoes our temp path; neither helps the caller
        return line.replaceAll("\\[[^]]*@ 0x[0-9a-f]+] ?", "").replaceAll("/\\S*intervu-audio-\\S*?: ", "").strip();
    }
}
