package io.intervu.transcription.recognizer;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.speech.v1.RecognitionAudio;
import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.RecognizeRequest;
import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.cloud.speech.v1.SpeechClient;
import com.google.cloud.speech.v1.SpeechRecognitionAlternative;
import com.google.cloud.speech.v1.SpeechRecognitionResult;
import com.google.cloud.speech.v1.SpeechSettings;
import com.google.cloud.speech.v1.WordInfo;
import com.google.protobuf.ByteString;
import io.grpc.ManagedChannelBuilder;
import io.intervu.transcription.audio.AudioContainer;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.SniffedAudio;
import io.intervu.transcription.config.TranscriptionConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Google Cloud Speech-to-Text v1, synchronous Recognize. Browser formats go natively
 * (LINEAR16 WAV, FLAC, OGG_OPUS, WEBM_OPUS); anything else is sent as the decoded 16 kHz LINEAR16.
 * Answers longer than the sync limit are split at pauses and the word offsets shifted back.
 * Retries are left to the caller's fault-tolerance policy, so the client itself never retries.
 */
@ApplicationScoped
public class GoogleSpeechRecognizer implements SpeechRecognizer {

    public static final String NAME = "google";
    private static final Set<Integer> OPUS_RATES = Set.of(8000, 12000, 16000, 24000, 48000);
    private static final Set<StatusCode.Code> TRANSIENT = Set.of(StatusCode.Code.UNAVAILABLE, StatusCode.Code.DEADLINE_EXCEEDED,
            StatusCode.Code.RESOURCE_EXHAUSTED, StatusCode.Code.ABORTED, StatusCode.Code.INTERNAL, StatusCode.Code.UNKNOWN);

    private final TranscriptionConfig.Google config;
    private volatile SpeechClient client;

    @Inject
    public GoogleSpeechRecognizer(TranscriptionConfig config) {
        this(config.stt().google());
    }

    public GoogleSpeechRecognizer(TranscriptionConfig.Google config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Recognition recognize(RecognitionInput input) {
        DecodedAudio decoded = input.decoded();
        if (decoded.durationSeconds() <= config.maxChunkSeconds()) {
            RecognitionConfig.Builder native_ = nativeConfig(input.sniffed());
            if (native_ != null) {
                return call(native_, ByteString.copyFrom(input.original()), input.languageCode(), 0);
            }
        }
        List<Word> words = new ArrayList<>();
        StringBuilder transcript = new StringBuilder();
        for (AudioChunker.Chunk chunk : AudioChunker.split(decoded, input.voice(), config.maxChunkSeconds())) {
            RecognitionConfig.Builder linear16 = RecognitionConfig.newBuilder()
                    .setEncoding(RecognitionConfig.AudioEncoding.LINEAR16)
                    .setSampleRateHertz(DecodedAudio.SAMPLE_RATE);
            Recognition part = call(linear16, ByteString.copyFrom(decoded.linear16(chunk.fromSample(), chunk.toSample())),
                    input.languageCode(), chunk.offsetSeconds());
            append(transcript, part.transcript());
            words.addAll(part.words());
        }
        return new Recognition(transcript.toString(), words, false);
    }

    /** The native encoding and rate for this audio, or null when it has to be transcoded. */
    static RecognitionConfig.Builder nativeConfig(SniffedAudio sniffed) {
        RecognitionConfig.Builder builder = RecognitionConfig.newBuilder();
        AudioContainer container = sniffed.container();
        if (container == AudioContainer.WAV && "pcm_s16le".equals(sniffed.codec()) && sniffed.channels() == 1) {
            return builder.setEncoding(RecognitionConfig.AudioEncoding.LINEAR16).setSampleRateHertz(sniffed.sampleRate());
        }
        if (container == AudioContainer.FLAC && sniffed.sampleRate() > 0) {
            return withChannels(builder.setEncoding(RecognitionConfig.AudioEncoding.FLAC).setSampleRateHertz(sniffed.sampleRate()), sniffed);
        }
        if (container == AudioContainer.OGG && "opus".equals(sniffed.codec())) {
            int rate = OPUS_RATES.contains(sniffed.sampleRate()) ? sniffed.sampleRate() : 48000;
            return withChannels(builder.setEncoding(RecognitionConfig.AudioEncoding.OGG_OPUS).setSampleRateHertz(rate), sniffed);
        }
        if (container == AudioContainer.WEBM && "opus".equals(sniffed.codec())) {
            // browsers' MediaRecorder Opus is always 48 kHz
            return builder.setEncoding(RecognitionConfig.AudioEncoding.WEBM_OPUS).setSampleRateHertz(48000);
        }
        return null;
    }

    private static RecognitionConfig.Builder withChannels(RecognitionConfig.Builder builder, SniffedAudio sniffed) {
        return sniffed.channels() > 1 ? builder.setAudioChannelCount(sniffed.channels()) : builder;
    }

    private Recognition call(RecognitionConfig.Builder recognition, ByteString audio, String languageCode, double offset) {
        recognition.setLanguageCode(languageCode)
                .setEnableWordTimeOffsets(true)
                .setEnableWordConfidence(true)
                .setEnableAutomaticPunctuation(true);
        config.model().ifPresent(recognition::setModel);
        RecognizeRequest request = RecognizeRequest.newBuilder()
                .setConfig(recognition)
                .setAudio(RecognitionAudio.newBuilder().setContent(audio))
                .build();
        RecognizeResponse response;
        try {
            response = client().recognize(request);
        } catch (ApiException e) {
            StatusCode.Code code = e.getStatusCode().getCode();
            String message = "Google Speech-to-Text answered " + code + ": " + e.getMessage();
            if (TRANSIENT.contains(code)) {
                throw new RecognizerUnavailableException(message, e);
            }
            throw new RecognizerRejectedException(message, e);
        }
        StringBuilder transcript = new StringBuilder();
        List<Word> words = new ArrayList<>();
        for (SpeechRecognitionResult result : response.getResultsList()) {
            if (result.getAlternativesCount() == 0) {
                continue;
            }
            SpeechRecognitionAlternative best = result.getAlternatives(0);
            append(transcript, best.getTranscript());
            for (WordInfo word : best.getWordsList()) {
                words.add(new Word(word.getWord(),
                        offset + seconds(word.getStartTime()), offset + seconds(word.getEndTime()),
                        word.getConfidence() > 0 ? (double) word.getConfidence() : null));
            }
        }
        return new Recognition(transcript.toString(), words, false);
    }

    private static void append(StringBuilder transcript, String part) {
        String trimmed = part == null ? "" : part.strip();
        if (!trimmed.isEmpty()) {
            if (!transcript.isEmpty()) {
                transcript.append(' ');
            }
            transcript.append(trimmed);
        }
    }

    private static double seconds(com.google.protobuf.Duration d) {
        return Math.round((d.getSeconds() + d.getNanos() / 1e9) * 1000) / 1000.0;
    }

    private SpeechClient client() {
        SpeechClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = create();
                }
                current = client;
            }
        }
        return current;
    }

    private SpeechClient create() {
        try {
            SpeechSettings.Builder settings = SpeechSettings.newBuilder().setEndpoint(config.endpoint());
            if (config.plaintext()) {
                settings.setCredentialsProvider(NoCredentialsProvider.create());
                settings.setTransportChannelProvider(SpeechSettings.defaultGrpcTransportProviderBuilder()
                        .setEndpoint(config.endpoint())
                        .setChannelConfigurator(ManagedChannelBuilder::usePlaintext)
                        .build());
            }
            java.time.Duration timeout = config.timeout();
            settings.recognizeSettings()
                    .setRetryableCodes(Set.of())
                    .setRetrySettings(RetrySettings.newBuilder()
                            .setMaxAttempts(1)
                            .setInitialRpcTimeoutDuration(timeout)
                            .setMaxRpcTimeoutDuration(timeout)
                            .setTotalTimeoutDuration(timeout)
                            .build());
            return SpeechClient.create(settings.build());
        } catch (IOException e) {
            throw new RecognizerUnavailableException("Google Speech-to-Text client could not be created: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
