package io.intervu.transcription.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.intervu.testsupport.TestJwt;
import io.intervu.transcription.audio.AudioFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The default provider ("client"): the client's transcript, timed and measured against the real audio. */
@QuarkusTest
class TranscriptionResourceTest {

    static final String PHRASE = "I built an outbox relay with Kafka.";

    static ValidatableResponse post(String token, String fixture, String transcript, String confidence) {
        var request = given().auth().oauth2(token)
                // a misleading name and content type: the bytes decide
                .multiPart("audio", "recording.bin", AudioFixtures.bytes(fixture), "application/octet-stream");
        if (transcript != null) {
            request.multiPart("transcript", transcript);
        }
        if (confidence != null) {
            request.multiPart("analyseConfidence", confidence);
        }
        return request.when().post("/api/transcriptions").then();
    }

    @ParameterizedTest
    @CsvSource({"speech-pcm16-16k.wav, wav/pcm_s16le", "speech-pcm8-8k.wav, wav/pcm_u8", "speech-pcm24-8k.wav, wav/pcm_s24le",
            "speech-mulaw-8k.wav, wav/mulaw", "speech-44k-stereo.wav, wav/pcm_s16le", "speech.webm, webm/opus", "speech.ogg, ogg/opus",
            "speech.flac, flac/flac", "speech.mp3, mp3/mp3", "speech.m4a, mp4"})
    void everyFormatIsTranscribedWithTimedWordsAndDelivery(String fixture, String format) {
        String user = UUID.randomUUID().toString();
        post(TestJwt.user(user), fixture, PHRASE, null)
                .statusCode(201)
                .header("Location", containsString("/api/transcriptions/"))
                .body("transcript", equalTo(PHRASE))
                .body("format", equalTo(format))
                .body("provider", equalTo("client"))
                .body("languageCode", equalTo("en-US"))
                .body("speechDetected", equalTo(true))
                .body("words", hasSize(7))
                .body("words.start", everyItem(notNullValue()))
                .body("durationSeconds", greaterThan(0.4f))
                .body("delivery.speechDetected", equalTo(true))
                .body("delivery.wordCount", equalTo(7))
                .body("delivery.metrics", hasSize(7))
                .body("confidence", nullValue())
                .body("fallbackReason", nullValue())
                .body("createdAt", notNullValue());
    }

    @Test
    void knownPausesAndPaceComeOutOfTheEndpoint() {
        JsonNode known = AudioFixtures.knownPauses();
        double expectedWpm = known.get("words").asInt() / known.get("spanSeconds").asDouble() * 60;
        var response = post(TestJwt.user(UUID.randomUUID().toString()), "known-pauses.ogg", known.get("transcript").asText(), "true")
                .statusCode(201)
                .body("delivery.longPauseCount", equalTo(2))
                .body("delivery.wordCount", equalTo(10))
                .body("confidence.provider", equalTo("prosody"))
                .body("confidence.coachingOnly", equalTo(true))
                .body("confidence.score", lessThanOrEqualTo(100f))
                .body("confidence.components.pauseRatio", greaterThan(0.3f))
                .extract();
        assertEquals(known.get("longestPauseSeconds").asDouble(), response.jsonPath().getDouble("delivery.longestPauseSeconds"), 0.15);
        assertEquals(expectedWpm, response.jsonPath().getDouble("delivery.wordsPerMinute"), expectedWpm * 0.05);
    }

    @Test
    void theTimeToTheFirstWordComesOutOfTheEndpointAndIsStored() {
        JsonNode answer = AudioFixtures.thinkingTime().get("answerAfter4sRoomNoise");
        String owner = UUID.randomUUID().toString();
        var created = post(TestJwt.user(owner), "answer-after-4s-room-noise.webm", answer.get("transcript").asText(), null)
                .statusCode(201)
                .body("format", equalTo("webm/opus"))
                .extract();
        assertEquals(answer.get("leadSeconds").asDouble(), created.jsonPath().getDouble("delivery.timeToFirstWordSeconds"), 0.1);

        given().auth().oauth2(TestJwt.user(owner)).when().get("/api/transcriptions/" + created.path("id")).then()
                .statusCode(200)
                .body("delivery.timeToFirstWordSeconds", equalTo(created.jsonPath().getFloat("delivery.timeToFirstWordSeconds")));
    }

    @Test
    void onlyTheOwnerCanReadATranscription() {
        String owner = UUID.randomUUID().toString();
        String id = post(TestJwt.user(owner), "speech.webm", "Um, I think I built a relay, you know.", "yes")
                .statusCode(201).extract().path("id");

        given().auth().oauth2(TestJwt.user(owner)).when().get("/api/transcriptions/" + id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("transcript", equalTo("Um, I think I built a relay, you know."))
                .body("delivery.fillers.um", equalTo(1))
                .body("delivery.fillers.'you know'", equalTo(1))
                .body("delivery.hedges[0]", equalTo("I think"))
                .body("confidence.rating", notNullValue());
        given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString())).when().get("/api/transcriptions/" + id).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestJwt.user(owner)).when().get("/api/transcriptions/not-a-uuid").then().statusCode(404);
        given().when().get("/api/transcriptions/" + id).then().statusCode(401);
        given().auth().oauth2(TestJwt.signedByForeignKey(owner)).when().get("/api/transcriptions/" + id).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.wav", "garbage.webm", "truncated.webm", "truncated-mid.webm"})
    void hostileAudioIsA422Problem(String fixture) {
        post(TestJwt.user(UUID.randomUUID().toString()), fixture, "some words", null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("type", startsWith("https://intervu.dev/problems/audio-"))
                .body("detail", notNullValue());
    }

    /** 10 MB (the most accepted) of random bytes: alone, behind WebM's magic, behind a real WebM header up to its first cluster. */
    @ParameterizedTest
    @ValueSource(strings = {"random", "ebml-magic", "webm-header"})
    void tenMegabytesOfRandomWebmIsA4xxProblemNeverA5xx(String prefix) {
        byte[] audio = new byte[10 * 1024 * 1024];
        new Random(prefix.hashCode()).nextBytes(audio);
        byte[] webm = AudioFixtures.bytes("speech.webm");
        int head = switch (prefix) {
            case "ebml-magic" -> 4;
            case "webm-header" -> indexOf(webm, new byte[] {0x1F, 0x43, (byte) 0xB6, 0x75});
            default -> 0;
        };
        System.arraycopy(webm, 0, audio, 0, head);
        var response = given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString()))
                .multiPart("audio", "answer.webm", audio, "audio/webm").multiPart("transcript", PHRASE)
                .when().post("/api/transcriptions").then()
                .contentType("application/problem+json")
                .body("type", startsWith("https://intervu.dev/problems/audio-"))
                .extract();
        assertEquals(422, response.statusCode(), response.body().asString());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void aWavWhoseHeaderClaimsHoursIsA422FromTheHeader() {
        byte[] wav = AudioFixtures.withWavDataSize(AudioFixtures.bytes("speech-pcm16-16k.wav"), 3L * 3600 * 16000 * 2);
        given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString()))
                .multiPart("audio", "answer.wav", wav, "audio/wav").multiPart("transcript", PHRASE)
                .when().post("/api/transcriptions").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/audio-too-long"))
                .body("detail", containsString("header declares 10800 seconds"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"silence-2s.flac", "noise-2s.ogg"})
    void silenceAndNoiseAreNotSpeech(String fixture) {
        post(TestJwt.user(UUID.randomUUID().toString()), fixture, null, "true")
                .statusCode(201)
                .body("speechDetected", equalTo(false))
                .body("transcript", equalTo(""))
                .body("words", hasSize(0))
                .body("delivery.speechDetected", equalTo(false))
                .body("delivery.timeToFirstWordSeconds", nullValue())
                .body("delivery.metrics", hasSize(0))
                .body("confidence", nullValue());
    }

    @Test
    void speechWithoutATranscriptNeedsOneWhenNoRecognizerIsConfigured() {
        post(TestJwt.user(UUID.randomUUID().toString()), "speech.flac", null, null)
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://intervu.dev/problems/transcript-required"));
    }

    @Test
    void badRequestsAreProblems() {
        String token = TestJwt.user(UUID.randomUUID().toString());
        given().auth().oauth2(token).multiPart("transcript", "no audio").when().post("/api/transcriptions").then()
                .statusCode(400).contentType("application/problem+json").body("errors.audio", equalTo("required"));
        given().auth().oauth2(token).multiPart("audio", "a.wav", AudioFixtures.bytes("speech.flac"), "audio/wav")
                .multiPart("transcript", PHRASE).multiPart("languageCode", "en_US; drop table").when().post("/api/transcriptions").then()
                .statusCode(400).contentType("application/problem+json").body("errors.languageCode", notNullValue());
        given().auth().oauth2(token).multiPart("audio", "big.wav", new byte[11 * 1024 * 1024], "audio/wav").when().post("/api/transcriptions").then()
                .statusCode(413).contentType("application/problem+json").body("type", equalTo("https://intervu.dev/problems/audio-too-large"));
        given().multiPart("audio", "a.wav", AudioFixtures.bytes("speech.flac"), "audio/wav").when().post("/api/transcriptions").then()
                .statusCode(401);
    }

    @Test
    void languageCodeIsKept() {
        post(TestJwt.user(UUID.randomUUID().toString()), "speech.mp3", PHRASE, null).statusCode(201).body("languageCode", equalTo("en-US"));
        given().auth().oauth2(TestJwt.user(UUID.randomUUID().toString()))
                .multiPart("audio", "a", AudioFixtures.bytes("speech.mp3"), "audio/mpeg").multiPart("transcript", PHRASE)
                .multiPart("languageCode", "de-DE").when().post("/api/transcriptions").then()
                .statusCode(201).body("languageCode", equalTo("de-DE"));
    }
}
