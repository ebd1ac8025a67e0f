package io.intervu.evaluation.service.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.evaluation.Rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds evaluation.interview-assessed from interview.completed and the interview's evaluated
 * turns: per-criterion averages, the overall score (each prepared question weighs the same,
 * however many follow-ups it had), readiness, strongest and weakest topics, top strengths and
 * improvements, next steps with knowledge-base references, the averaged delivery and the
 * provenance. Every list has a deterministic order (frequency, then score, then text).
 */
public class AssessmentBuilder {

    public record Turn(JsonNode answer, JsonNode evaluation) {
    }

    private static final List<String> COPIED = List.of("interviewId", "userId", "candidateName", "role", "company",
            "seniority", "focusTopics", "startedAt", "completedAt", "durationSeconds", "status", "confidenceOptIn");

    private final ObjectMapper json;

    public AssessmentBuilder(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode build(JsonNode completed, List<Turn> turns, String assessedAt) {
        ObjectNode out = json.createObjectNode();
        for (String field : COPIED) {
            out.set(field, completed.hasNonNull(field) ? completed.get(field) : json.nullNode());
        }
        boolean confidenceOptIn = completed.path("confidenceOptIn").asBoolean(false);
        List<QuestionTurns> questions = group(completed, turns);

        out.set("assessment", assessment(completed, questions, turns));
        ArrayNode qs = out.putArray("questions");
        for (QuestionTurns q : questions) {
            ObjectNode node = qs.addObject();
            if (q.question.isObject()) {
                node.setAll((ObjectNode) q.question.deepCopy());
            }
            ArrayNode ts = node.putArray("turns");
            for (Turn t : q.turns) {
                ObjectNode turn = ts.addObject();
                turn.set("turnId", t.answer.path("turnId"));
                turn.set("turnKind", t.answer.path("turnKind"));
                turn.set("followUpIndex", t.answer.path("followUpIndex"));
                turn.set("prompt", t.answer.path("prompt"));
                turn.set("answer", t.answer.path("answer"));
                turn.set("answeredAt", t.answer.path("answeredAt"));
                turn.set("delivery", t.answer.hasNonNull("delivery") ? t.answer.get("delivery") : json.nullNode());
                // Confidence is coaching only and travels only when the candidate opted in.
                turn.set("confidence", confidenceOptIn && t.answer.hasNonNull("confidence") ? t.answer.get("confidence") : json.nullNode());
                turn.set("evaluation", t.evaluation);
            }
        }
        List<JsonNode> deliveries = new ArrayList<>();
        turns.forEach(t -> {
            if (t.answer.hasNonNull("delivery") && t.answer.get("delivery").isObject()) {
                deliveries.add(t.answer.get("delivery"));
            }
        });
        out.set("deliverySummary", DeliverySummary.average(json, deliveries));
        out.set("provenance", provenance(completed, turns));
        out.put("assessedAt", assessedAt);
        return out;
    }

    /** A plan question with its turns in interview order; scored only if it was asked. */
    private static final class QuestionTurns {
        final JsonNode question;
        final List<Turn> turns = new ArrayList<>();

        QuestionTurns(JsonNode question) {
            this.question = question;
        }

        boolean asked() {
            return !turns.isEmpty();
        }

        double score() {
            return turns.stream().mapToDouble(t -> t.evaluation.path("overallScore").asDouble(1)).average().orElse(0);
        }

        String topic() {
            String topic = question.path("topic").asText("");
            return topic.isBlank() ? "general" : topic;
        }

        int ordinal() {
            return question.path("ordinal").asInt(Integer.MAX_VALUE);
        }
    }

    private List<QuestionTurns> group(JsonNode completed, List<Turn> turns) {
        Map<String, QuestionTurns> byId = new LinkedHashMap<>();
        List<JsonNode> plan = new ArrayList<>();
        completed.path("questions").forEach(plan::add);
        plan.sort(Comparator.comparingInt(q -> q.path("ordinal").asInt(Integer.MAX_VALUE)));
        for (JsonNode q : plan) {
            byId.put(q.path("questionId").asText(), new QuestionTurns(q));
        }
        for (Turn t : turns) {
            JsonNode q = t.answer.path("question");
            String id = q.path("questionId").asText("unknown");
            // A question missing from the completed event's plan still appears, from the answer event.
            byId.computeIfAbsent(id, k -> new QuestionTurns(q.isObject() ? q : json.createObjectNode().put("questionId", k))).turns.add(t);
        }
        for (QuestionTurns q : byId.values()) {
            q.turns.sort(Comparator.<Turn>comparingInt(t -> "question".equals(t.answer.path("turnKind").asText()) ? 0 : 1)
                    .thenComparingInt(t -> t.answer.path("followUpIndex").asInt(0))
                    .thenComparing(t -> t.answer.path("answeredAt").asText(""))
                    .thenComparing(t -> t.answer.path("answerId").asText("")));
        }
        List<QuestionTurns> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingInt(QuestionTurns::ordinal));
        return out;
    }

    private ObjectNode assessment(JsonNode completed, List<QuestionTurns> questions, List<Turn> turns) {
        ObjectNode a = json.createObjectNode();
        List<QuestionTurns> asked = questions.stream().filter(QuestionTurns::asked).toList();
        double overall = asked.isEmpty() ? 1.0 : Rubric.round1(asked.stream().mapToDouble(QuestionTurns::score).average().orElse(1));
        String readiness = readiness(overall, asked.isEmpty());
        a.put("overallScore", overall);
        a.put("readiness", readiness);

        ObjectNode averages = a.putObject("criterionAverages");
        for (String criterion : Rubric.CRITERIA) {
            double sum = 0;
            int n = 0;
            for (Turn t : turns) {
                for (JsonNode c : t.evaluation.path("criteria")) {
                    if (criterion.equals(c.path("name").asText())) {
                        sum += c.path("score").asDouble();
                        n++;
                    }
                }
            }
            if (n > 0) {
                averages.put(criterion, Rubric.round1(sum / n));
            }
        }

        Map<String, List<Double>> topicScores = new TreeMap<>();
        asked.forEach(q -> topicScores.computeIfAbsent(q.topic(), k -> new ArrayList<>()).add(q.score()));
        Map<String, Double> topics = new TreeMap<>();
        topicScores.forEach((k, v) -> topics.put(k, v.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        List<String> strongest = topics.entrySet().stream().filter(e -> e.getValue() >= 3.0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        List<String> weakest = topics.entrySet().stream().filter(e -> e.getValue() < 3.5 && !strongest.contains(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        strongest.forEach(a.putArray("strongestTopics")::add);
        weakest.forEach(a.putArray("weakestTopics")::add);
        if (!a.has("strongestTopics")) {
            a.putArray("strongestTopics");
        }
        if (!a.has("weakestTopics")) {
            a.putArray("weakestTopics");
        }
        ArrayNode topicNode = a.putArray("topicScores");
        topics.forEach((k, v) -> topicNode.addObject().put("topic", k).put("score", Rubric.round1(v)));

        ranked(turns, "strengths", true).forEach(a.putArray("topStrengths")::add);
        ranked(turns, "improvements", false).forEach(a.putArray("topImprovements")::add);
        a.set("nextSteps", nextSteps(asked));

        long unanswered = turns.stream().filter(t -> !t.evaluation.path("answered").asBoolean(true)).count();
        int planned = completed.path("questions").size();
        StringBuilder summary = new StringBuilder(String.format(java.util.Locale.ROOT,
                "Overall %.1f/5 (%s) over %d of %d prepared questions and %d answers",
                overall, readiness, asked.size(), planned, turns.size()));
        if (unanswered > 0) {
            summary.append(", ").append(unanswered).append(unanswered == 1 ? " of them not answered" : " of them not answered");
        }
        summary.append('.');
        if (!strongest.isEmpty()) {
            summary.append(" Strongest: ").append(String.join(", ", strongest)).append('.');
        }
        if (!weakest.isEmpty()) {
            summary.append(" Needs work: ").append(String.join(", ", weakest)).append('.');
        }
        if ("ABANDONED".equalsIgnoreCase(completed.path("status").asText())) {
            summary.append(" The interview was abandoned before the end; only the answers given are assessed.");
        }
        a.put("summary", summary.toString());
        a.put("questionsAsked", asked.size());
        a.put("answersEvaluated", turns.size());
        a.put("unanswered", unanswered);
        return a;
    }

    static String readiness(double overall, boolean nothingAnswered) {
        if (nothingAnswered) {
            return "Not yet";
        }
        return overall >= 4.0 ? "Ready" : overall >= 3.3 ? "Almost ready" : overall >= 2.5 ? "Needs practice" : "Not yet";
    }

    /**
     * Strengths (or improvements) across all evaluations: most frequent first, then by the score of
     * the best (or worst) answer they came from, then alphabetically. At most three.
     */
    private static List<String> ranked(List<Turn> turns, String field, boolean strengths) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Double> scores = new TreeMap<>();
        for (Turn t : turns) {
            double score = t.evaluation.path("overallScore").asDouble();
            Set<String> once = new LinkedHashSet<>();
            t.evaluation.path(field).forEach(n -> once.add(n.asText()));
            for (String s : once) {
                counts.merge(s, 1, Integer::sum);
                scores.merge(s, score, strengths ? Math::max : Math::min);
            }
        }
        Comparator<String> byScore = Comparator.comparingDouble(scores::get);
        return counts.keySet().stream()
                .sorted(Comparator.<String>comparingInt(counts::get).reversed()
                        .thenComparing(strengths ? byScore.reversed() : byScore)
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3).toList();
    }

    /** The weakest asked questions point to the knowledge-base document they were drawn from. */
    private ArrayNode nextSteps(List<QuestionTurns> asked) {
        ArrayNode steps = json.createArrayNode();
        Set<String> documents = new TreeSet<>();
        List<QuestionTurns> weakestFirst = asked.stream()
                .sorted(Comparator.comparingDouble(QuestionTurns::score).thenComparingInt(QuestionTurns::ordinal)).toList();
        for (QuestionTurns q : weakestFirst) {
            if (steps.size() == 3 || q.score() >= 4.0) {
                break;
            }
            JsonNode source = q.question.path("source");
            String title = source.path("documentTitle").asText("");
            if (!title.isBlank() && !documents.add(title)) {
                continue;
            }
            String missed = firstMissed(q);
            ObjectNode step = steps.addObject();
            step.put("text", "Revisit " + q.topic() + (missed == null ? ": practise answering \"" + q.question.path("text").asText() + "\""
                    : ": " + missed) + (title.isBlank() ? "." : " (see \"" + title + "\")."));
            if (title.isBlank()) {
                step.putNull("reference");
            } else {
                ObjectNode ref = step.putObject("reference");
                ref.set("documentId", source.hasNonNull("documentId") ? source.get("documentId") : json.nullNode());
                ref.put("documentTitle", title);
            }
        }
        if (steps.isEmpty() && !asked.isEmpty()) {
            steps.addObject().put("text", "Keep practising with harder questions on " + asked.get(0).topic()
                    + "; every asked question scored 4 or more.").putNull("reference");
        }
        return steps;
    }

    private static String firstMissed(QuestionTurns q) {
        Set<String> covered = new LinkedHashSet<>();
        for (Turn t : q.turns) {
            t.evaluation.path("keyPointsCovered").forEach(k -> covered.add(k.asText()));
        }
        for (Turn t : q.turns) {
            for (JsonNode k : t.evaluation.path("keyPointsMissed")) {
                if (!covered.contains(k.asText())) {
                    return k.asText();
                }
            }
        }
        return null;
    }

    private ObjectNode provenance(JsonNode completed, List<Turn> turns) {
        ObjectNode p = json.createObjectNode();
        p.set("plan", completed.hasNonNull("planSource") ? completed.get("planSource") : json.nullNode());
        Set<String> evaluators = new TreeSet<>();
        Set<String> fallbacks = new TreeSet<>();
        for (Turn t : turns) {
            JsonNode prov = t.evaluation.path("provenance");
            evaluators.add(prov.path("evaluator").asText("offline-rubric"));
            if (prov.hasNonNull("fallbackReason")) {
                fallbacks.add(prov.get("fallbackReason").asText());
            }
        }
        evaluators.forEach(p.putArray("evaluators")::add);
        if (!p.has("evaluators")) {
            p.putArray("evaluators");
        }
        JsonNode providers = completed.path("providers");
        p.set("speech", providers.hasNonNull("speech") ? providers.get("speech") : json.nullNode());
        p.set("llm", providers.hasNonNull("llm") ? providers.get("llm") : json.nullNode());
        ArrayNode fb = p.putArray("fallbacks");
        fallbacks.stream().limit(10).forEach(fb::add);
        return p;
    }
}
