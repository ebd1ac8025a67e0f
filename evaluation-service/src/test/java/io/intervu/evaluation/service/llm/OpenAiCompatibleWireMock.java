package io.intervu.evaluation.service.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A local fake of an OpenAI-compatible chat-completions server (WireMock; POST /v1/chat/completions),
 * reached through the production variables (LLM_PROVIDER, LLM_BASE_URL, LLM_MODEL, LLM_API_KEY,
 * LLM_TIMEOUT). A Google key is set as well: LLM_PROVIDER must win over it. The answer consumer reads
 * a topic of this instance's own, as in {@link GeminiWireMock}.
 */
public class OpenAiCompatibleWireMock implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/v1/chat/completions";
    public static final String MODEL = "llama3.1-test";
    public static final String KEY = "test-llm-key";
    public static final int PROMPT_TOKENS = 512;
    public static final int COMPLETION_TOKENS = 230;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Map<String, String> config = new HashMap<>(Map.of(
                "mp.messaging.incoming.interview-answer-recorded.topic", "interview.answer-recorded.llm-test-" + UUID.randomUUID(),
                "GOOGLE_API_KEY", "unused-google-key",
                "LLM_PROVIDER", "openai-compatible",
                "LLM_BASE_URL", server.baseUrl() + "/v1",
                "LLM_MODEL", MODEL,
                "LLM_API_KEY", KEY,
                "LLM_TIMEOUT", "2s",
                // these tests count requests one by one; the breaker has its own test (GeminiCircuitBreakerTest)
                "io.intervu.evaluation.client.LlmChatClient/chat/CircuitBreaker/enabled", "false"));
        config.putAll(extraConfig());
        return config;
    }

    protected Map<String, String> extraConfig() {
        return Map.of();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A chat.completion whose one choice says {@code content}. */
    public static String completion(String content) {
        return completion(content, null);
    }

    /** A chat.completion whose one choice refuses: content null, the refusal in message.refusal. */
    public static String refusal(String refusal) {
        return completion(null, refusal);
    }

    private static String completion(String content, String refusal) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-" + UUID.randomUUID()).put("object", "chat.completion").put("created", 1764892800).put("model", MODEL);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        message.put("content", content);
        message.put("refusal", refusal);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", PROMPT_TOKENS).put("completion_tokens", COMPLETION_TOKENS)
                .put("total_tokens", PROMPT_TOKENS + COMPLETION_TOKENS);
        return root.toString();
    }
}
