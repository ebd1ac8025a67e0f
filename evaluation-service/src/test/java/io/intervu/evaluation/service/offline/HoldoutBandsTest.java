package io.intervu.evaluation.service.offline;

import com.fasterxml.jackson.databind.JsonNode;
import io.intervu.evaluation.RubricResult;
import io.intervu.evaluation.service.offline.model.Agreement;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped offline evaluator on four independent hold-outs (graded-answers/holdout-bands-1.json to -4.json): 16
 * knowledge-base questions each that neither the corpus nor the adversarial checks use, with a strong, an average, a
 * weak and an off-topic answer per question, written from the knowledge documents and the grading guide only, without
 * sight of the evaluator, its corpus or its features. Measured the way the issue's outside check is: Spearman of the
 * overall score against the intended band (strong 3 &gt; average 2 &gt; weak = off-topic 1) and the share inside its
 * band (strong 3.5–5, average 2.3–3.7, weak and off-topic 1–2.4), beside the word-count and key-point-overlap baselines
 * (rank-based, nothing fitted). Set 1 exposed that answers to another document's question scored like average ones, which
 * led to the derived off-topic answers of the fit ({@link GradedCorpus#offTopic()}), so it is no longer a hold-out; sets 2,
 * 3 and 4 were written after that, each by another writer, and first run on the evaluator as shipped (README). Reports in
 * target/holdout-bands-&lt;n&gt;-report.txt, and -key-points-only-report.txt for the same answers scored from the question
 * and its key points alone.
 */
@QuarkusTest
class HoldoutBandsTest {

    /** Bar of the issue's independent check: Spearman ≥ 0.80 and ≥ 75 % inside the band. */
    static final double MIN_SPEARMAN = 0.80;
    static final double MIN_IN_BAND = 0.75;

    private static final Map<String, OutOfSampleValidation.Band> BANDS = Map.of("strong", OutOfSampleValidation.STRONG,
            "average", OutOfSampleValidation.AVERAGE, "weak", OutOfSampleValidation.WEAK, "off-topic", OutOfSampleValidation.WEAK);

    @Inject
    OfflineRubricEvaluator evaluator;

    /** Every hold-out set, written and as speech recognition writes it. */
    static List<String> holdoutSets() {
        return List.of("holdout-bands-1.json", "holdout-bands-2.json", "holdout-bands-3.json", "holdout-bands-4.json",
                "holdout-bands-3-spoken.json", "holdout-bands-4-spoken.json");
    }

    @ParameterizedTest
    @MethodSource("holdoutSets")
    void ranksAndBandsUnseenAnswersAsTheIssueRequires(String file) throws IOException {
        measure(file, Event.FULL);
    }

    /**
     * The same answers when the answer event carries only the question and its key points: an outside harness may send
     * no more, and a question Gemini words has no misconceptions. Those features then count as the corpus average.
     */
    @ParameterizedTest
    @MethodSource("holdoutSets")
    void meetsTheBarWithOnlyTheQuestionAndItsKeyPoints(String file) throws IOException {
        measure(file, Event.KEY_POINTS_ONLY);
    }

    /** What the answer event states of its question: its label in the report and the report's file suffix. */
    private enum Event {
        FULL("", "-report.txt"),
        KEY_POINTS_ONLY(" (the question and its key points only: no neighbouring questions, no misconceptions)",
                "-key-points-only-report.txt");

        final String label;
        final String reportSuffix;

        Event(String label, String reportSuffix) {
            this.label = label;
            this.reportSuffix = reportSuffix;
        }

        GradedCorpus.Question question(JsonNode q) {
            GradedCorpus.Question full = GradedCorpus.question(q);
            return this == FULL ? full : full.keyPointsOnly();
        }
    }

    private void measure(String file, Event event) throws IOException {
        JsonNode questions = GradedCorpus.holdoutBands(file);
        Set<String> fitted = GradedCorpus.load().questions().keySet();
        List<Double> band = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        List<Double> words = new ArrayList<>();
        List<Double> overlap = new ArrayList<>();
        Map<String, List<Double>> byBand = new LinkedHashMap<>();
        Map<String, Integer> inBandByBand = new LinkedHashMap<>();
        StringBuilder detail = new StringBuilder();
        int inBand = 0;
        List<String> flagged = new ArrayList<>();
        for (JsonNode q : questions) {
            GradedCorpus.Question question = event.question(q);
            assertTrue(!fitted.contains(question.ref()), question.ref() + " is also in questions.json");
            for (JsonNode a : q.get("answers")) {
                String kind = a.get("band").asText();
                OutOfSampleValidation.Band b = BANDS.get(kind);
                String text = a.get("text").asText();
                RubricResult result = evaluator.evaluate(question.input(text));
                double s = result.overallScore();
                if (result.injectionSuspected()) {
                    flagged.add(question.ref() + " " + kind);
                }
                boolean inside = b.holds(s);
                inBand += inside ? 1 : 0;
                band.add(b.rank());
                score.add(s);
                words.add((double) Lexicon.words(text).size());
                overlap.add(OutOfSampleValidation.keyPointOverlap(question.keyPoints(), text));
                byBand.computeIfAbsent(kind, k -> new ArrayList<>()).add(s);
                inBandByBand.merge(kind, inside ? 1 : 0, Integer::sum);
                if (!inside) {
                    detail.append(String.format(Locale.ROOT, "  outside: %s %s scored %.1f%n", question.ref(), kind, s));
                }
            }
        }
        double[] bandArr = array(band);
        double rho = Agreement.spearman(array(score), bandArr);
        double share = (double) inBand / score.size();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Hold-out %s%s: %d answers to %d questions no fitted data uses%n"
                        + "offline rubric: Spearman with the band %.3f, inside the band %d of %d (%.1f %%)%n"
                        + "baseline word count: Spearman %.3f%nbaseline key-point word overlap: Spearman %.3f%n",
                file, event.label, score.size(), questions.size(), rho, inBand, score.size(), 100 * share,
                Agreement.spearman(array(words), bandArr), Agreement.spearman(array(overlap), bandArr)));
        byBand.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-9s n=%d mean score %.2f inside %d%n", k, v.size(),
                v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN), inBandByBand.get(k))));
        sb.append(detail);
        sb.append(String.format(Locale.ROOT, "flagged as an injection attempt (none of these answers is one): %d %s%n", flagged.size(),
                flagged));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + file.replace(".json", event.reportSuffix)), sb.toString());
        System.out.println(sb);
        assertEquals(4, byBand.size(), "every band is represented");
        // An honest answer flagged loses its flagged part; a whole transcript flagged scores 1 (found on set 4 spoken).
        assertEquals(List.of(), flagged, sb.toString());
        assertTrue(rho >= MIN_SPEARMAN, sb.toString());
        assertTrue(share >= MIN_IN_BAND, sb.toString());
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
