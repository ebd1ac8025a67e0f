package io.intervu.interview.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Focus topics follow the job's emphasis; the resume's evidence only adds a little. */
class FocusTopicRankerTest {

    /** The case: summary and requirements about SLOs on a Kubernetes platform, PostgreSQL only as a bonus. */
    @Test
    void anSreJobCentredOnSlosAndKubernetesGetsThoseFirstAndNoTopicsFromItsBonusLine() {
        String jd = """
                Site Reliability Engineer
                Lumo Energy is hiring a Site Reliability Engineer to own the reliability of our Kubernetes platform.
                You will set SLOs for every customer-facing service and run our error budget process.

                Responsibilities
                - Define SLIs and SLOs with the service teams; alert on error budget burn
                - Operate and upgrade our k8s clusters
                - Improve monitoring and lead incident reviews
                - Manage infrastructure with Terraform

                Requirements
                - Experience running Kubernetes in production
                - You have defined service level objectives before
                - Prometheus and Grafana
                - Bonus: PostgreSQL operations
                """;
        String resume = """
                Dana Whitfield
                Operations engineer
                Ran 40 services on AWS ECS with Terraform; built Prometheus monitoring and on-call runbooks.
                Led incident reviews after two outages; tuned PostgreSQL replication and SQL queries.
                """;
        LanguageAnalyzer language = new LanguageAnalyzer();
        List<String> focus = new ProfileAnalyzer(new TopicMatcher(), language).analyse(resume, jd).focusTopics();

        assertThat(focus.subList(0, 3)).contains("reliability", "kubernetes");
        assertThat(focus).contains("observability", "incident-response").doesNotContain("sql", "databases");
    }

    @Test
    void aPassingMentionAloneIsNoFocusTopicEvenWhenTheResumeShowsIt() {
        Map<String, Integer> emphasis = Map.of("kubernetes", 16, "observability", 8, "infrastructure-as-code", 4, "databases", 1);
        Map<String, Integer> evidence = Map.of("databases", 5, "observability", 1);
        assertThat(FocusTopicRanker.rank(emphasis, evidence, "sre"))
                .containsExactly("kubernetes", "observability", "infrastructure-as-code");
    }

    @Test
    void aRequiredTopicStaysWhenTheResumeIsSilentButRanksBelowAnEqualOneItShows() {
        Map<String, Integer> emphasis = Map.of("kafka", 8, "java", 8, "sql", 4);
        Map<String, Integer> evidence = Map.of("java", 2);
        assertThat(FocusTopicRanker.rank(emphasis, evidence, "backend")).containsExactly("java", "kafka", "sql");
    }

    @Test
    void aJobThatNamesTooLittleIsPaddedFromTheRoleProfileAndBehaviouralTopicsNeverCount() {
        Map<String, Integer> emphasis = Map.of("react", 10, "teamwork", 12);
        assertThat(FocusTopicRanker.rank(emphasis, Map.of(), "frontend")).containsExactly("react", "typescript", "javascript");
    }
}
