package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.service.offline.model.RubricModel;
import io.intervu.evaluation.AnswerInput;
import io.intervu.evaluation.Criterion;
import io.intervu.evaluation.Rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explains the fitted model's scores in words: for each criterion the evidence that raised it most
 * and the evidence that held it back most, each with its figure and a quote from the answer. The
 * features are grouped into things a candidate recognises; what a group adds is the score minus the
 * score with that group's features at the corpus average.
 */
final class Justifications {

    /** Evidence groups, in the order they are preferred when contributions tie. */
    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("coverage", List.of("kpBestMean", "kpTopMean", "kpLexical", "kpLexicalTop", "kpLift", "kpDistinct", "kpHybrid",
                "kpHybridTop", "kpTop3", "softRecall", "softRecallTop", "modelAnswerSim", "modelAnswerLift", "wholeToKeyPoints"));
        GROUPS.put("relevance", List.of("questionSim", "neighbourMargin", "neighbourCloser"));
        GROUPS.put("focus", List.of("sentenceFocus"));
        GROUPS.put("length", List.of("logWords", "excessLength", "shortness"));
        GROUPS.put("form", List.of("functionWordRatio", "commaRate", "listLike", "commaExcess"));
        GROUPS.put("hedging", List.of("hedges"));
        GROUPS.put("sweeping", List.of("absolutes"));
        GROUPS.put("concrete", List.of("numbers", "identifiers", "examples"));
        GROUPS.put("explanation", List.of("connectives"));
        GROUPS.put("ownership", List.of("ownActions"));
        GROUPS.put("story", List.of("story", "storyParts", "storyReflection", "storyMeasuredResult", "storyRedFlags", "storyPastActions"));
        GROUPS.put("delivery", List.of("fillerRate"));
        GROUPS.put("misconception", List.of("misconceptionBest", "misconceptionMargin", "misconceptionMeanMargin", "misconceptionWords"));
    }

    private static final double NOTABLE = 0.04;

    /** The evidence group that explains a feature, or null. */
    static String groupOf(String feature) {
        return GROUPS.entrySet().stream().filter(e -> e.getValue().contains(feature)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private final AnswerInput in;
    private final AnswerFeatures f;
    private final RubricModel model;
    /** Per target, what each evidence group adds (GROUPS order); computed on first use, for all targets at once. */
    private Map<String, double[]> contributions;

    Justifications(AnswerInput in, AnswerFeatures f, RubricModel model) {
        this.in = in;
        this.f = f;
        this.model = model;
    }

    String criterion(String name, double raw) {
        Map<String, Double> byGroup = groupContributions(name);
        String up = byGroup.entrySet().stream().filter(e -> e.getValue() > NOTABLE).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        String down = byGroup.entrySet().stream().filter(e -> e.getValue() < -NOTABLE).min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.1f from the fitted rubric", raw));
        if (up != null) {
            sb.append("; raised by ").append(evidence(up, true));
        }
        if (down != null) {
            sb.append("; held back by ").append(evidence(down, false));
        }
        if (up == null && down == null) {
            sb.append("; close to the typical answer: ").append(evidence("coverage", true));
        }
        return sb.append('.').toString();
    }

    private Map<String, Double> groupContributions(String target) {
        if (contributions == null) {
            List<List<Integer>> groups = GROUPS.values().stream()
                    .map(names -> names.stream().map(AnswerFeatures.NAMES::indexOf).toList()).toList();
            contributions = model.contributions(f.values(), groups);
        }
        double[] byGroup = contributions.get(target);
        Map<String, Double> out = new LinkedHashMap<>();
        int g = 0;
        for (String group : GROUPS.keySet()) {
            out.put(group, byGroup[g++]);
        }
        return out;
    }

    private String evidence(String group, boolean raised) {
        AnswerSignals s = f.signals();
        return switch (group) {
            case "coverage" -> coverage();
            case "relevance" -> f.neighbourBest() == null
                    ? String.format(Locale.ROOT, "closeness to the question (%.2f)", f.questionSimilarity())
                    : f.questionSimilarity() >= f.neighbourSimilarity()
                    ? String.format(Locale.ROOT, "answering this question (closeness %.2f) rather than a neighbouring one (%.2f)",
                    f.questionSimilarity(), f.neighbourSimilarity())
                    : String.format(Locale.ROOT, "reading more like an answer to %s (closeness %.2f) than to this question (%.2f)",
                    quote(f.neighbourBest()), f.neighbourSimilarity(), f.questionSimilarity());
            case "focus" -> String.format(Locale.ROOT, "how closely its sentences stay on the key points (mean closeness %.2f)",
                    f.value("sentenceFocus"));
            case "length" -> f.words() + " words";
            case "form" -> String.format(Locale.ROOT, "%s (%.0f%% function words)",
                    f.value("functionWordRatio") < 0.25 ? "reading as a list of terms" : "explaining in full sentences",
                    100 * f.value("functionWordRatio"));
            case "hedging" -> s.hedges.isEmpty() ? "no hedging" : "hedging (" + join(s.hedges, 2) + ")";
            case "sweeping" -> s.absolutes.isEmpty() ? "no sweeping claims"
                    : "sweeping claims (" + join(s.absolutes, 3) + "), which often mark a misconception";
            case "concrete" -> concrete(s);
            case "explanation" -> s.connectives.isEmpty() ? "no reasons given (no \"because\", \"so that\" …)"
                    : "giving reasons (" + join(s.connectives, 3) + ")";
            case "ownership" -> s.ownActions.isEmpty() ? "no first-person actions" : "own actions (" + join(s.ownActions, 2) + ")";
            case "story" -> story(s);
            case "misconception" -> misconception(raised);
            default -> String.format(Locale.ROOT, "filler rate %.0f%%", 100 * f.value("fillerRate"));
        };
    }

    private String coverage() {
        long covered = f.keyPoints().stream().filter(k -> k.similarity() >= model.coveredSimilarity()).count();
        AnswerFeatures.KeyPointEvidence best = f.keyPoints().stream()
                .max(Comparator.comparingDouble(AnswerFeatures.KeyPointEvidence::similarity)).orElse(null);
        if (best == null) {
            return "key points (the plan gave none)";
        }
        return String.format(Locale.ROOT, "covering %d of %d key points (closest: %s for \"%s\", %.2f)", covered,
                f.keyPoints().size(), quote(best.quote()), shorten(best.keyPoint(), 60), best.similarity());
    }

    private String misconception(boolean raised) {
        AnswerFeatures.MisconceptionEvidence m = f.misconception();
        if (m == null) {
            return "no known misconceptions to compare with";
        }
        return !raised
                ? String.format(Locale.ROOT, "%s reading like the known misconception \"%s\" (%.2f)", quote(m.quote()),
                shorten(m.misconception(), 70), m.similarity())
                : String.format(Locale.ROOT, "little resemblance to the known misconceptions (nearest %.2f)",
                m.similarity());
    }

    private static String concrete(AnswerSignals s) {
        List<String> parts = new ArrayList<>();
        if (!s.numbers.isEmpty()) {
            parts.add("numbers " + join(s.numbers, 3));
        }
        if (!s.identifiers.isEmpty()) {
            parts.add("named settings or types " + join(s.identifiers, 3));
        }
        if (!s.examples.isEmpty()) {
            parts.add("an example (" + s.examples.get(0) + ")");
        }
        return parts.isEmpty() ? "no concrete details (no numbers, named settings or examples)" : "concrete details: " + String.join("; ", parts);
    }

    private static String story(AnswerSignals s) {
        List<String> found = new ArrayList<>();
        if (s.starSituation) {
            found.add("situation");
        }
        if (s.starTask) {
            found.add("task");
        }
        if (s.starAction) {
            found.add("action");
        }
        if (s.starResult) {
            found.add("result");
        }
        return "STAR parts " + (found.isEmpty() ? "none" : String.join(", ", found))
                + (s.starReflection ? ", a reflection" : ", no reflection")
                + (s.starResult && !s.numbers.isEmpty() ? ", a measured result (" + s.numbers.get(0) + ")" : "")
                + (s.storyRedFlags.isEmpty() ? "" : ", warning signs (" + join(s.storyRedFlags, 2) + ")");
    }

    String overall(double overall, List<Criterion> criteria, int covered, InjectionDetector.Screened screened) {
        Criterion best = criteria.stream().max(Comparator.comparingInt(Criterion::score)).orElseThrow();
        Criterion worst = criteria.stream().min(Comparator.comparingInt(Criterion::score)).orElseThrow();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%.1f/5 from the fitted offline rubric: %d of %d key points covered, %d words; strongest %s (%d), weakest %s (%d). "
                        + "Typical difference from a human grader: %.2f.",
                overall, covered, f.keyPoints().size(), f.words(), best.label().toLowerCase(Locale.ROOT), best.score(),
                worst.label().toLowerCase(Locale.ROOT), worst.score(), model.typicalError()));
        if (screened.suspected()) {
            sb.append(" The answer tried to instruct the evaluator (").append(quote(screened.removed().get(0)))
                    .append("); that was ignored and only the content was scored.");
        }
        return sb.toString();
    }

    List<String> strengths(List<Criterion> criteria) {
        List<String> out = new ArrayList<>();
        for (Criterion c : ranked(criteria, true)) {
            if (c.score() < 4 || out.size() == 2) {
                break;
            }
            out.add(switch (c.name()) {
                case Rubric.RELEVANCE -> "Answers the question that was asked.";
                case Rubric.TECHNICAL_DEPTH -> f.keyPoints().stream().filter(k -> k.similarity() >= model.coveredSimilarity())
                        .findFirst().map(k -> "Covers key points such as \"" + shorten(k.keyPoint(), 80) + "\".")
                        .orElse("Goes into depth.");
                case Rubric.CLARITY -> in.story() ? "Tells the story in a clear order." : "Clear and easy to follow.";
                case Rubric.ROLE_ALIGNMENT -> "Shows what the " + (in.role().isBlank() ? "role" : in.role()) + " role needs here.";
                default -> "Backs the answer with " + concrete(f.signals()) + ".";
            });
        }
        return out;
    }

    List<String> improvements(List<Criterion> criteria, List<String> missed) {
        List<String> out = new ArrayList<>();
        for (Criterion c : ranked(criteria, false)) {
            if (c.score() > 3 || out.size() == 2) {
                break;
            }
            out.add(switch (c.name()) {
                case Rubric.RELEVANCE -> "Address the question directly: " + shorten(in.prompt(), 100);
                case Rubric.TECHNICAL_DEPTH -> missed.isEmpty() ? "Go deeper: explain how it works and the trade-offs."
                        : "Cover the missed key point: \"" + shorten(missed.get(0), 90) + "\".";
                case Rubric.CLARITY -> f.value("functionWordRatio") < 0.25
                        ? "Explain in full sentences: what it is, why it matters, and an example."
                        : in.story() ? "Structure the story as Situation, Task, Action, Result and what you learned."
                        : "Lead with the answer, then the reasons (\"because\") and an example (\"for example\").";
                case Rubric.ROLE_ALIGNMENT -> "Tie the answer to what a " + (in.role().isBlank() ? "person in this role" : in.role())
                        + " does" + (in.topic().isBlank() ? "." : " with " + in.topic() + ".");
                default -> in.story() && f.signals().ownActions.isEmpty()
                        ? "Say what you personally did (\"I ...\") and quantify the result."
                        : "Add evidence: a number, a named setting or tool, or what you personally did.";
            });
        }
        return out;
    }

    /** Criteria by score (descending for strengths, ascending for improvements), ties in rubric order. */
    private static List<Criterion> ranked(List<Criterion> criteria, boolean best) {
        Comparator<Criterion> byScore = Comparator.comparingInt(Criterion::score);
        Comparator<Criterion> order = (best ? byScore.reversed() : byScore)
                .thenComparingInt(c -> Rubric.CRITERIA.indexOf(c.name()));
        return criteria.stream().sorted(order).toList();
    }

    static String quote(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return "(no sentence)";
        }
        return "\"" + shorten(sentence, 70) + "\"";
    }

    static String shorten(String text, int max) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    private static String join(List<String> items, int max) {
        return String.join(", ", items.subList(0, Math.min(max, items.size())));
    }
}
