package io.intervu.evaluation.service.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.service.offline.model.RubricModelFitter;
import io.intervu.evaluation.service.rubric.AnswerInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graded answer corpus (src/test/resources/graded-answers/, see its README): questions with
 * their key points and neighbouring questions, and answers graded 1-5 per criterion and overall.
 */
record GradedCorpus(Map<String, Question> questions, List<Answer> answers) {

    static final List<String> AREAS = List.of("backend", "data", "frontend-security", "sre-behavioural");
    /** The grades of an answer, in the fitter's target order. */
    static final List<String> GRADES = RubricModelFitter.TARGETS;
    private static final ObjectMapper JSON = new ObjectMapper();

    record Question(String ref, String area, String use, String type, String difficulty, List<String> topics, List<String> roles,
                    String text, List<String> keyPoints, List<String> neighbours, List<String> misconceptions) {

        AnswerInput input(String answer) {
            return new AnswerInput(type, topics.get(0), difficulty, text, text, "question", keyPoints, roles.get(0), topics,
                    answer, true, null, neighbours, misconceptions);
        }
    }

    record Answer(String id, Question question, String kind, String text, double[] grades) {
        AnswerInput input() {
            return question.input(text);
        }

        double overall() {
            return grades[GRADES.size() - 1];
        }
    }

    static GradedCorpus load() {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (JsonNode q : read("questions.json")) {
            questions.put(q.get("ref").asText(), new Question(q.get("ref").asText(), q.get("area").asText(), q.get("use").asText(),
                    q.get("type").asText(), q.get("difficulty").asText(), strings(q.get("topics")), strings(q.get("roles")),
                    q.get("question").asText(), strings(q.get("keyPoints")), strings(q.get("neighbours")),
                    q.has("misconceptions") ? strings(q.get("misconceptions")) : List.of()));
        }
        List<Answer> answers = new ArrayList<>();
        for (String area : AREAS) {
            for (String line : lines("answers-" + area + ".jsonl")) {
                JsonNode a = parse(line);
                Question q = questions.get(a.get("questionRef").asText());
                if (q == null || !"corpus".equals(q.use())) {
                    throw new IllegalStateException(a.get("id").asText() + " answers no corpus question");
                }
                double[] grades = new double[GRADES.size()];
                for (int i = 0; i < grades.length; i++) {
                    grades[i] = a.get("grades").get(GRADES.get(i)).asDouble();
                }
                answers.add(new Answer(a.get("id").asText(), q, a.get("kind").asText(), a.get("text").asText(), grades));
            }
        }
        return new GradedCorpus(questions, answers);
    }

    static List<JsonNode> adversarial() {
        List<JsonNode> out = new ArrayList<>();
        for (String area : AREAS) {
            read("adversarial-" + area + ".json").forEach(out::add);
        }
        return out;
    }

    private static JsonNode read(String name) {
        return parse(String.join("\n", lines(name)));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String name) {
        try (InputStream in = GradedCorpus.class.getResourceAsStream("/graded-answers/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing graded-answers/" + name);
            }
            List<String> out = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
