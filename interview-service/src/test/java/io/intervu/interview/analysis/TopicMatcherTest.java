package io.intervu.interview.analysis;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Topic terms match whole words only, abbreviations and synonyms are known, overlapping terms count once. */
class TopicMatcherTest {

    private final TopicMatcher matcher = new TopicMatcher();

    @Test
    void matchesWholeWordsNotPartsOrInflectionsThatMeanSomethingElse() {
        // the old lemma matcher read "leading" as "lead", "written" as "write" and "rest" as REST
        assertThat(matcher.topicsIn("A leading provider; we have written the rest of the docs"))
                .doesNotContain("leadership", "communication", "rest");
        assertThat(matcher.topicsIn("Reactive streams at a rapid pace in JavaScript")).doesNotContain("react", "api-design", "java");
        assertThat(matcher.topicsIn("Keep node pools healthy; 500 ml of water; join our team"))
                .doesNotContain("javascript", "machine-learning", "sql");
        assertThat(matcher.topicsIn("Calendar events and eventually a newsletter")).doesNotContain("event-driven");
    }

    @Test
    void recognisesAbbreviationsAndSynonyms() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("Run our k8s clusters", "kubernetes"),
                Map.entry("Operate OpenShift and Helm", "kubernetes"),
                Map.entry("Define SLOs and SLIs for each journey", "reliability"),
                Map.entry("Own the error budget policy", "reliability"),
                Map.entry("IaC for everything", "infrastructure-as-code"),
                Map.entry("Modules in Terraform", "infrastructure-as-code"),
                Map.entry("GitOps with Argo CD", "ci-cd"),
                Map.entry("Own our CI/CD pipelines", "ci-cd"),
                Map.entry("Postgres ops", "databases"),
                Map.entry("Ship ML models", "machine-learning"),
                Map.entry("Design REST APIs", "rest"),
                Map.entry("A Node.js backend", "javascript"),
                Map.entry("Run A/B tests", "experimentation"),
                Map.entry("WCAG 2.2 AA and screen readers", "accessibility"));
        cases.forEach((text, topic) -> assertThat(matcher.topicsIn(text)).as(text).contains(topic));
    }

    @Test
    void theLongestTermWinsAndAMentionCountsOnce() {
        assertThat(matcher.count("An event-driven design")).isEqualTo(Map.of("event-driven", 1));
        assertThat(matcher.count("Run A/B tests")).isEqualTo(Map.of("experimentation", 1));
        // one database product is one topic, not sql and databases as the old vocabulary had it
        assertThat(matcher.count("PostgreSQL operations")).isEqualTo(Map.of("databases", 1));
    }

    @Test
    void pluralsHyphensAndPossessivesStillMatch() {
        assertThat(matcher.topicsIn("two caches")).contains("caching");
        assertThat(matcher.topicsIn("an event driven system")).contains("event-driven");
        assertThat(matcher.topicsIn("the on call rotation")).contains("incident-response");
        assertThat(matcher.topicsIn("Kafka's consumer groups")).contains("kafka");
        assertThat(matcher.topicsIn("dependencies and vulnerabilities")).contains("security");
    }
}
