package io.intervu.interview.analysis;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.intervu.interview.analysis.GeminiWire.Use;
import io.intervu.interview.support.PeerStubs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * An OpenAI-compatible server's POST /v1/chat/completions on the WireMock server, per use, told apart by
 * the same fences as {@link GeminiWire}.
 */
public final class OpenAiWire {

    public static final String PATH = "/v1/chat/completions";
    public static final String MODEL = "llama3.1-test";
    public static final String KEY = "test-llm-key";

    private OpenAiWire() {
    }

    public static void answer(Use use, ResponseDefinitionBuilder response) {
        PeerStubs.server().stubFor(request(use).willReturn(response));
    }

    /** Answers with {@code content} as the one choice's message. */
    public static void answer(Use use, String content) {
        answer(use, PeerStubs.json(200, completion(content, null)));
    }

    public static MappingBuilder request(Use use) {
        return post(urlPathEqualTo(PATH)).withRequestBody(WireMock.containing(use.marker));
    }

    public static RequestPatternBuilder requested(Use use) {
        return postRequestedFor(urlPathEqualTo(PATH)).withRequestBody(WireMock.containing(use.marker));
    }

    public static int calls(Use use) {
        return PeerStubs.server().findAll(requested(use)).size();
    }

    /** A chat.completion: {@code content} or, when it is null, a refusal in message.refusal. */
    public static String completion(String content, String refusal) {
        Map<String, Object> message = new HashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", refusal);
        return GeminiWire.write(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1764892800, "model", MODEL,
                "choices", List.of(Map.of("index", 0, "message", message, "finish_reason", "stop")),
                "usage", Map.of("prompt_tokens", 900, "completion_tokens", 120, "total_tokens", 1020)));
    }
}
