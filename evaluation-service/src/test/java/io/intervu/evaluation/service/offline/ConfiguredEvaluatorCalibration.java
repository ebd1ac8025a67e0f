package io.intervu.evaluation.service.offline;

import dev.langchain4j.model.output.TokenUsage;
import io.intervu.evaluation.client.LlmChatClient;
import io.intervu.evaluation.service.AnswerEvaluator;
import io.intervu.evaluation.RubricResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The calibration command (evaluation-service/README.md): runs the graded corpus through whichever
 * evaluator is configured (LLM_PROVIDER and its variables) and prints the offline calibration's
 * agreement tables for it, with the time and tokens it cost. The offline rubric is measured out of
 * sample (its weights were fitted on this corpus); a language model scores the answers directly,
 * every one through {@link AnswerEvaluator}, so its fallbacks count as they would in production.
 */
@EnabledIfSystemProperty(named = "calibrate.configured", matches = "true")
@QuarkusTest
class ConfiguredEvaluatorCalibration {

    @Inject
    AnswerEvaluator evaluator;

    @Inject
    LlmChatClient client;

    @Inject
    SentenceEmbedder embedder;

    @Test
    void measureTheConfiguredEvaluator() throws IOException {
        int limit = Integer.getInteger("calibrate.limit", 0);
        String report = client.configured() ? measure(evaluator, client, GradedCorpus.load(), limit).report() : offline(embedder);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/evaluator-calibration.md"), report);
    }

    /** The offline rubric: the same out-of-sample figures as the README's, for the configured encoder. */
    static String offline(SentenceEmbedder embedder) {
        return OutOfSampleValidation.report(List.of(OutOfSampleValidation.run(embedder, GradedCorpus.load())), embedder.encoder());
    }

    record Measurement(GradedCorpus answers, OutOfSampleValidation.Scores scores, double secondsTotal, TokenUsage tokens,
                       Map<String, Integer> fallbacks, String report) {
    }

    /** Scores {@code limit} answers spread evenly over the corpus (all when 0) with the configured language model. */
    static Measurement measure(AnswerEvaluator evaluator, LlmChatClient client, GradedCorpus corpus, int limit) {
        int n = corpus.answers().size();
        int take = limit <= 0 || limit >= n ? n : limit;
        List<Integer> picked = IntStream.range(0, take).map(i -> (int) ((long) i * n / take)).boxed().toList();
        GradedCorpus sample = new GradedCorpus(corpus.questions(), picked.stream().map(corpus.answers()::get).toList());
        int targets = GradedCorpus.GRADES.size();
        double[][] predicted = new double[targets][take];
        Map<String, Integer> fallbacks = new LinkedHashMap<>();
        TokenUsage before = client.tokensUsed();
        long start = System.nanoTime();
        for (int i = 0; i < take; i++) {
            RubricResult r = evaluator.evaluate(sample.answers().get(i).input());
            for (int t = 0; t < targets - 1; t++) {
                predicted[t][i] = r.score(GradedCorpus.GRADES.get(t));
            }
            predicted[targets - 1][i] = r.overallScore();
            if (r.provenance().fallbackReason() != null) {
                fallbacks.merge(r.provenance().fallbackReason(), 1, Integer::sum);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        TokenUsage after = client.tokensUsed();
        TokenUsage used = new TokenUsage(after.inputTokenCount() - before.inputTokenCount(), after.outputTokenCount() - before.outputTokenCount());
        String name = client.provider().key + " " + client.model();
        OutOfSampleValidation.Scores scores = new OutOfSampleValidation.Scores(name, predicted);
        return new Measurement(sample, scores, seconds, used, fallbacks,
                report(corpus, sample, picked, scores, name, seconds, used, fallbacks));
    }

    private static String report(GradedCorpus corpus, GradedCorpus sample, List<Integer> picked, OutOfSampleValidation.Scores scores,
                                 String name, double seconds, TokenUsage tokens, Map<String, Integer> fallbacks) {
        // the baselines are fitted out of fold on the whole corpus, as in the offline calibration, then read for the sample
        OutOfSampleValidation.Scores words = OutOfSampleValidation.wordCountBaseline(corpus).subset(picked);
        OutOfSampleValidation.Scores overlap = OutOfSampleValidation.keyPointOverlapBaseline(corpus).subset(picked);
        int n = sample.answers().size();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Graded corpus: %d of %d answers (spread evenly) to %d questions, scored by %s through the "
                        + "configured evaluator (offline fallbacks included); baselines out of fold as in the offline calibration.%n%n",
                n, corpus.answers().size(), sample.answers().stream().map(a -> a.question().ref()).distinct().count(), name));
        sb.append("| scorer (overall score) | Spearman | QWK | MAE | within ±0.75 | ms/answer |\n|---|---|---|---|---|---|\n");
        OutOfSampleValidation.row(sb, name, OutOfSampleValidation.overall(sample, scores), String.format(Locale.ROOT, "%.0f", 1000 * seconds / n));
        OutOfSampleValidation.row(sb, "baseline: word count", OutOfSampleValidation.overall(sample, words), "–");
        OutOfSampleValidation.row(sb, "baseline: word overlap with the key points", OutOfSampleValidation.overall(sample, overlap), "–");
        sb.append(OutOfSampleValidation.bands(sample, scores, name));
        sb.append(OutOfSampleValidation.perCriterionAndKind(sample, scores, name, words, overlap));
        sb.append(String.format(Locale.ROOT, "%nCost: %.1f s in all (%.0f ms/answer); tokens %d in, %d out (%.0f per answer).%n", seconds,
                1000 * seconds / n, tokens.inputTokenCount(), tokens.outputTokenCount(), (double) tokens.totalTokenCount() / n));
        int fellBack = fallbacks.values().stream().mapToInt(Integer::intValue).sum();
        sb.append(String.format(Locale.ROOT, "Offline fallbacks: %d of %d answers%s%n", fellBack, n, fellBack == 0 ? "." : ":"));
        List<String> reasons = new ArrayList<>();
        fallbacks.forEach((reason, count) -> reasons.add("- " + count + " × " + reason));
        reasons.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }
}
