package io.intervu.interview.analysis.topicset;

import io.intervu.interview.analysis.LanguageAnalyzer;
import io.intervu.interview.analysis.ProfileAnalyzer;
import io.intervu.interview.analysis.TopicMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the top 6 focus topics over the labelled topic set
 * (src/test/resources/topic-set/README.md), printed as a table, and the acceptance:
 * mean recall at least 0.8 and every job's most emphasised topic among its first three.
 * The dev part was written while building the ranker; the hold-out part was written first and
 * kept out of the tuning, so it is reported on its own.
 */
class FocusTopicAccuracyTest {

    private static ProfileAnalyzer analyzer;

    @BeforeAll
    static void analyzer() {
        analyzer = new ProfileAnalyzer(new TopicMatcher(), new LanguageAnalyzer());
    }

    @Test
    void devSet() {
        assertAcceptance(run("dev"), 15);
    }

    @Test
    void holdOutSet() {
        assertAcceptance(run("holdout"), 5);
    }

    private static TopicSetReport run(String part) {
        List<PairScore> scores = TopicSet.load(part).stream()
                .map(pair -> PairScore.of(pair, analyzer.analyse(pair.resume(), pair.jobDescription()).focusTopics()))
                .toList();
        TopicSetReport report = new TopicSetReport(part, scores);
        System.out.println(report.table());
        return report;
    }

    private static void assertAcceptance(TopicSetReport report, int atLeastPairs) {
        assertThat(report.scores()).hasSizeGreaterThanOrEqualTo(atLeastPairs);
        assertThat(report.meanRecall()).as("mean recall of the top 6").isGreaterThanOrEqualTo(0.8);
        assertThat(report.scores()).as("pairs whose most emphasised topic is not in the top 3")
                .allMatch(PairScore::mostEmphasisedInTop3);
    }
}
