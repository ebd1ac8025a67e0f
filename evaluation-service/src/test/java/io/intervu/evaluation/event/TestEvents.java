package io.intervu.evaluation.event;

import io.intervu.testsupport.KafkaProbe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** interview.* events exactly as docs/contracts.md describes them, as interview-service would send them. */
public final class TestEvents {

    public static final String KAFKA_QUESTION = "How does Kafka guarantee message ordering, and what determines which partition a message goes to?";
    public static final List<String> KAFKA_KEY_POINTS = List.of(
            "Ordering is guaranteed only within a single partition",
            "The default partitioner hashes the message key to choose a partition",
            "Messages with the same key land in the same partition and stay ordered",
            "Changing the partition count remaps keys and breaks per-key ordering",
            "Retries with multiple in-flight requests need idempotence to preserve order");
    public static final String STRONG_KAFKA_ANSWER = "Kafka only guarantees ordering within a single partition. The default "
            + "partitioner hashes the record key, so every message with the same key lands in the same partition and stays in order. "
            + "For example, I keyed payment events by account id in my last team so each account was processed in sequence. "
            + "If you add partitions later the keys are remapped, which breaks per-key ordering, so we planned 24 partitions up front. "
            + "And because retries with several in-flight requests can reorder batches, I always enable the idempotent producer.";

    private TestEvents() {
    }

    public static Map<String, Object> question(String questionId, int ordinal, String topic, String text, List<String> keyPoints,
                                               String documentTitle) {
        Map<String, Object> source = new HashMap<>();
        source.put("documentId", UUID.nameUUIDFromBytes(documentTitle.getBytes()).toString());
        source.put("documentTitle", documentTitle);
        source.put("questionRef", topic + "-1");
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("questionId", questionId);
        q.put("ordinal", ordinal);
        q.put("type", "technical");
        q.put("topic", topic);
        q.put("difficulty", "medium");
        q.put("text", text);
        q.put("keyPoints", keyPoints);
        q.put("rationale", "focus topic " + topic);
        q.put("source", source);
        return q;
    }

    public static Map<String, Object> kafkaQuestion(String questionId, int ordinal) {
        return question(questionId, ordinal, "kafka", KAFKA_QUESTION, KAFKA_KEY_POINTS, "Kafka Fundamentals");
    }

    public static Map<String, Object> delivery(double wpm, double fillerRate) {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("name", "wordsPerMinute");
        metric.put("label", "Speaking pace");
        metric.put("value", wpm);
        metric.put("unit", "wpm");
        metric.put("bandLow", 130);
        metric.put("bandHigh", 175);
        metric.put("verdict", wpm < 130 ? "below" : wpm > 175 ? "above" : "within");
        metric.put("source", "test");
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("speechDetected", true);
        d.put("durationSeconds", 21.4);
        d.put("speakingTimeSeconds", 17.9);
        d.put("wordCount", 52);
        d.put("wordsPerMinute", wpm);
        d.put("fillerCount", 2);
        d.put("fillerRate", fillerRate);
        d.put("fillers", Map.of("um", 1, "you know", 1));
        d.put("longPauseCount", 1);
        d.put("longestPauseSeconds", 1.9);
        d.put("longestRunSeconds", 8.2);
        d.put("hedgingCount", 1);
        d.put("hedges", List.of("I think"));
        d.put("metrics", List.of(metric));
        d.put("unknownFutureField", "ignored");
        return d;
    }

    public static Map<String, Object> answerRecorded(String interviewId, String userId, String answerId,
                                                     Map<String, Object> question, String turnKind, int followUpIndex,
                                                     String text, boolean speechDetected) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("text", text);
        answer.put("source", "text");
        answer.put("transcriptionId", null);
        answer.put("provider", "text");
        answer.put("durationSeconds", 21.4);
        answer.put("speechDetected", speechDetected);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("interviewId", interviewId);
        d.put("userId", userId);
        d.put("answerId", answerId);
        d.put("turnId", UUID.randomUUID().toString());
        d.put("turnKind", turnKind);
        d.put("followUpIndex", followUpIndex);
        d.put("prompt", "follow-up".equals(turnKind) ? "What happens to ordering when a producer retries?" : question.get("text"));
        d.put("question", question);
        d.put("role", "Senior Backend Engineer");
        d.put("focusTopics", List.of("java", "kafka"));
        d.put("answer", answer);
        d.put("delivery", speechDetected ? delivery(150, 0.02) : null);
        d.put("confidence", Map.of("score", 71.5, "rating", "High", "provider", "prosody", "coachingOnly", true));
        d.put("answeredAt", "2026-11-25T12:0" + Math.min(9, followUpIndex + 1) + ":00Z");
        d.put("somethingNew", Map.of("tolerant", true));
        return d;
    }

    public static Map<String, Object> completed(String interviewId, String userId, int answerCount, List<Map<String, Object>> questions) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("interviewId", interviewId);
        d.put("userId", userId);
        d.put("candidateName", "Ada Candidate");
        d.put("role", "Senior Backend Engineer");
        d.put("company", "Acme");
        d.put("seniority", "senior");
        d.put("focusTopics", List.of("java", "kafka"));
        d.put("status", "COMPLETED");
        d.put("startedAt", "2026-11-25T12:00:00Z");
        d.put("completedAt", "2026-11-25T12:20:00Z");
        d.put("durationSeconds", 1200);
        d.put("questionCount", questions.size());
        d.put("answerCount", answerCount);
        d.put("followUpCount", 0);
        d.put("confidenceOptIn", false);
        d.put("planSource", "offline");
        d.put("providers", Map.of("llm", "offline", "speech", "client"));
        d.put("questions", questions);
        d.put("transcript", new ArrayList<>());
        return d;
    }

    public static String sendAnswer(Map<String, Object> data) {
        String id = UUID.randomUUID().toString();
        sendAnswer(id, data);
        return id;
    }

    public static void sendAnswer(String eventId, Map<String, Object> data) {
        sendAnswerTo("interview.answer-recorded", eventId, data);
    }

    /** To a topic other than the shared one, for a test instance that reads answers from a topic of its own. */
    public static void sendAnswerTo(String topic, String eventId, Map<String, Object> data) {
        String key = (String) data.get("interviewId");
        KafkaProbe.send(topic, key, KafkaProbe.cloudEvent(eventId, "interview.answer-recorded",
                "/intervu/interview-service", key, data));
    }

    public static void sendCompleted(String eventId, Map<String, Object> data) {
        String key = (String) data.get("interviewId");
        KafkaProbe.send("interview.completed", key, KafkaProbe.cloudEvent(eventId, "interview.completed",
                "/intervu/interview-service", key, data));
    }
}
