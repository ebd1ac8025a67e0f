package io.intervu.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The five criteria, their labels and weights, and the parts every evaluator shares. */
public final class Rubric {

    public static final String RELEVANCE = "relevance";
    public static final String TECHNICAL_DEPTH = "technicalDepth";
    public static final String CLARITY = "clarity";
    public static final String ROLE_ALIGNMENT = "roleAlignment";
    public static final String SPECIFICITY = "specificity";

    /** Criterion order is the published order and the tie-break order everywhere. */
    public static final List<String> CRITERIA = List.of(RELEVANCE, TECHNICAL_DEPTH, CLARITY, ROLE_ALIGNMENT, SPECIFICITY);

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Map<String, Double> WEIGHTS = new LinkedHashMap<>();

    static {
        LABELS.put(RELEVANCE, "Relevance");
        LABELS.put(TECHNICAL_DEPTH, "Technical accuracy and depth");
        LABELS.put(CLARITY, "Clarity and structure");
        LABELS.put(ROLE_ALIGNMENT, "Alignment with the role");
        LABELS.put(SPECIFICITY, "Specificity and evidence");
        // Substance (relevance, depth) weighs most; style alone cannot lift an answer.
        WEIGHTS.put(RELEVANCE, 0.20);
        WEIGHTS.put(TECHNICAL_DEPTH, 0.30);
        WEIGHTS.put(CLARITY, 0.15);
        WEIGHTS.put(ROLE_ALIGNMENT, 0.15);
        WEIGHTS.put(SPECIFICITY, 0.20);
    }

    private Rubric() {
    }

    public static String label(String criterion) {
        return LABELS.getOrDefault(criterion, criterion);
    }

    public static Criterion criterion(String name, int score, String justification) {
        return new Criterion(name, label(name), clamp(score), justification);
    }

    public static int clamp(long score) {
        return (int) onScale(score);
    }

    /** A score brought onto the rubric's 1-5 scale. */
    public static double onScale(double score) {
        return Math.max(1, Math.min(5, score));
    }

    /**
     * Weighted mean of the criteria, one decimal. An answer that is not relevant cannot score well
     * however polished it is: the overall is capped half a point above relevance.
     */
    public static double overall(List<Criterion> criteria) {
        double sum = 0;
        double weights = 0;
        int relevance = 5;
        for (Criterion c : criteria) {
            double w = WEIGHTS.getOrDefault(c.name(), 0.0);
            sum += w * c.score();
            weights += w;
            if (RELEVANCE.equals(c.name())) {
                relevance = c.score();
            }
        }
        double mean = weights == 0 ? 1 : sum / weights;
        if (relevance <= 2) {
            mean = Math.min(mean, relevance + 0.5);
        }
        return round1(mean);
    }

    public static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }

    /** The explicit result for a turn without an answer: every criterion 1, every key point missed. */
    public static RubricResult notAnswered(AnswerInput input, String reason, Provenance provenance) {
        List<Criterion> criteria = new ArrayList<>();
        for (String name : CRITERIA) {
            criteria.add(criterion(name, 1, "Not answered: " + reason + "."));
        }
        return new RubricResult(false, criteria, 1.0, "Not answered: " + reason + ", so nothing could be scored.",
                List.of(), input.keyPoints(), List.of(),
                List.of("Give an answer, even a partial one: say what you know and how you would find out the rest."),
                outline(input), false, provenance);
    }

    /**
     * An answer that says the candidate does not know (or only tries to instruct the grader): it was
     * given, so it counts as answered, but nothing in it can earn a point.
     */
    public static RubricResult nothingToGrade(AnswerInput input, String why, boolean injection, Provenance provenance) {
        List<Criterion> criteria = new ArrayList<>();
        for (String name : CRITERIA) {
            criteria.add(criterion(name, 1, "Nothing to grade: " + why + "."));
        }
        return new RubricResult(true, criteria, 1.0, "1.0/5: " + why + ", so no criterion could earn a point.",
                List.of(), input.keyPoints(), List.of(),
                List.of("Saying what you do know helps: the idea behind it, a related experience, or how you would find out."),
                outline(input), injection, provenance);
    }

    /** A short outline of a strong answer, built from the plan's key points. */
    public static String outline(AnswerInput input) {
        StringBuilder sb = new StringBuilder();
        if (input.behavioural()) {
            sb.append("Use STAR: a brief situation, your own task, the actions you personally took, a measurable result and what you learned.");
        } else {
            sb.append("Answer the question directly first, then explain how it works, the trade-offs, and a concrete example from your own work.");
        }
        if (!input.keyPoints().isEmpty()) {
            sb.append(" Cover: ");
            for (int i = 0; i < input.keyPoints().size(); i++) {
                if (i > 0) {
                    sb.append("; ");
                }
                sb.append(input.keyPoints().get(i));
            }
            sb.append('.');
        }
        return sb.toString();
    }
}
