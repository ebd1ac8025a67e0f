package io.intervu.interview.analysis;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a job description mentions a topic decides how much the mention weighs. */
class JobEmphasisTest {

    private final TopicMatcher matcher = new TopicMatcher();

    @Test
    void titleThenSummaryThenDutiesAndRequirementsThenNiceToHaveThenTheCompanyAndNothingForBenefits() {
        String jd = """
                Kubernetes Engineer
                Acme Rides runs scooters in ten cities on Kafka.
                You will own our SLOs and error budgets.

                What you'll do
                - Write Terraform modules

                Requirements
                - Python

                Nice to have
                - GraphQL

                Benefits
                - A Grafana dashboard of your holidays
                """;
        Map<String, Integer> emphasis = JobEmphasis.of(jd, matcher);
        assertThat(emphasis).containsEntry("kubernetes", EmphasisZone.TITLE.weight())
                .containsEntry("reliability", EmphasisZone.SUMMARY.weight())
                .containsEntry("infrastructure-as-code", EmphasisZone.DUTIES.weight())
                .containsEntry("python", EmphasisZone.REQUIREMENTS.weight())
                .containsEntry("api-design", EmphasisZone.NICE_TO_HAVE.weight())
                .containsEntry("kafka", EmphasisZone.COMPANY.weight())
                .doesNotContainKey("observability");
        assertThat(emphasis.keySet()).startsWith("kubernetes", "reliability");
    }

    @Test
    void bonusAndPlusLinesWeighLeastWhereverTheyStand() {
        String jd = """
                Backend Engineer
                Requirements
                - Java and SQL
                - Kafka experience is a plus
                Bonus: PostgreSQL operations
                """;
        Map<String, Integer> emphasis = JobEmphasis.of(jd, matcher);
        assertThat(emphasis).containsEntry("java", EmphasisZone.REQUIREMENTS.weight())
                .containsEntry("kafka", EmphasisZone.NICE_TO_HAVE.weight())
                .containsEntry("databases", EmphasisZone.NICE_TO_HAVE.weight());
    }

    @Test
    void aPastedOneParagraphPostingStillHasItsInlineHeadings() {
        String jd = "Acme is hiring a Backend Engineer. Requirements: Airflow and Spark pipelines in production. "
                + "Nice to have: Kubernetes.";
        Map<String, Integer> emphasis = JobEmphasis.of(jd, matcher);
        assertThat(emphasis).containsEntry("data-engineering", EmphasisZone.REQUIREMENTS.weight())
                .containsEntry("kubernetes", EmphasisZone.NICE_TO_HAVE.weight());
    }

    @Test
    void markdownHeadingsAreHeadingsNotBullets() {
        String jd = """
                # Frontend Engineer
                **What you'll do**
                * Build React components
                **Nice to have**
                * Storybook
                """;
        Map<String, Integer> emphasis = JobEmphasis.of(jd, matcher);
        assertThat(emphasis).containsEntry("react", EmphasisZone.DUTIES.weight())
                .containsEntry("frontend", EmphasisZone.TITLE.weight() + EmphasisZone.NICE_TO_HAVE.weight());
    }

    @Test
    void aLineThatOnlyStartsLikeAHeadingKeepsItsOwnWords() {
        String jd = """
                Platform Engineer
                You will run our Kubernetes clusters
                - Terraform
                """;
        Map<String, Integer> emphasis = JobEmphasis.of(jd, matcher);
        assertThat(emphasis).containsEntry("kubernetes", EmphasisZone.DUTIES.weight())
                .containsEntry("infrastructure-as-code", EmphasisZone.DUTIES.weight());
    }

    @Test
    void aMetadataLineDoesNotSilenceWhatFollowsIt() {
        String jd = """
                Data Engineer
                Location: Berlin, a Grafana-free office
                You will build Kafka pipelines.
                """;
        Map<String, Integer> emphasis = JobEmphasis.of(jd, matcher);
        assertThat(emphasis).containsEntry("kafka", EmphasisZone.SUMMARY.weight()).doesNotContainKey("observability");
    }

    @Test
    void aStressedAskWeighsMoreButAStressedBlurbDoesNot() {
        String jd = """
                Backend Engineer
                About the team
                We care deeply about observability.
                Requirements
                - Strong SQL
                - Kafka
                """;
        Map<String, Integer> emphasis = JobEmphasis.of(jd, matcher);
        assertThat(emphasis).containsEntry("sql", EmphasisZone.REQUIREMENTS.weight() * 3 / 2)
                .containsEntry("kafka", EmphasisZone.REQUIREMENTS.weight())
                .containsEntry("observability", EmphasisZone.COMPANY.weight());
    }
}
