package io.intervu.evaluation.service.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.intervu.evaluation.client.LlmChatClient;
import io.intervu.evaluation.config.EvaluationConfig;
import io.intervu.evaluation.config.LlmConfig;
import io.intervu.evaluation.service.offline.AnswerText;
import io.intervu.evaluation.service.offline.InjectionDetector;
import io.intervu.evaluation.AnswerInput;
import io.intervu.evaluation.Criterion;
import io.intervu.evaluation.Provenance;
import io.intervu.evaluation.Rubric;
import io.intervu.evaluation.RubricResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores an answer with the configured language model (Gemini or an OpenAI-compatible server, through
 * {@link LlmChatClient}): structured JSON requested with a response JSON schema (or, with
 * LLM_JSON_SCHEMA=false, the schema written into the instruction) and checked against the same rules
 * here (invalid output is asked for again, up to the configured attempts), then a sceptical second pass over scores of 5, scores of 1
 * and large disagreements between criteria. The overall score is computed here from the criteria
 * with the same weights as the offline evaluator.
 */
@ApplicationScoped
public class LlmEvaluator {

    static final String REVIEW_MARKER = "SCEPTICAL REVIEW";

    private final LlmChatClient client;
    private final EvaluationConfig config;
    private final double temperature;
    private final String systemInstruction;
    private final String reviewInstruction;
    private final ResponseFormat evaluationFormat;
    private final ResponseFormat reviewFormat;

    public LlmEvaluator(LlmChatClient client, EvaluationConfig config, LlmConfig llm) {
        this.client = client;
        this.config = config;
        this.temperature = llm.temperature();
        String evaluationSchema = resource("llm/evaluation-response-schema.json");
        String reviewSchema = resource("llm/review-response-schema.json");
        this.systemInstruction = instruction(resource("llm/system-instruction.txt"), evaluationSchema, llm.jsonSchema());
        this.reviewInstruction = instruction(resource("llm/review-instruction.txt"), reviewSchema, llm.jsonSchema());
        this.evaluationFormat = llm.jsonSchema() ? jsonFormat("evaluation", evaluationSchema) : null;
        this.reviewFormat = llm.jsonSchema() ? jsonFormat("review", reviewSchema) : null;
    }

    /** Without structured output the model learns the response schema from the instruction. */
    private static String instruction(String text, String schema, boolean schemaSentSeparately) {
        return schemaSentSeparately ? text : text.strip() + "\nThe response schema (JSON Schema):\n" + schema.strip() + "\n";
    }

    /** Throws LlmOutputException, or the client's exceptions, when no valid evaluation could be had. */
    public RubricResult evaluate(AnswerInput in) {
        JsonNode first = askValid(systemInstruction, evaluationPrompt(in), evaluationFormat, LlmOutputValidator::checkEvaluation);
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        for (String name : Rubric.CRITERIA) {
            for (JsonNode c : first.path("criteria")) {
                if (name.equals(c.path("name").asText())) {
                    criteria.put(name, Rubric.criterion(name, c.path("score").asInt(), oneLine(c.path("justification").asText())));
                }
            }
        }
        String review = config.model().reviewPass() ? review(in, criteria) : null;

        List<Criterion> finalCriteria = new ArrayList<>(criteria.values());
        List<String> covered = new ArrayList<>();
        Set<String> claimed = new LinkedHashSet<>();
        first.path("keyPointsCovered").forEach(k -> claimed.add(k.asText().strip().toLowerCase(Locale.ROOT)));
        List<String> missed = new ArrayList<>();
        for (String k : in.keyPoints()) {
            (claimed.contains(k.strip().toLowerCase(Locale.ROOT)) ? covered : missed).add(k);
        }
        boolean injection = first.path("injectionSuspected").asBoolean() || InjectionDetector.screen(AnswerText.split(in.answerText())).suspected();
        return new RubricResult(true, finalCriteria, Rubric.overall(finalCriteria), oneLine(first.path("overallJustification").asText()),
                covered, missed, firstTwo(first.path("strengths")), firstTwo(first.path("improvements")),
                oneLine(first.path("strongAnswerOutline").asText()), injection,
                new Provenance(client.provider().key, client.model(), null, review));
    }

    /**
     * Re-checks extreme and disagreeing scores. Revised scores replace the first ones; if the
     * review itself is invalid the first scores stand and the provenance says so.
     */
    private String review(AnswerInput in, Map<String, Criterion> criteria) {
        Set<String> targets = reviewTargets(criteria);
        if (targets.isEmpty()) {
            return null;
        }
        JsonNode out;
        try {
            out = askValid(reviewInstruction, reviewPrompt(in, criteria, targets), reviewFormat,
                    node -> LlmOutputValidator.checkReview(node, targets));
        } catch (RuntimeException e) {
            return "review of " + String.join(", ", targets) + " failed (" + e.getMessage() + "); first-pass scores kept";
        }
        List<String> changes = new ArrayList<>();
        for (JsonNode c : out.path("criteria")) {
            String name = c.path("name").asText();
            Criterion before = criteria.get(name);
            int score = c.path("score").asInt();
            changes.add(name + " " + before.score() + (score == before.score() ? " kept" : "→" + score));
            if (score != before.score()) {
                criteria.put(name, Rubric.criterion(name, score, oneLine(c.path("justification").asText())));
            }
        }
        return "sceptical review: " + String.join(", ", changes);
    }

    /** Scores of 5 or 1, and both ends when criteria disagree by 3 or more. */
    static Set<String> reviewTargets(Map<String, Criterion> criteria) {
        Set<String> targets = new LinkedHashSet<>();
        int max = criteria.values().stream().mapToInt(Criterion::score).max().orElse(3);
        int min = criteria.values().stream().mapToInt(Criterion::score).min().orElse(3);
        for (Criterion c : criteria.values()) {
            if (c.score() == 5 || c.score() == 1 || (max - min >= 3 && (c.score() == max || c.score() == min))) {
                targets.add(c.name());
            }
        }
        return targets;
    }

    /** Asks until the output passes {@code check}; a failed attempt's error goes back to the model as a correction. */
    private JsonNode askValid(String instruction, String prompt, ResponseFormat format, Consumer<JsonNode> check) {
        int attempts = Math.max(1, config.model().maxOutputAttempts());
        LlmOutputException last = null;
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(instruction), UserMessage.from(prompt)));
        for (int i = 0; i < attempts; i++) {
            ChatRequest request = ChatRequest.builder().messages(messages).responseFormat(format).temperature(temperature).build();
            try {
                JsonNode out = LlmOutputValidator.modelJson(client.chat(request));
                check.accept(out);
                return out;
            } catch (LlmOutputException e) {
                last = e;
                // Say what was wrong; the next attempt usually fixes exactly that.
                messages = new ArrayList<>(messages.subList(0, 2));
                messages.add(UserMessage.from("Your previous reply was invalid (" + e.getMessage()
                        + "). Reply again with JSON only, matching the schema."));
            }
        }
        throw new LlmOutputException("invalid output after " + attempts + " attempts: " + last.getMessage());
    }

    /** Structured output: Gemini's responseMimeType application/json with responseJsonSchema, OpenAI's response_format json_schema. */
    private static ResponseFormat jsonFormat(String name, String schema) {
        return ResponseFormat.builder().type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(name).rootElement(JsonRawSchema.from(schema)).build())
                .build();
    }

    private static String evaluationPrompt(AnswerInput in) {
        StringBuilder sb = new StringBuilder();
        sb.append("Role: ").append(in.role()).append('\n');
        sb.append("Focus topics: ").append(String.join(", ", in.focusTopics())).append('\n');
        sb.append("Question type: ").append(in.questionType()).append("; topic: ").append(in.topic()).append('\n');
        sb.append("Planned question: ").append(in.questionText()).append('\n');
        if (!in.prompt().equals(in.questionText())) {
            sb.append("Asked in this turn (").append(in.followUp() ? "follow-up" : "question").append("): ").append(in.prompt()).append('\n');
        }
        sb.append("Expected key points:\n");
        in.keyPoints().forEach(k -> sb.append("- ").append(k).append('\n'));
        sb.append(fenced(in.answerText()));
        return sb.toString();
    }

    private String reviewPrompt(AnswerInput in, Map<String, Criterion> criteria, Set<String> targets) {
        StringBuilder sb = new StringBuilder(REVIEW_MARKER).append('\n');
        sb.append("Question: ").append(in.prompt()).append('\n');
        sb.append("Expected key points:\n");
        in.keyPoints().forEach(k -> sb.append("- ").append(k).append('\n'));
        sb.append("First evaluation:\n");
        criteria.values().forEach(c -> sb.append("- ").append(c.name()).append(": ").append(c.score()).append(" (")
                .append(c.justification()).append(")\n"));
        sb.append("Re-check these criteria: ").append(String.join(", ", targets)).append('\n');
        sb.append(fenced(in.answerText()));
        return sb.toString();
    }

    /** The untrusted answer as data; a closing tag inside it cannot end the fence. */
    static String fenced(String answer) {
        String safe = answer.replace("<candidate_answer>", "[candidate_answer]").replace("</candidate_answer>", "[/candidate_answer]");
        return "<candidate_answer>\n" + safe + "\n</candidate_answer>\n";
    }

    private static List<String> firstTwo(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (out.size() < 2 && !n.asText().isBlank()) {
                out.add(oneLine(n.asText()));
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String resource(String path) {
        try (InputStream in = LlmEvaluator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
