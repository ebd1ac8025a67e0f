package io.intervu.transcription.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.transcription.RequestRefusedException;
import io.intervu.transcription.RequestRefusedException.Reason;
import io.intervu.transcription.Transcription;
import io.intervu.transcription.audio.AudioSniffer;
import io.intervu.transcription.audio.DecodedAudio;
import io.intervu.transcription.audio.FfmpegDecoder;
import io.intervu.transcription.audio.SniffedAudio;
import io.intervu.transcription.audio.VoiceActivity;
import io.intervu.transcription.audio.VoiceActivityDetector;
import io.intervu.transcription.confidence.ConfidenceAssessment;
import io.intervu.transcription.confidence.EmotionApiClient;
import io.intervu.transcription.confidence.ProsodyAnalyzer;
import io.intervu.transcription.delivery.DeliveryAnalyzer;
import io.intervu.transcription.delivery.DeliveryMetrics;
import io.intervu.transcription.recognizer.ClientTranscriptRecognizer;
import io.intervu.transcription.recognizer.Recognition;
import io.intervu.transcription.recognizer.RecognitionInput;
import io.intervu.transcription.recognizer.RecognizerRejectedException;
import io.intervu.transcription.recognizer.RecognizerUnavailableException;
import io.intervu.transcription.recognizer.ResilientRecognizer;
import io.intervu.transcription.recognizer.Word;
import io.intervu.transcription.repository.ErasureRecordRepository;
import io.intervu.transcription.repository.TranscriptionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One answer's audio in, a stored transcription out: sniff, decode, find the voice, recognise
 * (with fallback to the client's transcript), measure delivery, optionally assess confidence.
 * The slow work happens outside any transaction; only the final insert is transactional.
 */
@ApplicationScoped
public class TranscriptionService {

    private static final Logger LOG = Logger.getLogger(TranscriptionService.class);

    private final FfmpegDecoder decoder;
    private final ResilientRecognizer recognizer;
    private final ClientTranscriptRecognizer clientTranscript;
    private final EmotionApiClient emotionApi;
    private final TranscriptionRepository repository;
    private final ErasureRecordRepository erasures;
    private final ObjectMapper json;

    public TranscriptionService(FfmpegDecoder decoder, ResilientRecognizer recognizer, ClientTranscriptRecognizer clientTranscript,
                                EmotionApiClient emotionApi, TranscriptionRepository repository, ErasureRecordRepository erasures,
                                ObjectMapper json) {
        this.decoder = decoder;
        this.recognizer = recognizer;
        this.clientTranscript = clientTranscript;
        this.emotionApi = emotionApi;
        this.repository = repository;
        this.erasures = erasures;
        this.json = json;
    }

    /**
     * A deleted user's token (or a service acting for them) stays valid for minutes: an erased owner is
     * refused with 401 account-gone before any work (their audio reaches no recognizer) and again, under
     * the owner's erasure lock, at the insert, in case the erasure committed meanwhile.
     */
    public TranscriptionView transcribe(String ownerId, byte[] audio, String transcript, String languageCode, boolean analyseConfidence) {
        if (QuarkusTransaction.requiringNew().call(() -> erasures.erased(ownerId))) {
            throw accountGone();
        }
        SniffedAudio sniffed = AudioSniffer.sniff(audio);
        DecodedAudio decoded = decoder.decode(audio, sniffed);
        VoiceActivity voice = VoiceActivityDetector.detect(decoded);
        RecognitionInput input = new RecognitionInput(audio, sniffed, decoded, voice, languageCode, transcript);

        String provider = recognizer.provider();
        String fallbackReason = null;
        Recognition recognition;
        if (!voice.speechDetected()) {
            recognition = new Recognition("", List.of(), false);
        } else if (recognizer.isClientOnly()) {
            recognition = clientTranscript.recognize(input);
        } else {
            try {
                recognition = recognizer.recognize(input);
            } catch (RecognizerUnavailableException | CircuitBreakerOpenException | RecognizerRejectedException e) {
                fallbackReason = reason(provider, e);
                LOG.warnf("recognizer %s failed: %s", provider, e.getMessage());
                if (!input.hasClientTranscript()) {
                    throw failure(provider, e);
                }
                recognition = clientTranscript.recognize(input);
                provider = ClientTranscriptRecognizer.NAME;
            }
        }
        DeliveryMetrics delivery = DeliveryAnalyzer.analyse(recognition, voice);
        ConfidenceAssessment confidence = analyseConfidence && voice.speechDetected() ? confidence(decoded, voice, delivery) : null;

        Transcription row = new Transcription();
        row.id = UUID.randomUUID();
        row.ownerId = ownerId;
        row.transcript = recognition.transcript();
        row.wordsJson = write(recognition.words());
        row.durationSeconds = Math.round(decoded.durationSeconds() * 1000) / 1000.0;
        row.speechDetected = voice.speechDetected();
        row.provider = provider;
        row.format = sniffed.label();
        row.languageCode = languageCode;
        row.deliveryJson = write(delivery);
        row.confidenceJson = confidence == null ? null : write(confidence);
        row.fallbackReason = fallbackReason;
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            erasures.lockUser(ownerId);
            if (erasures.erased(ownerId)) {
                throw accountGone();
            }
            repository.persist(row);
        });
        return view(row);
    }

    public Optional<TranscriptionView> find(UUID id, String ownerId) {
        return repository.findOwned(id, ownerId).map(this::view);
    }

    private ConfidenceAssessment confidence(DecodedAudio decoded, VoiceActivity voice, DeliveryMetrics delivery) {
        if (emotionApi.configured()) {
            try {
                return emotionApi.assess(decoded);
            } catch (EmotionApiClient.EmotionApiException e) {
                LOG.warnf("emotion API failed, using the built-in prosody analysis: %s", e.getMessage());
            }
        }
        return ProsodyAnalyzer.analyse(voice, delivery);
    }

    private static String reason(String provider, RuntimeException e) {
        if (e instanceof CircuitBreakerOpenException) {
            return provider + " recognizer circuit open after repeated failures";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return (message.length() > 400 ? message.substring(0, 400) : message);
    }

    /** The same problem auth-service answers for a deleted account's token. */
    private static RequestRefusedException accountGone() {
        return new RequestRefusedException(Reason.UNAUTHENTICATED, "account-gone", "Account no longer exists", "This account has been deleted.");
    }

    private static RequestRefusedException failure(String provider, RuntimeException e) {
        if (e instanceof RecognizerRejectedException) {
            return new RequestRefusedException(Reason.UPSTREAM_REJECTED, "recognizer-rejected", "Speech recognizer rejected the audio",
                    "The " + provider + " recognizer refused this audio and no client transcript was sent: " + reason(provider, e));
        }
        return new RequestRefusedException(Reason.UNAVAILABLE, "recognizer-unavailable", "Speech recognizer unavailable",
                "The " + provider + " recognizer could not be reached after retries; retry later or send the client's transcript as a fallback.");
    }

    private TranscriptionView view(Transcription row) {
        return new TranscriptionView(row.id, row.transcript, read(row.wordsJson, new TypeReference<List<Word>>() { }),
                row.durationSeconds, row.speechDetected, row.provider, row.format, row.languageCode,
                read(row.deliveryJson, new TypeReference<DeliveryMetrics>() { }),
                row.confidenceJson == null ? null : read(row.confidenceJson, new TypeReference<ConfidenceAssessment>() { }),
                row.fallbackReason, row.createdAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }
}
