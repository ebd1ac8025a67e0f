package io.intervu.transcription.audio;

import io.intervu.transcription.RequestRefusedException;
import io.intervu.transcription.RequestRefusedException.Reason;
import io.intervu.transcription.config.TranscriptionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Decodes any accepted container to 16 kHz mono PCM with the ffmpeg binary, within limits: the demuxer the sniffer
 * found is forced and only the file protocol allowed (ffmpeg never guesses a format or opens anything else), the
 * output stops at the duration limit, the run is killed at the timeout, and at most {@link DecodePermits} decodes run
 * at once. The input goes through a temporary file because MP4 keeps its index at the end, which ffmpeg cannot seek
 * in a pipe.
 */
@ApplicationScoped
public class FfmpegDecoder {

    private static final Logger LOG = Logger.getLogger(FfmpegDecoder.class);
    /** ffmpeg says these (at -v error) when a stream is cut or damaged; it may still exit 0. */
    private static final List<String> DAMAGE = List.of("ended prematurely", "truncat", "invalid data", "corrupt",
            "error while decoding", "invalid frame", "partial file");
    private static final int BYTES_PER_SAMPLE = 2;
    /** Enough for every error ffmpeg prints about one input at -v error; the rest is read and dropped. */
    private static final int STDERR_CAP = 64 * 1024;
    /** The PCM buffer starts at 8 s of audio when the header does not say how long it is, and doubles up to the cap. */
    private static final int INITIAL_PCM = 8 * DecodedAudio.SAMPLE_RATE * BYTES_PER_SAMPLE;
    /**
     * A decode that reaches the timeout having used this share of it on CPU was working all along: the input makes
     * ffmpeg spin (an accepted answer needs about a second), so it is refused (422). Less CPU means ffmpeg was
     * starved or stuck, which is the server's trouble (503, retry later).
     */
    private static final int SPINNING_CPU_SHARE_DIVISOR = 4;

    private final String ffmpeg;
    private final int maxSeconds;
    private final Duration timeout;
    private final DecodePermits permits;

    @Inject
    public FfmpegDecoder(TranscriptionConfig config) {
        this(config.audio().ffmpeg(), config.audio().maxSeconds(), config.audio().decodeTimeout(), permits(config.audio()));
        LOG.infof("audio decoding: %d ffmpeg runs at once (%s), timeout %s, output up to %d s (%d bytes)",
                permits.size(), config.audio().maxConcurrentDecodes().isPresent() ? "configured" : "from heap and processors",
                timeout, maxSeconds, outputCap(maxSeconds));
    }

    public FfmpegDecoder(String ffmpeg, int maxSeconds, Duration timeout, DecodePermits permits) {
        this.ffmpeg = ffmpeg;
        this.maxSeconds = maxSeconds;
        this.timeout = timeout;
        this.permits = permits;
    }

    /** The most PCM one decode may produce: one second past the limit, enough to know the answer is too long. */
    public static int outputCap(int maxSeconds) {
        return (maxSeconds + 1) * DecodedAudio.SAMPLE_RATE * BYTES_PER_SAMPLE;
    }

    /** Heap one decode may hold: the upload, the PCM buffer while it grows (twice the cap) and the samples as floats. */
    public static long bytesPerDecode(long maxUploadBytes, int maxSeconds) {
        long pcm = outputCap(maxSeconds);
        return maxUploadBytes + 2 * pcm + 2 * pcm;
    }

    private static DecodePermits permits(TranscriptionConfig.Audio audio) {
        int size = audio.maxConcurrentDecodes().orElseGet(() -> DecodePermits.sized(Runtime.getRuntime().maxMemory(),
                Runtime.getRuntime().availableProcessors(), bytesPerDecode(audio.maxBytes(), audio.maxSeconds())));
        return new DecodePermits(size, audio.decodePermitWait(), audio.decodeRetryAfter());
    }

    public DecodedAudio decode(byte[] audio, SniffedAudio sniffed) {
        if (sniffed.declaredSeconds() > maxSeconds) {
            // the header's claim is enough: no ffmpeg run, no buffer for hours of samples
            throw tooLong(String.format(Locale.ROOT, " The %s header declares %.0f seconds.", sniffed.container().wireName,
                    sniffed.declaredSeconds()));
        }
        try (DecodePermits.Permit ignored = permits.acquire()) {
            return run(audio, sniffed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while decoding", e);
        }
    }

    private DecodedAudio run(byte[] audio, SniffedAudio sniffed) throws InterruptedException {
        Path input = null;
        Process process = null;
        try {
            input = Files.createTempFile("intervu-audio-", "." + sniffed.container().extension);
            Files.write(input, audio);
            long deadline = System.nanoTime() + timeout.toNanos();
            process = new ProcessBuilder(command(input, sniffed)).start();
            Process running = process;
            int cap = outputCap(maxSeconds);
            StreamDrain pcm = StreamDrain.stopping("ffmpeg-stdout", process.getInputStream(), initialCapacity(sniffed, cap), cap,
                    () -> kill(running));
            StreamDrain errors = StreamDrain.discarding("ffmpeg-stderr", process.getErrorStream(), STDERR_CAP);
            // both pipes end when ffmpeg does; a pipe still open after its exit is held by a stray child: also a timeout
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS) || !pcm.await(millisUntil(deadline))) {
                throw timedOut(process);
            }
            String stderr = errors.await(Math.max(1000, millisUntil(deadline))) ? errors.text() : "";
            if (pcm.overflowed()) {
                throw tooLong("");
            }
            String lower = stderr.toLowerCase(Locale.ROOT);
            if (process.exitValue() != 0 || DAMAGE.stream().anyMatch(lower::contains)) {
                LOG.debugf("ffmpeg rejected %s: %s", sniffed.label(), stderr);
                throw new RequestRefusedException(Reason.UNPROCESSABLE, "audio-undecodable", "Audio could not be decoded",
                        "The " + sniffed.container().wireName + " audio is truncated or corrupt: " + firstLine(stderr));
            }
            if (pcm.length() < BYTES_PER_SAMPLE) {
                throw new RequestRefusedException(Reason.UNPROCESSABLE, "audio-empty", "Empty audio", "The " + sniffed.container().wireName + " file holds no audio samples.");
            }
            DecodedAudio decoded = DecodedAudio.fromLinear16(pcm.buffer(), pcm.length());
            if (decoded.durationSeconds() > maxSeconds) {
                throw tooLong("");
            }
            return decoded;
        } catch (IOException e) {
            throw new IllegalStateException("ffmpeg could not be run (" + ffmpeg + "): " + e.getMessage(), e);
        } finally {
            if (process != null) {
                kill(process);
            }
            delete(input);
        }
    }

    private List<String> command(Path input, SniffedAudio sniffed) {
        return List.of(ffmpeg, "-nostdin", "-hide_banner", "-v", "error",
                "-protocol_whitelist", "file", "-f", sniffed.container().demuxer, "-i", "file:" + input,
                "-t", Integer.toString(maxSeconds + 1), "-vn", "-ac", "1", "-ar", Integer.toString(DecodedAudio.SAMPLE_RATE),
                "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1");
    }

    /** The header's duration when it gives one (plus a little for the resampler), else a few seconds' worth. */
    private static int initialCapacity(SniffedAudio sniffed, int cap) {
        if (sniffed.declaredSeconds() > 0) {
            long declared = (long) ((sniffed.declaredSeconds() + 0.1) * DecodedAudio.SAMPLE_RATE) * BYTES_PER_SAMPLE;
            return (int) Math.min(cap, declared);
        }
        return Math.min(cap, INITIAL_PCM);
    }

    private RequestRefusedException timedOut(Process process) {
        // read before the kill: afterwards the process and its accounting are gone
        Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
        kill(process);
        LOG.warnf("ffmpeg killed after the %s timeout, having used %d ms of CPU", timeout, cpu.toMillis());
        if (cpu.compareTo(timeout.dividedBy(SPINNING_CPU_SHARE_DIVISOR)) >= 0) {
            return new RequestRefusedException(Reason.UNPROCESSABLE, "audio-undecodable", "Audio could not be decoded",
                    "Decoding this audio did not finish within " + timeout.toSeconds() + " seconds.");
        }
        return new DecodeUnavailableException("audio-decode-timeout", "Audio decoding timed out",
                "The server could not decode the audio within " + timeout.toSeconds() + " seconds; retry later.", permits.retryAfter());
    }

    private RequestRefusedException tooLong(String why) {
        return new RequestRefusedException(Reason.UNPROCESSABLE, "audio-too-long", "Audio too long",
                "Answers can be at most " + maxSeconds + " seconds long." + why);
    }

    /** The installed ffmpeg's version line, or an exception saying why it cannot run. */
    public String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ffmpeg, "-hide_banner", "-version").redirectErrorStream(true).start();
        try {
            StreamDrain out = StreamDrain.discarding("ffmpeg-version", process.getInputStream(), 4096);
            if (!process.waitFor(10, TimeUnit.SECONDS) || !out.await(1000) || process.exitValue() != 0) {
                throw new IOException("ffmpeg -version failed: " + (out.await(0) ? firstLine(out.text()) : "no answer within 10 s"));
            }
            return firstLine(out.text());
        } finally {
            kill(process);
        }
    }

    /** SIGKILL to ffmpeg and anything it started, then reap it; a no-op once it has exited. */
    private static void kill(Process process) {
        // children first: once the parent is gone they are no longer its descendants
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisUntil(long deadlineNanos) {
        return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    }

    private static void delete(Path input) {
        if (input == null) {
            return;
        }
        try {
            Files.deleteIfExists(input);
        } catch (IOException e) {
            LOG.warnf("could not delete %s", input);
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int nl = trimmed.indexOf('\n');
        String line = nl < 0 ? trimmed : trimmed.substring(0, nl);
        // ffmpeg prefixes "[demuxer @ 0x...]" and echoes our temp path; neither helps the caller
        return line.replaceAll("\\[[^]]*@ 0x[0-9a-f]+] ?", "").replaceAll("(file:)?/\\S*intervu-audio-\\S*?: ", "").strip();
    }
}
