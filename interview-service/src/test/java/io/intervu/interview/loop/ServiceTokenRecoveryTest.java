package io.intervu.interview.loop;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.TestJwt;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a restart the user's token is gone: the sweeper's resumed preparation and answer
 * processing call rag-service and transcription-service with the service token from
 * auth-service, naming the user for the transcription. The peers here refuse calls without it,
 * as the real ones do.
 */
@QuarkusTest
@TestProfile(ServiceCredentialProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceTokenRecoveryTest {

    static final String SERVICE_TOKEN = TestJwt.token("service:interview-service", Set.of("service"));
    static final String TOKEN_PATH = "/api/auth/service-token";
    static final String ANSWER = "Yes. I used an idempotent consumer with a processed event table, an outbox in the same "
            + "transaction and retries with backoff; p99 was 45 ms at 3,000 requests per second.";

    /** rag-service and transcription-service answer 401 unless the call carries the service token. */
    static WireMockServer strictPeers() {
        PeerStubs.resetToDefaults();
        WireMockServer server = PeerStubs.server();
        String unauthorized = "{\"type\":\"https://intervu.dev/problems/invalid-token\",\"status\":401}";
        server.stubFor(any(urlPathMatching("/api/(knowledge|transcriptions).*")).atPriority(1)
                .withHeader("Authorization", absent())
                .willReturn(PeerStubs.json(401, unauthorized)));
        server.stubFor(any(urlPathMatching("/api/(knowledge|transcriptions).*")).atPriority(1)
                .withHeader("Authorization", notMatching("Bearer " + SERVICE_TOKEN))
                .willReturn(PeerStubs.json(401, unauthorized)));
        return server;
    }

    static String credentials() {
        return "{\"clientId\":\"interview-service\",\"clientSecret\":\"" + ServiceCredentialProfile.SECRET + "\"}";
    }

    @Test
    @Order(1)
    void withoutAServiceTokenResumedWorkDegradesAsBefore() {
        WireMockServer server = strictPeers();
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(PeerStubs.json(401,
                "{\"type\":\"https://intervu.dev/problems/invalid-client\",\"status\":401}")));
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));

        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3"));

        assertThat(api.get(id).getList("planNotes", String.class)).anyMatch(n -> n.contains("knowledge base unavailable"));
        server.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withRequestBody(equalToJson(credentials())));
        server.verify(getRequestedFor(urlPathEqualTo("/api/knowledge/questions")).withHeader("Authorization", absent()));
    }

    @Test
    @Order(2)
    void resumedPreparationAndAnswersCallThePeersWithTheServiceToken() {
        WireMockServer server = strictPeers();
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).withRequestBody(equalToJson(credentials()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"accessToken\":\"" + SERVICE_TOKEN + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600}")));
        String userId = UUID.randomUUID().toString();
        InterviewApi api = new InterviewApi(TestJwt.user(userId));

        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", "3", "maxFollowUps", "1"));
        assertThat(api.get(id).getList("planNotes", String.class)).noneMatch(n -> n.contains("knowledge base unavailable"));

        JsonPath greeting = api.next(id);
        api.answerText(id, greeting.getString("turnId"), ANSWER).then().statusCode(202);
        JsonPath question = api.next(id);
        api.answerAudio(id, question.getString("turnId"), "answer_outbox.webm", null).then().statusCode(202);
        JsonPath after = api.next(id);
        assertThat(after.getString("turnId")).as("the audio answer was recorded, not reopened").isNotEqualTo(question.getString("turnId"));
        assertThat(after.getString("notice")).isNull();

        String bearer = "Bearer " + SERVICE_TOKEN;
        server.verify(getRequestedFor(urlPathEqualTo("/api/knowledge/questions")).withHeader("Authorization", equalTo(bearer)));
        server.verify(postRequestedFor(urlPathEqualTo("/api/knowledge/search")).withHeader("Authorization", equalTo(bearer)));
        server.verify(1, postRequestedFor(urlPathEqualTo("/api/transcriptions"))
                .withHeader("Authorization", equalTo(bearer))
                .withHeader("X-On-Behalf-Of", equalTo(userId)));
        server.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))); // cached, not fetched per call
    }
}
