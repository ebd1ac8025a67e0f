package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.service.rubric.AnswerInput;
import io.intervu.evaluation.service.rubric.Criterion;
import io.intervu.evaluation.service.rubric.Provenance;
import io.intervu.evaluation.service.rubric.Rubric;
import io.intervu.evaluation.service.rubric.RubricResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The deterministic default evaluator: key-point coverage by embeddings, specificity signals,
 * structure (STAR for behavioural questions), length and filler rate. Every justification quotes
 * the figure it was scored on and a piece of the answer. Same input, same output.
 */
public class OfflineRubricEvaluator {

    public static final Provenance PROVENANCE = new Provenance(Provenance.OFFLINE, SentenceEmbedder.MODEL_NAME, null, null);

    private static final int SHORT_WORDS = 25;
    private static final int ADEQUATE_WORDS = 60;
    private static final int LONG_WORDS = 450;

    private final SentenceEmbedder embedder;

    public OfflineRubricEvaluator(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    public RubricResult evaluate(AnswerInput in) {
        if (!in.speechDetected()) {
            return Rubric.notAnswered(in, "no speech was detected in the recording", PROVENANCE);
        }
        AnswerSignals s = AnswerSignals.of(in.answerText());
        if (s.wordCount == 0 && !s.injectionSuspected()) {
            return Rubric.notAnswered(in, "the answer was empty", PROVENANCE);
        }
        SemanticMeasures m = SemanticMeasures.measure(embedder, s.sentences, s.content, in.questionText(), in.prompt(),
                in.keyPoints());
        double fillerRate = in.fillerRate() != null ? in.fillerRate() : s.fillerRate();

        Criterion relevance = in.behavioural() ? storyRelevance(s, m) : relevance(s, m);
        Criterion depth = in.behavioural() ? storyDepth(s, m) : depth(s, m);
        Criterion clarity = in.behavioural() ? starClarity(s, fillerRate) : clarity(s, fillerRate);
        Criterion role = roleAlignment(in, s, relevance.score(), depth.score());
        Criterion specificity = specificity(in, s);
        List<Criterion> criteria = List.of(relevance, depth, clarity, role, specificity);

        List<String> covered = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (SemanticMeasures.KeyPointMatch k : m.keyPoints()) {
            (k.covered() ? covered : missed).add(k.keyPoint());
        }
        double overall = Rubric.overall(criteria);
        return new RubricResult(true, criteria, overall, overallJustification(overall, criteria, s, m),
                covered, missed, strengths(in, criteria, s, m), improvements(in, criteria, s, m, fillerRate),
                Rubric.outline(in), s.injectionSuspected(), PROVENANCE);
    }

    /**
     * Technical relevance: closeness to the question (topicality) averaged with key-point coverage,
     * because an answer can be on the topic without answering what was asked.
     */
    private static Criterion relevance(AnswerSignals s, SemanticMeasures m) {
        double q = m.questionSimilarity();
        int topicality = q >= 0.60 ? 5 : q >= 0.45 ? 4 : q >= 0.30 ? 3 : q >= 0.18 ? 2 : 1;
        double answering = 1 + 4 * m.coverage();
        int score = (int) Math.round((topicality + answering) / 2);
        if (s.wordCount < 12) {
            score = Math.min(score, 2);
        }
        String closest = bestSentence(s, m);
        String text = score >= 3
                ? String.format(Locale.ROOT, "On the question (similarity %.2f, %d of %d key points at least touched on), e.g. %s.",
                q, m.covered() + m.partial(), m.keyPoints().size(), quote(closest))
                : String.format(Locale.ROOT, "Largely misses the question (similarity %.2f, %d of %d key points touched on); closest: %s.",
                q, m.covered() + m.partial(), m.keyPoints().size(), quote(closest));
        return Rubric.criterion(Rubric.RELEVANCE, score, text);
    }

    /**
     * Behavioural relevance: the question asks for a real story, and sentence embeddings cannot
     * tell whether a story fits "tell me about a time"; so a story (STAR parts told in the first
     * person) counts as answering, and no story caps the score at 2.
     */
    private static Criterion storyRelevance(AnswerSignals s, SemanticMeasures m) {
        int parts = s.starParts();
        double bestKeyPoint = m.keyPoints().stream().mapToDouble(SemanticMeasures.KeyPointMatch::similarity).max().orElse(0);
        int score;
        String text;
        if (parts >= 2 && s.firstPersonCount > 0) {
            score = 1 + Math.min(parts, 3) + (bestKeyPoint >= 0.30 || m.questionSimilarity() >= 0.20 ? 1 : 0);
            text = String.format(Locale.ROOT, "Tells a first-person story (%d of 4 STAR parts; similarity to the question %.2f), e.g. %s.",
                    parts, m.questionSimilarity(), quote(s.sentences.get(0)));
        } else {
            double q = m.questionSimilarity();
            score = q >= 0.45 ? 2 : 1;
            text = String.format(Locale.ROOT, "No specific story (%d of 4 STAR parts, similarity to the question %.2f): %s.",
                    parts, q, quote(s.sentences.isEmpty() ? null : s.sentences.get(0)));
        }
        if (s.wordCount < 12) {
            score = Math.min(score, 2);
        }
        return Rubric.criterion(Rubric.RELEVANCE, score, text);
    }

    /** Behavioural depth: how concrete the example is (STAR completeness, own actions, a measured result, reflection). */
    private static Criterion storyDepth(AnswerSignals s, SemanticMeasures m) {
        double points = 0.5 * s.starParts();
        if (s.ownActions.size() >= 2) {
            points += 1;
        }
        if (s.starResult && !s.numbers.isEmpty()) {
            points += 1;
        }
        if (s.starReflection) {
            points += 1;
        }
        int byStory = 1 + (int) Math.min(4, Math.floor(points));
        int byKeyPoints = (int) Math.round(1 + 4 * m.coverage());
        int score = Math.max(byStory, byKeyPoints);
        score = lengthCap(score, s.wordCount);
        String text = String.format(Locale.ROOT, "Example depth: %d STAR parts, own actions %s, %s, %s; %d of %d key points covered.",
                s.starParts(), s.ownActions.isEmpty() ? "none" : join(s.ownActions, 2),
                s.starResult && !s.numbers.isEmpty() ? "a measured result (" + s.numbers.get(0) + ")" : "no measured result",
                s.starReflection ? "a reflection" : "no reflection", m.covered(), m.keyPoints().size());
        return Rubric.criterion(Rubric.TECHNICAL_DEPTH, score, text);
    }

    private static int lengthCap(int score, int words) {
        if (words < SHORT_WORDS) {
            return Math.min(score, 2);
        }
        if (words < ADEQUATE_WORDS) {
            return Math.min(score, 3);
        }
        return score;
    }

    private static Criterion depth(AnswerSignals s, SemanticMeasures m) {
        double c = m.coverage();
        int score = (int) Math.round(1 + 4 * c);
        if (s.technologies.size() >= 3 && c >= 0.2) {
            score++;
        }
        // Hedging about the facts themselves ("I think", "not sure") is a sign of shaky knowledge.
        if (s.hedges.size() >= 2) {
            score--;
        }
        score = lengthCap(score, s.wordCount);
        SemanticMeasures.KeyPointMatch best = m.keyPoints().stream()
                .max(Comparator.comparingDouble(SemanticMeasures.KeyPointMatch::similarity)).orElse(null);
        String text;
        if (m.keyPoints().isEmpty()) {
            text = "The plan gave no key points for this question; depth judged on length only (" + s.wordCount + " words).";
        } else if (m.covered() + m.partial() == 0) {
            text = String.format(Locale.ROOT, "Covers none of the %d key points; nearest is %s (similarity %.2f).",
                    m.keyPoints().size(), quote(best == null ? null : best.bestSentence()), best == null ? 0 : best.similarity());
        } else {
            SemanticMeasures.KeyPointMatch strongest = best;
            text = String.format(Locale.ROOT, "Covers %d of %d key points (%d more touched on)%s; %s matches \"%s\".",
                    m.covered(), m.keyPoints().size(), m.partial(),
                    s.hedges.size() >= 2 ? ", hedged (" + join(s.hedges, 2) + ")" : "",
                    quote(strongest.bestSentence()), shorten(strongest.keyPoint(), 60));
        }
        return Rubric.criterion(Rubric.TECHNICAL_DEPTH, score, text);
    }

    private static Criterion clarity(AnswerSignals s, double fillerRate) {
        double avg = s.averageSentenceWords();
        int score = 2;
        if (!s.structureMarkers.isEmpty()) {
            score++;
        }
        if (s.structureMarkers.size() >= 3) {
            score++;
        }
        if (avg >= 6 && avg <= 32 && s.sentences.size() >= 2) {
            score++;
        }
        score -= fillerPenalty(fillerRate);
        if (s.wordCount < 15) {
            score = Math.min(score, 2);
        }
        String markers = s.structureMarkers.isEmpty() ? "no structure markers"
                : "structure markers " + String.join(", ", s.structureMarkers.subList(0, Math.min(4, s.structureMarkers.size())));
        return Rubric.criterion(Rubric.CLARITY, score, String.format(Locale.ROOT,
                "%s; %d sentences averaging %.0f words; filler rate %.0f%%.", capitalise(markers), s.sentences.size(), avg, fillerRate * 100));
    }

    private static Criterion starClarity(AnswerSignals s, double fillerRate) {
        int score = 1 + s.starParts();
        if (s.starReflection && score < 5) {
            score++;
        }
        score -= fillerPenalty(fillerRate);
        if (s.wordCount < 15) {
            score = Math.min(score, 2);
        }
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        (s.starSituation ? found : missing).add("situation");
        (s.starTask ? found : missing).add("task");
        (s.starAction ? found : missing).add("action");
        (s.starResult ? found : missing).add("result");
        String text = String.format(Locale.ROOT, "STAR parts found: %s%s%s; filler rate %.0f%%.",
                found.isEmpty() ? "none" : String.join(", ", found),
                missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing),
                s.starReflection ? "; includes a reflection" : "", fillerRate * 100);
        return Rubric.criterion(Rubric.CLARITY, score, text);
    }

    private static int fillerPenalty(double fillerRate) {
        return fillerRate > 0.12 ? 2 : fillerRate > 0.06 ? 1 : 0;
    }

    private static Criterion roleAlignment(AnswerInput in, AnswerSignals s, int relevance, int depth) {
        List<String> mentioned = new ArrayList<>();
        String lower = s.content.toLowerCase(Locale.ROOT);
        List<String> topics = new ArrayList<>(in.focusTopics());
        if (!in.topic().isBlank() && !topics.contains(in.topic())) {
            topics.add(in.topic());
        }
        for (String t : topics) {
            String term = t.toLowerCase(Locale.ROOT).replace('-', ' ');
            if (!term.isBlank() && lower.contains(term)) {
                mentioned.add(t);
            }
        }
        double base = (relevance + depth) / 2.0;
        if (!mentioned.isEmpty() || s.technologies.size() >= 2) {
            base += 0.5;
        }
        base = Math.max(base, 1);
        int score = Math.min((int) Math.floor(base), relevance + 1);
        String role = in.role().isBlank() ? "the role" : in.role();
        String text = String.format(Locale.ROOT, "For %s: %s%s; follows relevance %d and depth %d on this question.",
                role, mentioned.isEmpty() ? "names none of the focus topics" : "names " + String.join(", ", mentioned),
                s.technologies.isEmpty() ? "" : " and " + join(s.technologies, 3), relevance, depth);
        return Rubric.criterion(Rubric.ROLE_ALIGNMENT, score, text);
    }

    private static Criterion specificity(AnswerInput in, AnswerSignals s) {
        double points = 1;
        if (!s.numbers.isEmpty()) {
            points += 1;
        }
        if (!s.technologies.isEmpty()) {
            points += 1;
        }
        if (s.technologies.size() >= 3) {
            points += 0.5;
        }
        if (!s.ownActions.isEmpty()) {
            points += 1;
        } else if (s.firstPersonCount >= 2) {
            points += 0.5;
        }
        if (s.structureMarkers.contains("for example") || s.structureMarkers.contains("for instance")) {
            points += 0.5;
        }
        int score = (int) Math.floor(points);
        if (s.wordCount < SHORT_WORDS) {
            score = Math.min(score, 2);
        }
        List<String> evidence = new ArrayList<>();
        if (!s.numbers.isEmpty()) {
            evidence.add("numbers " + join(s.numbers, 3));
        }
        if (!s.technologies.isEmpty()) {
            evidence.add("named technologies " + join(s.technologies, 4));
        }
        if (!s.ownActions.isEmpty()) {
            evidence.add("own actions " + join(s.ownActions, 2));
        }
        String text = evidence.isEmpty()
                ? "No numbers, named technologies or first-person actions" + (in.behavioural() ? " (\"we\" used " + s.weCount + " times)." : ".")
                : "Evidence: " + String.join("; ", evidence) + ".";
        return Rubric.criterion(Rubric.SPECIFICITY, score, text);
    }

    private static String overallJustification(double overall, List<Criterion> criteria, AnswerSignals s, SemanticMeasures m) {
        Criterion best = criteria.stream().max(Comparator.comparingInt(Criterion::score)).orElseThrow();
        Criterion worst = criteria.stream().min(Comparator.comparingInt(Criterion::score)).orElseThrow();
        String length = s.wordCount < SHORT_WORDS ? "very short (" + s.wordCount + " words)"
                : s.wordCount < ADEQUATE_WORDS ? "short (" + s.wordCount + " words)"
                : s.wordCount > LONG_WORDS ? "long (" + s.wordCount + " words)"
                : "of adequate length (" + s.wordCount + " words)";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%.1f/5 from the weighted rubric: %d of %d key points covered, answer %s; strongest %s (%d), weakest %s (%d).",
                overall, m.covered(), m.keyPoints().size(), length, best.label().toLowerCase(Locale.ROOT), best.score(),
                worst.label().toLowerCase(Locale.ROOT), worst.score()));
        if (s.injectionSuspected()) {
            sb.append(" The answer tried to instruct the evaluator (").append(quote(s.injectionSentences.get(0)))
                    .append("); that was ignored and only the content was scored.");
        }
        return sb.toString();
    }

    private static List<String> strengths(AnswerInput in, List<Criterion> criteria, AnswerSignals s, SemanticMeasures m) {
        List<String> out = new ArrayList<>();
        for (Criterion c : ranked(criteria, true)) {
            if (c.score() < 4 || out.size() == 2) {
                break;
            }
            out.add(switch (c.name()) {
                case Rubric.RELEVANCE -> "Answers the question that was asked.";
                case Rubric.TECHNICAL_DEPTH -> m.keyPoints().stream().filter(SemanticMeasures.KeyPointMatch::covered).findFirst()
                        .map(k -> "Covers key points such as \"" + shorten(k.keyPoint(), 80) + "\".")
                        .orElse("Goes into technical depth.");
                case Rubric.CLARITY -> in.behavioural() ? "Tells the story in a clear STAR structure." : "Well structured and easy to follow.";
                case Rubric.ROLE_ALIGNMENT -> "Connects the answer to what the " + (in.role().isBlank() ? "role" : in.role()) + " role needs.";
                default -> "Backs the answer with evidence: " + (s.numbers.isEmpty() ? "" : "numbers, ")
                        + (s.technologies.isEmpty() ? "" : "named technologies, ") + "own actions.";
            });
        }
        return out;
    }

    private static List<String> improvements(AnswerInput in, List<Criterion> criteria, AnswerSignals s, SemanticMeasures m,
                                             double fillerRate) {
        List<String> out = new ArrayList<>();
        for (Criterion c : ranked(criteria, false)) {
            if (c.score() > 3 || out.size() == 2) {
                break;
            }
            out.add(switch (c.name()) {
                case Rubric.RELEVANCE -> "Address the question directly: " + shorten(in.prompt(), 100);
                case Rubric.TECHNICAL_DEPTH -> m.keyPoints().stream().filter(k -> !k.covered()).findFirst()
                        .map(k -> "Cover the missed key point: \"" + shorten(k.keyPoint(), 90) + "\".")
                        .orElse("Go deeper: explain how it works and the trade-offs.");
                case Rubric.CLARITY -> fillerPenalty(fillerRate) > 0
                        ? String.format(Locale.ROOT, "Cut filler words (%.0f%% of words) and pause instead.", fillerRate * 100)
                        : in.behavioural() ? "Structure the story as Situation, Task, Action, Result."
                        : "Lead with the answer, then the reasons (\"because\") and an example (\"for example\").";
                case Rubric.ROLE_ALIGNMENT -> "Tie the answer to what a " + (in.role().isBlank() ? "person in this role" : in.role())
                        + " does" + (in.topic().isBlank() ? "." : " with " + in.topic() + ".");
                default -> in.behavioural() && s.ownActions.isEmpty()
                        ? "Say what you personally did (\"I ...\") and quantify the result."
                        : "Add evidence: a number, a named technology, or what you personally did.";
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

    private static String bestSentence(AnswerSignals s, SemanticMeasures m) {
        return m.keyPoints().stream().max(Comparator.comparingDouble(SemanticMeasures.KeyPointMatch::similarity))
                .map(SemanticMeasures.KeyPointMatch::bestSentence).orElse(s.sentences.isEmpty() ? null : s.sentences.get(0));
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

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
