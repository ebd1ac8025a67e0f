package io.intervu.evaluation.service.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.service.rubric.AnswerInput;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calibration set (src/test/resources/calibration/calibration-set.json) as evaluator inputs with expected bands. */
record CalibrationSet(List<Item> items) {

    record Item(String id, String category, double bandLow, double bandHigh, AnswerInput input) {
        double expected() {
            return (bandLow + bandHigh) / 2;
        }

        boolean hit(double score) {
            return score >= bandLow && score <= bandHigh;
        }
    }

    static CalibrationSet load() {
        try (InputStream in = CalibrationSet.class.getResourceAsStream("/calibration/calibration-set.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, JsonNode> questions = new HashMap<>();
            root.get("questions").forEach(q -> questions.put(q.get("ref").asText(), q));
            List<Item> items = new ArrayList<>();
            for (JsonNode item : root.get("items")) {
                JsonNode q = questions.get(item.get("question").asText());
                String category = item.get("category").asText();
                JsonNode band = item.has("band") ? item.get("band") : root.get("bands").get(category);
                List<String> keyPoints = new ArrayList<>();
                q.get("keyPoints").forEach(k -> keyPoints.add(k.asText()));
                List<String> focus = new ArrayList<>();
                q.get("focusTopics").forEach(t -> focus.add(t.asText()));
                AnswerInput input = new AnswerInput(q.get("type").asText(), q.get("topic").asText(), "medium",
                        q.get("text").asText(), q.get("text").asText(), "question", keyPoints, q.get("role").asText(), focus,
                        item.get("answer").asText(), true, null);
                items.add(new Item(item.get("id").asText(), category, band.get(0).asDouble(), band.get(1).asDouble(), input));
            }
            return new CalibrationSet(items);
        } catch (Exception e) {
            throw new IllegalStateException("calibration set unreadable", e);
        }
    }
}
