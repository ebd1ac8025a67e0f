package io.intervu.interview.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.analysis.TopicVocabulary;
import io.intervu.interview.analysis.UntrustedText;
import io.intervu.interview.analysis.UntrustedText.InvalidOutputException;
import io.intervu.interview.client.KnowledgeDtos;

import java.util.ArrayList;
import java.util.List;

/** Validates an LLM plan against the schema and the plan's rules; anything off is rejected with a reason. */
final class PlanValidator {

    private PlanValidator() {
    }

    static List<PlannedQuestion> validate(String output, int questionCount, List<KnowledgeDtos.BankQuestion> bank, ObjectMapper json) {
        JsonNode root = UntrustedText.parseJson(output, json);
        JsonNode questions = root.path("questions");
        if (!questions.isArray() || questions.size() != questionCount) {
            throw new InvalidOutputException("expected " + questionCount + " questions, got " + (questions.isArray() ? questions.size() : "none"));
        }
        List<PlannedQuestion> out = new ArrayList<>();
        int projects = 0;
        int behavioural = 0;
        for (JsonNode q : questions) {
            String type = text(q, "type", 20);
            String topic = text(q, "topic", 40);
            String difficulty = text(q, "difficulty", 10);
            String text = text(q, "text", 600);
            String rationale = text(q, "rationale", 500);
            if (!PlannedQuestion.TYPES.contains(type)) {
                throw new InvalidOutputException("unknown type " + type);
            }
            if (!TopicVocabulary.isTopic(topic)) {
                throw new InvalidOutputException("unknown topic " + topic);
            }
            if (!PlannedQuestion.DIFFICULTIES.contains(difficulty)) {
                throw new InvalidOutputException("unknown difficulty " + difficulty);
            }
            if (text.length() < 15) {
                throw new InvalidOutputException("question text too short");
            }
            JsonNode points = q.path("keyPoints");
            if (!points.isArray() || points.size() < 2 || points.size() > 8) {
                throw new InvalidOutputException("keyPoints must list 2 to 8 points");
            }
            List<String> keyPoints = new ArrayList<>();
            for (JsonNode p : points) {
                if (!p.isTextual() || p.asText().isBlank() || p.asText().length() > 200) {
                    throw new InvalidOutputException("invalid key point");
                }
                keyPoints.add(p.asText().strip());
            }
            projects += type.equals("project") ? 1 : 0;
            behavioural += type.equals("behavioural") ? 1 : 0;
            String ref = q.path("questionRef").isTextual() ? q.path("questionRef").asText() : null;
            KnowledgeDtos.BankQuestion source = bank.stream().filter(b -> b.ref() != null && b.ref().equals(ref)).findFirst().orElse(null);
            out.add(new PlannedQuestion(type, topic, difficulty, text, List.copyOf(keyPoints), rationale,
                    source == null ? null : source.documentId(), source == null ? null : source.documentTitle(),
                    source == null ? null : source.ref()));
        }
        if (projects != 1) {
            throw new InvalidOutputException("expected exactly one project question, got " + projects);
        }
        // the plan's nature is fixed: a mostly technical interview, whatever the input says
        if (behavioural * 2 > questionCount || questionCount - projects - behavioural < 1) {
            throw new InvalidOutputException("plan is not a technical interview (" + behavioural + " behavioural)");
        }
        return out;
    }

    private static String text(JsonNode q, String field, int max) {
        JsonNode v = q.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InvalidOutputException("missing " + field);
        }
        if (v.asText().length() > max) {
            throw new InvalidOutputException(field + " longer than " + max);
        }
        return v.asText().strip();
    }
}
