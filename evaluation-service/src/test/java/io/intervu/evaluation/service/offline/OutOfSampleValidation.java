package io.intervu.evaluation.service.offline;

import io.intervu.evaluation.service.offline.model.Agreement;
import io.intervu.evaluation.service.offline.model.RubricModel;
import io.intervu.evaluation.service.offline.model.RubricModelFitter;
import io.intervu.evaluation.service.offline.model.TrainingRow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Measures the offline evaluator on the graded corpus without ever scoring an answer with weights
 * fitted on its own question: grouped k-fold cross-validation by question over the whole pipeline
 * (screening and "nothing to grade" gates included), beside two baselines validated the same way
 * (word count, and word overlap with the key points, each through an out-of-fold linear fit), and the
 * same features through the linear fit alone.
 */
final class OutOfSampleValidation {

    /** Out-of-fold scores of one scorer: [target][answer] in corpus order. */
    record Scores(String name, double[][] predicted) {
        double[] overall() {
            return predicted[predicted.length - 1];
        }

        /** These scores for the answers at {@code indices} only, in that order. */
        Scores subset(List<Integer> indices) {
            double[][] out = new double[predicted.length][];
            for (int t = 0; t < predicted.length; t++) {
                double[] all = predicted[t];
                out[t] = indices.stream().mapToDouble(i -> all[i]).toArray();
            }
            return new Scores(name, out);
        }
    }

    /**
     * One encoder's validation. {@code offTopic}: the derived off-topic answers ({@link GradedCorpus#offTopic()}), fitted
     * beside the written answers but kept out of every figure of the written corpus; {@code offTopicScores} their own
     * out-of-fold scores.
     */
    record Result(SentenceEmbedder.Encoder encoder, GradedCorpus corpus, List<AnswerMeasurer.Measurement> measurements,
                  double millisPerAnswer, Scores model, Scores linear, Scores wordCount, Scores keyPointOverlap,
                  List<GradedCorpus.Answer> offTopic, List<AnswerMeasurer.Measurement> offTopicMeasurements, Scores offTopicScores) {
    }

    private OutOfSampleValidation() {
    }

    static List<AnswerMeasurer.Measurement> measure(SentenceEmbedder embedder, List<GradedCorpus.Answer> answers) {
        AnswerMeasurer measurer = new AnswerMeasurer(embedder);
        List<AnswerMeasurer.Measurement> out = new ArrayList<>();
        for (GradedCorpus.Answer a : answers) {
            out.add(measurer.measure(a.input()));
        }
        return out;
    }

    static Result run(SentenceEmbedder embedder, GradedCorpus corpus) {
        // Warm-up (model load, JIT) outside the timed pass, so ms/answer is the steady-state cost.
        measure(embedder, corpus.answers().subList(0, 20));
        long start = System.nanoTime();
        List<AnswerMeasurer.Measurement> m = measure(embedder, corpus.answers());
        double millis = (System.nanoTime() - start) / 1e6 / corpus.answers().size();
        List<GradedCorpus.Answer> offTopic = corpus.offTopic();
        List<AnswerMeasurer.Measurement> offTopicMeasured = measure(embedder, offTopic);
        List<Integer> all = IntStream.range(0, AnswerFeatures.NAMES.size()).boxed().toList();
        Scores[] model = pipeline(corpus.answers(), m, offTopic, offTopicMeasured, all, false);
        Scores[] linear = pipeline(corpus.answers(), m, offTopic, offTopicMeasured, all, true);
        return new Result(embedder.encoder(), corpus, m, millis, model[0], linear[0], wordCountBaseline(corpus),
                keyPointOverlapBaseline(corpus), offTopic, offTopicMeasured, model[1]);
    }

    static Scores wordCountBaseline(GradedCorpus corpus) {
        return single(corpus, "word count", a -> Lexicon.words(a.text()).size());
    }

    static Scores keyPointOverlapBaseline(GradedCorpus corpus) {
        return single(corpus, "key-point word overlap", a -> keyPointOverlap(a.question().keyPoints(), a.text()));
    }

    /** The key-point-overlap baseline's measure: the mean share of each key point's content stems that the answer uses. */
    static double keyPointOverlap(List<String> keyPoints, String answer) {
        var stems = Lexicon.contentStems(answer);
        return keyPoints.stream().mapToDouble(k -> Lexicon.overlap(k, stems)).average().orElse(0);
    }

    /** Rows the model is fitted on: answers that pass the gates. */
    static List<TrainingRow> rows(List<GradedCorpus.Answer> answers, List<AnswerMeasurer.Measurement> m) {
        List<TrainingRow> rows = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            if (m.get(i).scored()) {
                GradedCorpus.Answer a = answers.get(i);
                rows.add(new TrainingRow(a.id(), a.question().ref(), a.kind(), m.get(i).features().values(), a.grades()));
            }
        }
        return rows;
    }

    /** Rows the model is fitted on: the written answers that pass the gates, then the derived ones that do. */
    static List<TrainingRow> rows(List<GradedCorpus.Answer> written, List<AnswerMeasurer.Measurement> m,
                                  List<GradedCorpus.Answer> derived, List<AnswerMeasurer.Measurement> dm) {
        List<TrainingRow> rows = new ArrayList<>(rows(written, m));
        rows.addAll(rows(derived, dm));
        return rows;
    }

    /**
     * The whole pipeline out of fold, fitted on the written and the derived off-topic answers together: gated answers score
     * 1, the rest the kernel rubric's (or a linear fit's) score. Returns the written answers' scores, then the derived ones'.
     */
    private static Scores[] pipeline(List<GradedCorpus.Answer> written, List<AnswerMeasurer.Measurement> m,
                                     List<GradedCorpus.Answer> derived, List<AnswerMeasurer.Measurement> dm,
                                     List<Integer> features, boolean linear) {
        List<TrainingRow> rows = rows(written, m, derived, dm);
        double[][] oof = linear ? RubricModelFitter.crossValidateLinear(rows, features) : RubricModelFitter.crossValidate(rows, features);
        String name = linear ? "linear rubric" : "fitted rubric";
        int[] next = {0};
        return new Scores[]{new Scores(name, unfold(oof, m, next)), new Scores(name, unfold(oof, dm, next))};
    }

    /** The out-of-fold rows of {@code m}'s scored answers, from row {@code next[0]} on; gated answers score 1. */
    private static double[][] unfold(double[][] oof, List<AnswerMeasurer.Measurement> m, int[] next) {
        double[][] predicted = new double[oof.length][m.size()];
        for (int i = 0; i < m.size(); i++) {
            boolean scored = m.get(i).scored();
            for (int t = 0; t < oof.length; t++) {
                predicted[t][i] = scored ? oof[t][next[0]] : 1.0;
            }
            if (scored) {
                next[0]++;
            }
        }
        return predicted;
    }

    private static Scores single(GradedCorpus corpus, String name, java.util.function.ToDoubleFunction<GradedCorpus.Answer> feature) {
        List<TrainingRow> rows = new ArrayList<>();
        for (GradedCorpus.Answer a : corpus.answers()) {
            rows.add(new TrainingRow(a.id(), a.question().ref(), a.kind(), new double[]{feature.applyAsDouble(a)}, a.grades()));
        }
        return new Scores(name, RubricModelFitter.crossValidateLinear(rows, List.of(0)));
    }

    /** The weights shipped for this encoder: fitted on every gated-in answer of the corpus. */
    static RubricModel fit(Result r) {
        List<TrainingRow> rows = rows(r.corpus().answers(), r.measurements(), r.offTopic(), r.offTopicMeasurements());
        List<Integer> all = IntStream.range(0, AnswerFeatures.NAMES.size()).boxed().toList();
        RubricModel.Fitted fitted = RubricModelFitter.fitAll(rows, all);
        Agreement overall = Agreement.of(r.model().overall(), grades(r.corpus(), GradedCorpus.GRADES.size() - 1));
        return new RubricModel(r.encoder().key, AnswerFeatures.NAMES, fitted, coveredSimilarity(r), overall.mae(), rows.size(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * Where "covered" starts: halfway between the median best similarity of key points in strong
     * answers and in answers to a neighbouring question (which talk about the topic, not the points).
     */
    static double coveredSimilarity(Result r) {
        List<Double> strong = new ArrayList<>();
        List<Double> neighbour = new ArrayList<>();
        for (int i = 0; i < r.measurements().size(); i++) {
            AnswerMeasurer.Measurement m = r.measurements().get(i);
            String kind = r.corpus().answers().get(i).kind();
            if (!m.scored()) {
                continue;
            }
            List<Double> into = kind.endsWith("strong") ? strong : "neighbour".equals(kind) ? neighbour : null;
            if (into != null) {
                m.features().keyPoints().forEach(k -> into.add(k.similarity()));
            }
        }
        return (median(strong) + median(neighbour)) / 2;
    }

    static double[] grades(GradedCorpus corpus, int target) {
        return corpus.answers().stream().mapToDouble(a -> a.grades()[target]).toArray();
    }

    static Agreement overall(GradedCorpus corpus, Scores s) {
        return Agreement.of(s.overall(), grades(corpus, GradedCorpus.GRADES.size() - 1));
    }

    /** Agreement of the overall score with the grade on some of the answers (indexes into the corpus). */
    static Agreement overall(GradedCorpus corpus, Scores s, int[] answers) {
        return Agreement.of(Arrays.stream(answers).mapToDouble(i -> s.overall()[i]).toArray(),
                Arrays.stream(answers).mapToDouble(i -> corpus.answers().get(i).overall()).toArray());
    }

    /** The report: per scorer, per criterion (model), and per answer kind. */
    static String report(List<Result> results, SentenceEmbedder.Encoder chosen) {
        Result any = results.get(0);
        GradedCorpus c = any.corpus();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Graded corpus: %d answers to %d questions; grouped %d-fold cross-validation by question "
                        + "(every score below comes from weights fitted without the answer's question).%n%n",
                c.answers().size(), c.answers().stream().map(a -> a.question().ref()).distinct().count(), RubricModelFitter.FOLDS));
        sb.append("| scorer (overall score) | Spearman | QWK | MAE | within ±0.75 | ms/answer |\n|---|---|---|---|---|---|\n");
        for (Result r : results) {
            row(sb, "fitted rubric, " + r.encoder().modelName + (r.encoder() == chosen ? " (shipped)" : ""), overall(c, r.model()),
                    String.format(Locale.ROOT, "%.0f", r.millisPerAnswer()));
        }
        for (Result r : results) {
            row(sb, "same features, linear ridge alone, " + r.encoder().modelName, overall(c, r.linear()), "–");
        }
        row(sb, "baseline: word count", overall(c, any.wordCount()), "–");
        row(sb, "baseline: word overlap with the key points", overall(c, any.keyPointOverlap()), "–");
        Result shipped = results.stream().filter(r -> r.encoder() == chosen).findFirst().orElse(any);
        sb.append(bands(c, shipped.model(), chosen.modelName));
        sb.append(withoutWrongAnswersLine(c, shipped.model(), chosen.modelName, any.wordCount(), any.keyPointOverlap()));
        sb.append(whatTheGoalAsks(c, shipped.model(), chosen.modelName));
        sb.append(perCriterionAndKind(c, shipped.model(), chosen.modelName, any.wordCount(), any.keyPointOverlap()));
        sb.append(offTopic(shipped));
        return sb.toString();
    }

    /** The answer kind whose grade rests on whether its claims are true, which the offline rubric cannot judge. */
    static final String WRONG = "wrong";

    /**
     * The same out-of-fold scores without the fluent but wrong answers: how a scorer does on what the rubric claims to
     * measure. The answers stay in the fitting data; only the measurement leaves them out.
     */
    static Agreement withoutWrongAnswers(GradedCorpus c, Scores scorer) {
        return overall(c, scorer, notWrong(c));
    }

    private static int[] notWrong(GradedCorpus c) {
        return IntStream.range(0, c.answers().size()).filter(i -> !isWrong(c, i)).toArray();
    }

    private static boolean isWrong(GradedCorpus c, int answer) {
        return WRONG.equals(c.answers().get(answer).kind());
    }

    /** The report's line on {@link #withoutWrongAnswers(GradedCorpus, Scores)}, beside both baselines. */
    static String withoutWrongAnswersLine(GradedCorpus c, Scores scorer, String name, Scores wordCount, Scores keyPointOverlap) {
        int[] kept = notWrong(c);
        Agreement a = overall(c, scorer, kept);
        return String.format(Locale.ROOT, "%nWithout the fluent but wrong answers (%d of %d; the same out-of-fold scores; the fits "
                        + "still include other questions' wrong answers), %s: Spearman %.3f, QWK %.3f, MAE %.2f, within ±0.75 %.1f %%; "
                        + "baselines on the same answers: word count Spearman %.3f, word overlap with the key points Spearman %.3f.%n",
                kept.length, c.answers().size(), name, a.spearman(), a.qwk(), a.mae(), 100 * a.within075(),
                overall(c, wordCount, kept).spearman(), overall(c, keyPointOverlap, kept).spearman());
    }

    /** The Spearman over the whole corpus that the goal asks for. */
    static final double GOAL_SPEARMAN = 0.85;

    /**
     * A diagnostic, not a quality figure: the whole corpus's Spearman if one part of it were scored at its grade and the
     * rest as it is, which shows how much of the gap to the goal each part holds; and how well the other answers would
     * have to be ranked for the goal to be met while the wrong answers keep their scores (each other score moved towards
     * its grade by the least share that reaches the goal; that share's Spearman over those answers).
     */
    static String whatTheGoalAsks(GradedCorpus c, Scores scorer, String name) {
        double[] grades = grades(c, GradedCorpus.GRADES.size() - 1);
        double[] scores = scorer.overall();
        boolean[] wrong = new boolean[grades.length];
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] = isWrong(c, i);
        }
        Agreement wrongAtGrade = Agreement.of(towardsGrade(scores, grades, wrong, true, 1), grades);
        Agreement restAtGrade = Agreement.of(towardsGrade(scores, grades, wrong, false, 1), grades);
        String heading = String.format(Locale.ROOT, "%nWhat the goal (Spearman %.2f over the corpus) asks, %s (a diagnostic from the same "
                        + "out-of-fold scores, not a quality figure): with the wrong answers scored at their grade and the rest as they are, "
                        + "Spearman %.3f and %.1f %% within ±0.75; with every other answer at its grade and the wrong ones as they are, "
                        + "%.3f and %.1f %%.", GOAL_SPEARMAN, name, wrongAtGrade.spearman(), 100 * wrongAtGrade.within075(),
                restAtGrade.spearman(), 100 * restAtGrade.within075());
        if (restAtGrade.spearman() < GOAL_SPEARMAN) {
            return heading + " With the wrong answers as they are, no ranking of the others reaches the goal." + System.lineSeparator();
        }
        double low = 0;
        double high = 1;
        for (int step = 0; step < 30; step++) {
            double mid = (low + high) / 2;
            if (Agreement.spearman(towardsGrade(scores, grades, wrong, false, mid), grades) >= GOAL_SPEARMAN) {
                high = mid;
            } else {
                low = mid;
            }
        }
        double[] reaching = towardsGrade(scores, grades, wrong, false, high);
        int[] others = notWrong(c);
        double needed = Agreement.spearman(Arrays.stream(others).mapToDouble(i -> reaching[i]).toArray(),
                Arrays.stream(others).mapToDouble(i -> grades[i]).toArray());
        return heading + String.format(Locale.ROOT, " With the wrong answers as they are, the goal needs the others ranked with "
                + "Spearman %.3f among themselves (now %.3f).%n", needed, withoutWrongAnswers(c, scorer).spearman());
    }

    /** The scores with those answers whose wrong flag equals {@code which} moved {@code share} of the way to their grade. */
    private static double[] towardsGrade(double[] scores, double[] grades, boolean[] wrong, boolean which, double share) {
        double[] out = scores.clone();
        for (int i = 0; i < out.length; i++) {
            if (wrong[i] == which) {
                out[i] = scores[i] + share * (grades[i] - scores[i]);
            }
        }
        return out;
    }

    /** How the derived off-topic answers' out-of-fold scores agree with their grade. */
    static Agreement offTopicAgreement(Result r) {
        return Agreement.of(r.offTopicScores().overall(), r.offTopic().stream().mapToDouble(GradedCorpus.Answer::overall).toArray());
    }

    /** The derived off-topic answers, out of fold: fitted on, but never part of the figures above. */
    static String offTopic(Result r) {
        double[] p = r.offTopicScores().overall();
        Agreement a = offTopicAgreement(r);
        return String.format(Locale.ROOT, "%nDerived off-topic answers (%d: a written answer asked against a question of another "
                        + "document, graded 1 overall; fitted beside the written answers, not counted above), %s, out of fold: "
                        + "mean score %.2f, highest %.1f, MAE %.2f, within ±0.75 %.0f %%.%n", p.length, r.encoder().modelName,
                Arrays.stream(p).average().orElse(0), Arrays.stream(p).max().orElse(0), a.mae(), 100 * a.within075());
    }

    /** The per-criterion table of {@code scorer}, and its per-answer-kind table beside the baselines (MAE). */
    static String perCriterionAndKind(GradedCorpus c, Scores scorer, String name, Scores wordCount, Scores keyPointOverlap) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nPer criterion, %s:%n%n| criterion | Spearman | QWK | MAE | within ±0.75 |%n|---|---|---|---|---|%n",
                name));
        for (int t = 0; t < GradedCorpus.GRADES.size(); t++) {
            Agreement a = Agreement.of(scorer.predicted()[t], grades(c, t));
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.1f %% |%n", GradedCorpus.GRADES.get(t), a.spearman(),
                    a.qwk(), a.mae(), 100 * a.within075()));
        }
        sb.append(String.format(Locale.ROOT, "%nPer answer kind (overall), %s vs the baselines (MAE):%n%n"
                + "| kind | n | mean grade | mean score | MAE | within ±0.75 | MAE word count | MAE overlap |%n|---|---|---|---|---|---|---|---|%n",
                name));
        Map<String, List<Integer>> byKind = new TreeMap<>();
        for (int i = 0; i < c.answers().size(); i++) {
            byKind.computeIfAbsent(c.answers().get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        byKind.forEach((kind, list) -> {
            int[] idx = list.stream().mapToInt(Integer::intValue).toArray();
            Agreement a = overall(c, scorer, idx);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.0f %% | %.2f | %.2f |%n", kind, idx.length,
                    Arrays.stream(idx).mapToDouble(i -> c.answers().get(i).overall()).average().orElse(0),
                    Arrays.stream(idx).mapToDouble(i -> scorer.overall()[i]).average().orElse(0), a.mae(), 100 * a.within075(),
                    overall(c, wordCount, idx).mae(), overall(c, keyPointOverlap, idx).mae()));
        });
        return sb.toString();
    }

    /** Strong, average and weak answers against their bands: how many, rank agreement with the band, share inside it. */
    record BandCheck(int answers, double spearman, double inside) {
    }

    /** A band of a user-level check: its rank among the bands and the scores inside it. */
    record Band(double rank, double low, double high) {
        boolean holds(double score) {
            return score >= low - 1e-9 && score <= high + 1e-9;
        }
    }

    /** The bands of the user-level check: strong 3.5–5, average 2.3–3.7, weak 1–2.4. */
    static final Band STRONG = new Band(3, 3.5, 5);
    static final Band AVERAGE = new Band(2, 2.3, 3.7);
    static final Band WEAK = new Band(1, 1, 2.4);

    /**
     * The bands of a user-level check (strong 3.5–5, average 2.3–3.7, weak 1–2.4) on the strong,
     * average and weak answers.
     */
    static BandCheck bandCheck(Result r) {
        return bandCheck(r.corpus(), r.model());
    }

    static BandCheck bandCheck(GradedCorpus corpus, Scores scores) {
        Map<String, Band> bands = Map.of("concise-strong", STRONG, "long-strong", STRONG, "average", AVERAGE, "weak", WEAK);
        List<Double> band = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        int inside = 0;
        for (int i = 0; i < corpus.answers().size(); i++) {
            Band b = bands.get(corpus.answers().get(i).kind());
            if (b != null) {
                double p = scores.overall()[i];
                band.add(b.rank());
                score.add(p);
                inside += b.holds(p) ? 1 : 0;
            }
        }
        return new BandCheck(band.size(), Agreement.spearman(score.stream().mapToDouble(Double::doubleValue).toArray(),
                band.stream().mapToDouble(Double::doubleValue).toArray()), (double) inside / band.size());
    }

    static String bands(GradedCorpus corpus, Scores scores, String name) {
        BandCheck b = bandCheck(corpus, scores);
        return String.format(Locale.ROOT, "%nStrong, average and weak answers only (%d), %s, against the bands strong 3.5–5, average 2.3–3.7, "
                + "weak 1–2.4: Spearman with the band %.3f, inside their band %.1f %%.%n", b.answers(), name, b.spearman(),
                100 * b.inside());
    }

    static void row(StringBuilder sb, String name, Agreement a, String ms) {
        sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.1f %% | %s |%n", name, a.spearman(), a.qwk(), a.mae(),
                100 * a.within075(), ms));
    }

    /**
     * Every answer's gate, features, grades and out-of-fold score (the written answers, then the derived off-topic ones), for
     * analysis outside Java.
     */
    static String csv(Result r) {
        StringBuilder sb = new StringBuilder("id,question,kind,gate,flagged,oof_overall," + String.join(",", GradedCorpus.GRADES) + ","
                + String.join(",", AnswerFeatures.NAMES) + ",kp_sims\n");
        csvRows(sb, r.corpus().answers(), r.measurements(), r.model());
        csvRows(sb, r.offTopic(), r.offTopicMeasurements(), r.offTopicScores());
        return sb.toString();
    }

    private static void csvRows(StringBuilder sb, List<GradedCorpus.Answer> answers, List<AnswerMeasurer.Measurement> measurements,
                                Scores scores) {
        for (int i = 0; i < measurements.size(); i++) {
            GradedCorpus.Answer a = answers.get(i);
            AnswerMeasurer.Measurement m = measurements.get(i);
            sb.append(a.id()).append(',').append(a.question().ref()).append(',').append(a.kind()).append(',').append(m.gate())
                    .append(',').append(m.screened() != null && m.screened().suspected())
                    .append(',').append(String.format(Locale.ROOT, "%.3f", scores.overall()[i]));
            for (double g : a.grades()) {
                sb.append(',').append(g);
            }
            for (int j = 0; j < AnswerFeatures.NAMES.size(); j++) {
                sb.append(',').append(m.scored() ? String.format(Locale.ROOT, "%.5f", m.features().values()[j]) : "");
            }
            sb.append(',').append(m.scored() ? m.features().keyPoints().stream()
                    .map(k -> String.format(Locale.ROOT, "%.3f", k.similarity())).reduce((x, y) -> x + " " + y).orElse("") : "");
            sb.append('\n');
        }
    }

    private static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return 0.5;
        }
        double[] v = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
