package io.intervu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * An OpenAI-compatible model server for the running stack: WireMock on a free port answering
 * POST /v1/chat/completions in the real wire format, each reply written by {@link ChatScript} from the
 * request it answers (so the plan can use the refs of the question bank the service sent). It tests
 * the services' use of a model, not a model.
 */
final class ScriptedChatModel implements AutoCloseable {

    static final String MODEL = "e2e-scripted-model";
    static final String KEY = "e2e-llm-key";
    static final String PATH = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    ScriptedChatModel() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new Replies()));
        server.start();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    }

    /** LLM_BASE_URL for the services. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    /** The chat requests received for {@code use}, oldest first. */
    List<LoggedRequest> requests(ChatScript.Use use) {
        return server.findAll(postRequestedFor(urlPathEqualTo(PATH))).stream()
                .filter(r -> ChatScript.useOf(read(r.getBodyAsString())) == use).toList();
    }

    /** Takes the endpoint down: from now on a connection is refused. */
    @Override
    public void close() {
        server.stop();
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** Writes each reply from its request: a chat.completion whose one choice carries the script's JSON. */
    private static final class Replies implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            JsonNode request = read(event.getRequest().getBodyAsString());
            String content = ChatScript.reply(request);
            ObjectNode completion = JSON.createObjectNode();
            completion.put("id", "chatcmpl-" + UUID.randomUUID()).put("object", "chat.completion")
                    .put("created", System.currentTimeMillis() / 1000).put("model", request.path("model").asText(MODEL));
            ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", "stop");
            completion.putObject("usage").put("prompt_tokens", 800).put("completion_tokens", 150).put("total_tokens", 950);
            // as text: the standalone jar's Jackson is shaded and would not serialise our tree
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(completion.toString()).build();
        }

        @Override
        public String getName() {
            return "intervu-chat-script";
        }
    }
}
