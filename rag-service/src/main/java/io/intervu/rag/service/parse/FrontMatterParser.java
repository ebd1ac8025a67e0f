package io.intervu.rag.service.parse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.intervu.rag.KnowledgeQuestion;
import io.intervu.rag.service.parse.InvalidDocumentException.Flaw;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the YAML front matter of a knowledge document (between the first two {@code ---} lines):
 * title, topics, roles, summary and questions with type, difficulty, key points and (optionally)
 * one probe per key point and the misconceptions candidates typically state.
 */
public class FrontMatterParser {

    static final int MAX_FRONT_MATTER_CHARS = 200_000;
    private static final Set<String> TYPES = Set.of("technical", "scenario", "behavioural");
    private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");
    /** Bounds on a question's misconceptions: the evaluator embeds each with every answer, so they stay few and short. */
    static final int MAX_MISCONCEPTIONS = 8;
    static final int MAX_MISCONCEPTION_CHARS = 400;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true);

    /** The front matter and the Markdown after it, or null when the text has no front matter. */
    public record Split(String yaml, String body) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FrontMatter(String title, List<String> topics, List<String> roles, String summary, List<RawQuestion> questions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawQuestion(String id, String type, String difficulty, String question, List<String> keyPoints, List<String> probes,
                       List<String> misconceptions) {
    }

    public record Metadata(String title, String summary, List<String> topics, List<String> roles, List<KnowledgeQuestion> questions) {
    }

    public static Split split(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first >= lines.length || !lines[first].strip().equals("---")) {
            return null;
        }
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(first + 1, i));
                String body = String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
                return new Split(yaml, body);
            }
        }
        throw invalid("The front matter starts with '---' but has no closing '---' line.");
    }

    public Metadata parse(String yamlText) {
        if (yamlText.length() > MAX_FRONT_MATTER_CHARS) {
            throw invalid("The front matter is larger than " + MAX_FRONT_MATTER_CHARS + " characters.");
        }
        FrontMatter fm;
        try {
            fm = yaml.readValue(yamlText, FrontMatter.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw invalid("The front matter is not valid YAML for a knowledge document" + where + ": " + e.getOriginalMessage());
        }
        if (fm == null) {
            throw invalid("The front matter is empty.");
        }
        List<KnowledgeQuestion> questions = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        List<RawQuestion> raw = fm.questions() == null ? List.of() : fm.questions();
        for (int i = 0; i < raw.size(); i++) {
            RawQuestion q = raw.get(i);
            String at = "questions[" + i + "]";
            if (q == null || blank(q.id()) || blank(q.question())) {
                throw invalid(at + " needs an id and a question.");
            }
            String type = lower(q.type());
            String difficulty = lower(q.difficulty());
            if (!TYPES.contains(type)) {
                throw invalid(at + " (" + q.id() + ") has type '" + q.type() + "'; expected one of " + TYPES + ".");
            }
            if (!DIFFICULTIES.contains(difficulty)) {
                throw invalid(at + " (" + q.id() + ") has difficulty '" + q.difficulty() + "'; expected one of " + DIFFICULTIES + ".");
            }
            List<String> keyPoints = clean(q.keyPoints(), false);
            if (keyPoints.isEmpty()) {
                throw invalid(at + " (" + q.id() + ") has no keyPoints.");
            }
            List<String> probes = probes(at + " (" + q.id() + ")", q.keyPoints(), q.probes());
            List<String> misconceptions = misconceptions(at + " (" + q.id() + ")", q.misconceptions());
            if (!refs.add(q.id().strip())) {
                throw invalid("The question id '" + q.id() + "' appears twice.");
            }
            questions.add(new KnowledgeQuestion(q.id().strip(), type, difficulty, q.question().strip(), keyPoints, probes,
                    misconceptions));
        }
        return new Metadata(blank(fm.title()) ? null : fm.title().strip(), blank(fm.summary()) ? null : fm.summary().strip(),
                tags(fm.topics()), tags(fm.roles()), questions);
    }

    /**
     * The probes aligned with the cleaned key points: optional, but when present exactly one non-blank probe per
     * key point as written (probes[i] probes keyPoints[i]), so a missing or extra line cannot shift the pairing.
     */
    private static List<String> probes(String at, List<String> rawKeyPoints, List<String> rawProbes) {
        if (rawProbes == null) {
            return List.of();
        }
        if (rawProbes.size() != rawKeyPoints.size()) {
            throw invalid(at + " has " + rawProbes.size() + " probes for " + rawKeyPoints.size() + " keyPoints; expected one probe per key point.");
        }
        List<String> probes = new ArrayList<>();
        Set<String> keyPointsSeen = new HashSet<>();
        for (int k = 0; k < rawProbes.size(); k++) {
            String probe = rawProbes.get(k);
            if (blank(probe)) {
                throw invalid(at + " has an empty probe for key point " + (k + 1) + ".");
            }
            String keyPoint = rawKeyPoints.get(k);
            // the same filtering as the key points (blank and repeated ones are dropped), so the lists stay aligned
            if (!blank(keyPoint) && keyPointsSeen.add(keyPoint.strip())) {
                probes.add(probe.strip());
            }
        }
        return List.copyOf(probes);
    }

    /**
     * The confident wrong claims a candidate typically makes on the question: optional, blank entries dropped, at
     * most {@link #MAX_MISCONCEPTIONS} of at most {@link #MAX_MISCONCEPTION_CHARS} characters each. Unlike probes they
     * are not paired with the key points, so nothing has to stay aligned.
     */
    private static List<String> misconceptions(String at, List<String> raw) {
        List<String> misconceptions = clean(raw, false);
        if (misconceptions.size() > MAX_MISCONCEPTIONS) {
            throw invalid(at + " has " + misconceptions.size() + " misconceptions; at most " + MAX_MISCONCEPTIONS + " are allowed.");
        }
        for (int m = 0; m < misconceptions.size(); m++) {
            if (misconceptions.get(m).length() > MAX_MISCONCEPTION_CHARS) {
                throw invalid(at + " has misconception " + (m + 1) + " longer than " + MAX_MISCONCEPTION_CHARS + " characters.");
            }
        }
        return misconceptions;
    }

    /** Tags are compared case-insensitively, so they are stored lower-case and de-duplicated. */
    public static List<String> tags(List<String> values) {
        return clean(values, true);
    }

    private static List<String> clean(List<String> values, boolean asTag) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> asTag ? v.toLowerCase(Locale.ROOT) : v).distinct().toList();
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static InvalidDocumentException invalid(String detail) {
        return new InvalidDocumentException(Flaw.UNUSABLE, "invalid-front-matter", "Invalid front matter", detail);
    }
}
