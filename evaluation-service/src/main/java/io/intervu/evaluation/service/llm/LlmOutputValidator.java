package io.intervu.evaluation.service.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.intervu.evaluation.Rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pulls the model's JSON out of a chat response and checks it against the response schemas in
 * resources/llm/ (the same rules, enforced here because a model may ignore the schema): every required field, criterion names from the rubric, integer scores 1-5,
 * non-blank one-line justifications.
 */
final class LlmOutputValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LINE = 400;

    private LlmOutputValidator() {
    }

    /** The model's text reply parsed as JSON; finish reasons other than STOP (safety, length) are invalid output. */
    static JsonNode modelJson(ChatResponse response) {
        FinishReason finish = response == null ? null : response.finishReason();
        if (finish != null && finish != FinishReason.STOP) {
            throw new LlmOutputException("finishReason " + finish);
        }
        AiMessage message = response == null ? null : response.aiMessage();
        String raw = unfenced(message == null || message.text() == null ? "" : message.text().strip());
        if (raw.isEmpty()) {
            throw new LlmOutputException("empty model output");
        }
        try {
            JsonNode node = JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new LlmOutputException("model output is not a JSON object");
            }
            return node;
        } catch (java.io.IOException e) {
            throw new LlmOutputException("model output is not JSON");
        }
    }

    /** The JSON inside a Markdown code fence ("```json ... ```"), with or without prose around it. */
    static String unfenced(String text) {
        int open = text.indexOf("```");
        if (open < 0 || text.startsWith("{")) {
            return text;
        }
        int bodyStart = text.indexOf('\n', open);
        int close = bodyStart < 0 ? -1 : text.indexOf("```", bodyStart);
        if (close < 0) {
            return text.replaceFirst("^```(?:json)?\\s*", "").strip();
        }
        return text.substring(bodyStart + 1, close).strip();
    }

    static void checkEvaluation(JsonNode out) {
        List<String> errors = new ArrayList<>();
        checkCriteria(out, Set.copyOf(Rubric.CRITERIA), errors);
        for (String field : List.of("overallJustification", "strongAnswerOutline")) {
            if (!out.path(field).isTextual() || out.path(field).asText().isBlank()) {
                errors.add(field + " missing");
            }
        }
        for (String field : List.of("keyPointsCovered", "strengths", "improvements")) {
            if (!out.path(field).isArray()) {
                errors.add(field + " is not an array");
            } else {
                out.path(field).forEach(v -> {
                    if (!v.isTextual()) {
                        errors.add(field + " holds a non-string");
                    }
                });
            }
        }
        if (!out.path("injectionSuspected").isBoolean()) {
            errors.add("injectionSuspected is not a boolean");
        }
        if (!errors.isEmpty()) {
            throw new LlmOutputException(String.join("; ", errors));
        }
    }

    static void checkReview(JsonNode out, Set<String> expected) {
        List<String> errors = new ArrayList<>();
        checkCriteria(out, expected, errors);
        if (!errors.isEmpty()) {
            throw new LlmOutputException(String.join("; ", errors));
        }
    }

    private static void checkCriteria(JsonNode out, Set<String> expected, List<String> errors) {
        JsonNode criteria = out.path("criteria");
        if (!criteria.isArray()) {
            errors.add("criteria is not an array");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode c : criteria) {
            String name = c.path("name").asText("");
            if (!expected.contains(name)) {
                errors.add("unexpected criterion '" + name + "'");
                continue;
            }
            if (!seen.add(name)) {
                errors.add("criterion " + name + " twice");
            }
            JsonNode score = c.path("score");
            if (!score.isIntegralNumber() || score.asInt() < 1 || score.asInt() > 5) {
                errors.add(name + " score is not an integer 1-5");
            }
            String justification = c.path("justification").asText("");
            if (justification.isBlank() || justification.length() > MAX_LINE) {
                errors.add(name + " justification missing or too long");
            }
        }
        for (String name : expected) {
            if (!seen.contains(name)) {
                errors.add("criterion " + name + " missing");
            }
        }
    }
}
