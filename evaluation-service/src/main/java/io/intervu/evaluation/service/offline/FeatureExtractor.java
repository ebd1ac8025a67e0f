package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.AnswerInput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns an answer (already screened for injection attempts) into {@link AnswerFeatures}. Its spans
 * ({@link AnswerText}: sentences, pairs, windows) and the whole are encoded in one call; question,
 * key points, neighbouring questions and single words come from the embedder's caches.
 */
public final class FeatureExtractor {

    private final SentenceEmbedder embedder;

    public FeatureExtractor(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** {@code planStems}: content stems of the question and its key points. */
    public AnswerFeatures extract(AnswerInput in, List<String> contentSentences, Set<String> planStems) {
        AnswerText text = AnswerText.of(contentSentences);
        AnswerSignals signals = AnswerSignals.of(contentSentences);
        List<String> units = new ArrayList<>(text.spans);
        if (units.size() != 1) {
            units.add(text.canonical.isBlank() ? "." : text.canonical);
        }
        List<float[]> unitVectors = embedder.embed(units);
        float[] whole = unitVectors.get(unitVectors.size() - 1);
        int spanCount = text.spans.size();

        List<String> keyPoints = in.keyPoints();
        List<String> plan = new ArrayList<>(keyPoints);
        plan.add(in.questionText());
        plan.add(in.prompt());
        plan.addAll(in.neighbourQuestions());
        // The key points read together are a compact model answer; what a good answer should resemble as a whole.
        String modelAnswer = String.join(". ", keyPoints);
        plan.add(modelAnswer.isBlank() ? in.questionText() : modelAnswer);
        int firstMisconception = plan.size();
        plan.addAll(in.misconceptions());
        List<float[]> planVectors = embedder.embedCached(plan);
        int k = keyPoints.size();
        float[] modelAnswerVector = planVectors.get(firstMisconception - 1);

        Set<String> stems = Lexicon.contentStems(text.canonical);
        List<Set<String>> spanStems = new ArrayList<>();
        for (String span : text.spans) {
            spanStems.add(Lexicon.contentStems(span));
        }
        List<AnswerFeatures.KeyPointEvidence> evidence = new ArrayList<>();
        double[] best = new double[k];
        double[] lexical = new double[k];
        double[] hybrid = new double[k];
        double[] lift = new double[k];
        Set<Integer> bestSpans = new java.util.HashSet<>();
        for (int i = 0; i < k; i++) {
            Set<String> pointStems = Lexicon.contentStems(keyPoints.get(i));
            int bestSpan = -1;
            double bestSim = 0;
            for (int u = 0; u < spanCount; u++) {
                double sim = SentenceEmbedder.cosine(planVectors.get(i), unitVectors.get(u));
                if (bestSpan < 0 || sim > bestSim) {
                    bestSim = sim;
                    bestSpan = u;
                }
                hybrid[i] = Math.max(hybrid[i], sim + 0.5 * Lexicon.overlap(pointStems, spanStems.get(u)));
            }
            best[i] = Math.max(0, bestSim);
            lift[i] = best[i] - SentenceEmbedder.cosine(planVectors.get(i), planVectors.get(k));
            if (bestSpan >= 0) {
                bestSpans.add(bestSpan);
            }
            lexical[i] = Lexicon.overlap(pointStems, stems);
            evidence.add(new AnswerFeatures.KeyPointEvidence(keyPoints.get(i), best[i],
                    bestSpan < 0 ? null : text.spans.get(bestSpan)));
        }

        double questionSim = Math.max(SentenceEmbedder.cosine(whole, planVectors.get(k)),
                SentenceEmbedder.cosine(whole, planVectors.get(k + 1)));
        double neighbourSim = Double.NaN;
        String neighbourBest = null;
        for (int j = 0; j < in.neighbourQuestions().size(); j++) {
            double sim = SentenceEmbedder.cosine(whole, planVectors.get(k + 2 + j));
            if (Double.isNaN(neighbourSim) || sim > neighbourSim) {
                neighbourSim = sim;
                neighbourBest = in.neighbourQuestions().get(j);
            }
        }

        List<String> words = Lexicon.words(text.canonical);
        int n = words.size();
        double[] v = new double[AnswerFeatures.NAMES.size()];
        int f = 0;
        v[f++] = mean(best);
        v[f++] = topHalfMean(best);
        v[f++] = mean(lexical);
        v[f++] = topHalfMean(lexical);
        v[f++] = questionSim;
        v[f++] = Double.isNaN(neighbourSim) ? Double.NaN : questionSim - neighbourSim;
        v[f++] = sentenceFocus(text, unitVectors, planVectors, k);
        v[f++] = Math.log1p(n);
        v[f++] = Math.max(0, Math.log(Math.max(1, n) / 120.0));
        v[f++] = n == 0 ? 0 : words.stream().filter(Lexicon.FUNCTION_WORDS::contains).count() / (double) n;
        v[f++] = n == 0 ? 0 : Math.min(0.5, commas(signals.sentences) / (double) n);
        v[f++] = Math.min(3, signals.hedges.size());
        v[f++] = Math.min(4, signals.numbers.size());
        v[f++] = Math.min(4, signals.identifiers.size());
        v[f++] = Math.min(5, signals.connectives.size());
        v[f++] = Math.min(2, signals.examples.size());
        v[f++] = Math.min(4, signals.ownActions.size());
        boolean story = in.story();
        v[f++] = story ? 1 : 0;
        v[f++] = story ? signals.starParts() : 0;
        v[f++] = story && signals.starReflection ? 1 : 0;
        v[f++] = story && signals.starResult && !signals.numbers.isEmpty() ? 1 : 0;
        v[f++] = in.fillerRate() != null ? in.fillerRate() : signals.fillerRate();
        v[f++] = mean(lift);
        v[f++] = k == 0 ? 0 : bestSpans.size() / (double) k;
        v[f++] = mean(hybrid);
        v[f++] = topHalfMean(hybrid);
        v[f++] = n == 0 ? 0 : Math.min(10, 100.0 * signals.absolutes.size() / n);
        v[f++] = story ? Math.min(3, signals.storyRedFlags.size()) : 0;
        v[f++] = story ? Math.min(6, signals.pastActions) : 0;
        v[f++] = Math.max(0, Math.log(35.0 / Math.max(1, n)));
        v[f++] = Double.isNaN(neighbourSim) ? Double.NaN : Math.max(0, neighbourSim - questionSim);
        double modelAnswerSim = SentenceEmbedder.cosine(whole, modelAnswerVector);
        v[f++] = modelAnswerSim;
        v[f++] = modelAnswerSim - SentenceEmbedder.cosine(planVectors.get(k), modelAnswerVector);
        double[] wholeToPoint = new double[k];
        for (int i = 0; i < k; i++) {
            wholeToPoint[i] = SentenceEmbedder.cosine(whole, planVectors.get(i));
        }
        v[f++] = mean(wholeToPoint);
        v[f++] = top3Mean(best);
        double[] soft = softRecall(keyPoints, text.canonical);
        v[f++] = mean(soft);
        v[f++] = topHalfMean(soft);
        AnswerFeatures.MisconceptionEvidence misconception = misconceptions(in, text, stems, planStems, unitVectors,
                planVectors, k, firstMisconception, v, f);
        f += 4;
        // Hinges: a list of terms has almost no function words and a comma every few words; dense but explained
        // prose has fewer function words than chat, and should not pay for it the way a list does.
        double functionWords = v[AnswerFeatures.NAMES.indexOf("functionWordRatio")];
        v[f++] = Math.max(0, 0.2 - functionWords) / 0.2;
        v[f++] = Math.max(0, v[AnswerFeatures.NAMES.indexOf("commaRate")] - 0.15);
        return new AnswerFeatures(v, List.copyOf(evidence), signals, n, questionSim, neighbourBest, neighbourSim, misconception);
    }

    /**
     * Closeness to the question's known misconceptions, written into the last four features (NaN when the question
     * lists none). Each misconception is paired with the key point it is closest to (the point it gets wrong); a part
     * of the answer that is closer to the misconception than to its key point reads as the wrong claim. Features: the
     * best match; the largest such margin; the mean over misconceptions of their largest margin; and the share of the
     * misconceptions' own words (those not in the question or key points) that the answer uses.
     */
    private static AnswerFeatures.MisconceptionEvidence misconceptions(AnswerInput in, AnswerText text, Set<String> answerStems,
                                                                      Set<String> planStems, List<float[]> unitVectors,
                                                                      List<float[]> planVectors,
                                                                      int keyPoints, int first, double[] v, int f) {
        int count = in.misconceptions().size();
        if (count == 0 || text.spans.isEmpty() || keyPoints == 0) {
            for (int j = f; j < f + 4; j++) {
                v[j] = count == 0 ? Double.NaN : 0;
            }
            return null;
        }
        double best = -1;
        double bestMargin = Double.NEGATIVE_INFINITY;
        double marginSum = 0;
        double ownWords = 0;
        int bestSpan = 0;
        int bestMisconception = 0;
        for (int m = 0; m < count; m++) {
            float[] wrong = planVectors.get(first + m);
            int pair = 0;
            for (int p = 1; p < keyPoints; p++) {
                if (SentenceEmbedder.cosine(wrong, planVectors.get(p)) > SentenceEmbedder.cosine(wrong, planVectors.get(pair))) {
                    pair = p;
                }
            }
            double margin = Double.NEGATIVE_INFINITY;
            for (int u = 0; u < text.spans.size(); u++) {
                double sim = SentenceEmbedder.cosine(wrong, unitVectors.get(u));
                double d = sim - SentenceEmbedder.cosine(planVectors.get(pair), unitVectors.get(u));
                margin = Math.max(margin, d);
                if (sim > best) {
                    best = sim;
                }
                if (d > bestMargin) {
                    bestMargin = d;
                    bestSpan = u;
                    bestMisconception = m;
                }
            }
            marginSum += margin;
            Set<String> own = new java.util.HashSet<>(Lexicon.contentStems(in.misconceptions().get(m)));
            own.removeAll(planStems);
            ownWords = Math.max(ownWords, Lexicon.overlap(own, answerStems));
        }
        v[f] = best;
        v[f + 1] = bestMargin;
        v[f + 2] = marginSum / count;
        v[f + 3] = ownWords;
        return new AnswerFeatures.MisconceptionEvidence(in.misconceptions().get(bestMisconception), text.spans.get(bestSpan),
                SentenceEmbedder.cosine(planVectors.get(first + bestMisconception), unitVectors.get(bestSpan)));
    }

    /**
     * Per key point, how well its words are matched by some word of the answer (cosine of the words'
     * own embeddings, averaged over the key point's words): "refilled" meets "added", "mutex" meets
     * "exclusion", which stems and whole-sentence similarity both miss.
     */
    private double[] softRecall(List<String> keyPoints, String answer) {
        List<String> answerWords = Lexicon.contentWords(answer, 160);
        double[] out = new double[keyPoints.size()];
        if (answerWords.isEmpty()) {
            return out;
        }
        List<float[]> answerVectors = embedder.embedWords(answerWords);
        for (int i = 0; i < keyPoints.size(); i++) {
            List<String> pointWords = Lexicon.contentWords(keyPoints.get(i), 30);
            if (pointWords.isEmpty()) {
                continue;
            }
            List<float[]> pointVectors = embedder.embedWords(pointWords);
            double sum = 0;
            for (float[] w : pointVectors) {
                double best = 0;
                for (float[] a : answerVectors) {
                    best = Math.max(best, SentenceEmbedder.cosine(w, a));
                }
                sum += best;
            }
            out[i] = sum / pointVectors.size();
        }
        return out;
    }

    /** Mean over the answer's sentences of their closeness to the nearest key point or the question: rambling dilutes it. */
    private static double sentenceFocus(AnswerText text, List<float[]> unitVectors, List<float[]> planVectors, int keyPoints) {
        int spans = text.sentenceCount;
        if (spans == 0) {
            return 0;
        }
        double sum = 0;
        for (int s = 0; s < spans; s++) {
            double best = 0;
            for (int p = 0; p <= keyPoints; p++) {
                best = Math.max(best, SentenceEmbedder.cosine(planVectors.get(p), unitVectors.get(s)));
            }
            sum += best;
        }
        return sum / spans;
    }

    /** Commas as written: keyword lists are strings of them. */
    private static int commas(List<String> sentences) {
        int n = 0;
        for (String s : sentences) {
            n += (int) s.chars().filter(c -> c == ',').count();
        }
        return n;
    }

    private static double mean(double[] xs) {
        return xs.length == 0 ? 0 : Arrays.stream(xs).average().orElse(0);
    }

    private static double topHalfMean(double[] xs) {
        if (xs.length == 0) {
            return 0;
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int take = (sorted.length + 1) / 2;
        double sum = 0;
        for (int i = sorted.length - take; i < sorted.length; i++) {
            sum += sorted[i];
        }
        return sum / take;
    }

    private static double top3Mean(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int take = Math.min(3, sorted.length);
        double sum = 0;
        for (int i = sorted.length - take; i < sorted.length; i++) {
            sum += sorted[i];
        }
        return take == 0 ? 0 : sum / take;
    }

}
