package io.intervu.evaluation.service.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.evaluation.Rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's progress across interviews, built from their stored assessments (oldest first): per
 * interview the overall score, the criterion averages, the topic scores and the delivery figures a
 * trend is drawn from; per topic and per criterion its first, latest and mean score, so the weakest
 * topics can be practised again. Reads only what the assessment already holds; nothing is rescored.
 */
public final class ProgressBuilder {

    /** Delivery figures worth a trend line: pace, fillers, long pauses and thinking time before the first word. */
    static final List<String> DELIVERY = List.of("wordsPerMinute", "fillerRate", "longPauseCount", "timeToFirstWordSeconds");

    private final ObjectMapper json;

    public ProgressBuilder(ObjectMapper json) {
        this.json = json;
    }

    /** {@code assessments}: the stored interview-assessed payloads, oldest first. */
    public ObjectNode build(List<JsonNode> assessments) {
        ObjectNode out = json.createObjectNode();
        ArrayNode interviews = out.putArray("interviews");
        Map<String, List<Double>> topics = new TreeMap<>();
        Map<String, List<Double>> criteria = new LinkedHashMap<>();
        Rubric.CRITERIA.forEach(c -> criteria.put(c, new ArrayList<>()));
        for (JsonNode payload : assessments) {
            JsonNode a = payload.path("assessment");
            ObjectNode row = interviews.addObject();
            row.put("interviewId", payload.path("interviewId").asText());
            copyText(payload, row, "completedAt");
            copyText(payload, row, "role");
            copyText(payload, row, "company");
            row.set("overallScore", a.path("overallScore").isNumber() ? a.get("overallScore") : json.nullNode());
            copyText(a, row, "readiness");
            ObjectNode rowCriteria = row.putObject("criteria");
            criteria.forEach((name, series) -> {
                JsonNode v = a.path("criterionAverages").path(name);
                if (v.isNumber()) {
                    rowCriteria.put(name, v.asDouble());
                    series.add(v.asDouble());
                }
            });
            ObjectNode rowTopics = row.putObject("topics");
            for (JsonNode t : a.path("topicScores")) {
                if (t.path("topic").isTextual() && t.path("score").isNumber()) {
                    rowTopics.put(t.get("topic").asText(), t.get("score").asDouble());
                    topics.computeIfAbsent(t.get("topic").asText(), k -> new ArrayList<>()).add(t.get("score").asDouble());
                }
            }
            ObjectNode delivery = row.putObject("delivery");
            JsonNode summary = payload.path("deliverySummary");
            for (String name : DELIVERY) {
                if (summary.path(name).isNumber()) {
                    delivery.put(name, summary.get(name).asDouble());
                }
            }
            ArrayNode evaluators = row.putArray("evaluators");
            payload.path("provenance").path("evaluators").forEach(evaluators::add);
        }
        out.set("topics", summaries(topics, "topic", true));
        out.set("criteria", summaries(criteria, "criterion", false));
        return out;
    }

    /** One summary per name with scores: weakest latest score first when {@code weakestFirst}, else in the given order. */
    private ArrayNode summaries(Map<String, List<Double>> series, String key, boolean weakestFirst) {
        List<Map.Entry<String, List<Double>>> entries = new ArrayList<>(series.entrySet());
        entries.removeIf(e -> e.getValue().isEmpty());
        if (weakestFirst) {
            entries.sort(Map.Entry.comparingByValue((x, y) -> Double.compare(x.get(x.size() - 1), y.get(y.size() - 1))));
        }
        ArrayNode out = json.createArrayNode();
        for (Map.Entry<String, List<Double>> e : entries) {
            List<Double> s = e.getValue();
            ObjectNode n = out.addObject();
            n.put(key, e.getKey());
            n.put("interviews", s.size());
            n.put("first", s.get(0));
            n.put("latest", s.get(s.size() - 1));
            n.put("mean", Rubric.round1(s.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        }
        return out;
    }

    private static void copyText(JsonNode from, ObjectNode to, String field) {
        if (from.path(field).isTextual()) {
            to.put(field, from.get(field).asText());
        }
    }
}
