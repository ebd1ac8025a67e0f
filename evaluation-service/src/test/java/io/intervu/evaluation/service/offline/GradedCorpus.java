package io.intervu.evaluation.service.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.evaluation.service.offline.model.RubricModelFitter;
import io.intervu.evaluation.AnswerInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

        /** The question as an answer event that carries only its text and key points states it. */
        Question keyPointsOnly() {
            return new Question(ref, area, use, type, difficulty, topics, roles, text, keyPoints, List.of(), List.of());
        }

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

    /** Kind of the answers {@link #offTopic()} derives. */
    static final String OFF_TOPIC = "off-topic";

    /**
     * Answers off the topic, derived from the written ones (none of them written for it): for every corpus question, the
     * concise strong answer of the next question of another knowledge document in the same cross-validation fold, and
     * the average answer of the one after, each asked against this question. A story question takes them from questions
     * answered without a story: any good story shows some of what a behavioural question's key points ask for, so a story
     * told for another behavioural question is not clearly off the topic, and fitting it as such under-rated the stories
     * that fit. Graded by the guide's rule for an answer off the topic: relevance, depth, role alignment and overall 1;
     * clarity and specificity keep the text's own grades (as for answers to a neighbouring question). Staying inside the
     * fold keeps their text out of the weights that score them (only the inner choice of the fit's settings, which
     * deals the training questions anew, may see one text on both sides).
     */
    List<Answer> offTopic() {
        List<String> refs = answers.stream().map(a -> a.question().ref()).distinct().sorted().toList();
        Map<String, Integer> fold = RubricModelFitter.folds(refs, RubricModelFitter.FOLDS);
        List<Answer> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            List<String> others = new ArrayList<>();
            for (int j = 1; j < refs.size() && others.size() < 2; j++) {
                String other = refs.get((i + j) % refs.size());
                if (fold.get(other).equals(fold.get(ref)) && !document(other).equals(document(ref))
                        && !(story(ref) && story(other))) {
                    others.add(other);
                }
            }
            List<String> kinds = List.of("concise-strong", "average");
            for (int k = 0; k < others.size(); k++) {
                Answer source = answerOf(others.get(k), kinds.get(k));
                double[] grades = new double[GRADES.size()];
                Arrays.fill(grades, 1);
                for (String kept : List.of("clarity", "specificity")) {
                    grades[GRADES.indexOf(kept)] = source.grades()[GRADES.indexOf(kept)];
                }
                out.add(new Answer(OFF_TOPIC + "-" + ref + "-" + source.id(), questions.get(ref), OFF_TOPIC, source.text(), grades));
            }
        }
        return out;
    }

    private Answer answerOf(String ref, String kind) {
        return answers.stream().filter(a -> a.question().ref().equals(ref) && a.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException(ref + " has no " + kind + " answer"));
    }

    /** A question answered with a story (behavioural, project deep-dive). */
    private boolean story(String ref) {
        return questions.get(ref).input("").story();
    }

    /** The knowledge document of a question: its ref without the number (all project deep-dives count as one). */
    private static String document(String ref) {
        return ref.substring(0, ref.lastIndexOf('-'));
    }

    static List<JsonNode> adversarial() {
        List<JsonNode> out = new ArrayList<>();
        for (String area : AREAS) {
            read("adversarial-" + area + ".json").forEach(out::add);
        }
        return out;
    }

    /**
     * An independent hold-out ({@code holdout-bands-<n>.json}): questions no other file uses, each with a strong, an
     * average, a weak and an off-topic answer, written without sight of the evaluator or the corpus.
     */
    static JsonNode holdoutBands(String file) {
        return read(file);
    }

    /** A question as the hold-out file states it (the same fields as {@code questions.json}). */
    static Question question(JsonNode q) {
        return new Question(q.get("questionRef").asText(), q.get("document").asText(), "holdout", q.get("type").asText(),
                q.get("difficulty").asText(), strings(q.get("topics")), strings(q.get("roles")), q.get("question").asText(),
                strings(q.get("keyPoints")), strings(q.get("neighbours")), strings(q.get("misconceptions")));
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
