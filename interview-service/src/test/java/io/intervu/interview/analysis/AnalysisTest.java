package io.intervu.interview.analysis;

import io.intervu.interview.intake.ResumeReader;
import io.intervu.interview.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading order, role, seniority, projects and focus topics from the fixture resumes and JDs. */
@QuarkusTest
class AnalysisTest {

    @Inject
    ResumeReader reader;
    @Inject
    ProfileAnalyzer analyzer;

    @Test
    void twoColumnResumeKeepsItsColumnsApart() {
        String text = reader.read(Fixtures.bytes("resume_frontend_two_column.pdf"));
        assertThat(text).contains("Led migration of a 200k-line AngularJS app to React and");
        // no line mixes the left column (skills) with the right column (experience)
        assertThat(Arrays.stream(text.split("\n")))
                .noneMatch(line -> line.contains("Redux Toolkit") && line.contains("TypeScript without"));
        assertThat(text.indexOf("SKILLS")).isLessThan(text.indexOf("EDUCATION"));
        assertThat(text.indexOf("EDUCATION")).isLessThan(text.indexOf("Lead Frontend Engineer"));

        Analysis a = analyzer.analyse(text, Fixtures.text("jd_frontend.txt"));
        assertThat(a.role()).isEqualTo("Senior Frontend Engineer");
        assertThat(a.roleProfile()).isEqualTo("frontend");
        assertThat(a.focusTopics()).contains("react", "typescript", "accessibility");
        assertThat(a.projects()).extracting(Analysis.Project::name).contains("a11y-lint-action");
    }

    @Test
    void backendResumeAgainstBackendJob() {
        Analysis a = analyzer.analyse(reader.read(Fixtures.bytes("resume_backend_java.pdf")), Fixtures.text("jd_backend_java.txt"));
        assertThat(a.role()).isEqualTo("Senior Backend Engineer");
        assertThat(a.seniority()).isEqualTo("senior");
        assertThat(a.roleProfile()).isEqualTo("backend");
        assertThat(a.candidateName()).isEqualTo("Priya Raman");
        assertThat(a.focusTopics()).contains("kafka").hasSizeBetween(3, ProfileAnalyzer.MAX_FOCUS_TOPICS)
                .doesNotContain("react", "machine-learning");
        assertThat(a.projects().get(0).name()).isEqualTo("Ledgerly");
        assertThat(a.projects().get(0).description()).contains("double-entry bookkeeping");
        assertThat(a.candidateSkills()).contains("Apache Kafka", "PostgreSQL");
        assertThat(a.requirements()).anyMatch(r -> r.contains("Apache Kafka"));
        assertThat(a.candidateYears()).isEqualTo(6);
    }

    @Test
    void dataScientist() {
        Analysis a = analyzer.analyse(reader.read(Fixtures.bytes("resume_data_scientist.pdf")), Fixtures.text("jd_data_scientist.txt"));
        assertThat(a.role()).isEqualTo("Data Scientist");
        assertThat(a.roleProfile()).isEqualTo("data-science");
        assertThat(a.focusTopics()).containsAnyOf("statistics", "experimentation").contains("python");
    }

    @Test
    void roleTitleComesFromHiringPhrasesAndNeverTheWholeText() {
        String jd = "We are a small fintech in Berlin. We are hiring a Site Reliability Engineer to keep our platform calm. "
                + "You will run Kubernetes, Terraform and Prometheus, and lead incident reviews with the team.";
        assertThat(JobDescriptionReader.roleTitle(jd)).isEqualTo("Site Reliability Engineer");
        String untitled = "You will build things with us. ".repeat(20);
        assertThat(JobDescriptionReader.roleTitle(untitled)).isNull();
        assertThat(analyzer.analyse("Jane Doe\nSKILLS\nJava, SQL\n".repeat(3), untitled).role()).isEqualTo("Backend Engineer");
        assertThat(JobDescriptionReader.company("Acme Payments is hiring a Backend Engineer to build ledgers.")).isEqualTo("Acme Payments");
    }

    @Test
    void sectionHeadersInManySpellings() {
        for (String header : new String[]{"Projects", "PERSONAL PROJECTS:", "Selected Work", "Open Source", "Side projects"}) {
            assertThat(ResumeSections.headerKind(header)).as(header).isEqualTo(ResumeSections.PROJECTS);
        }
        for (String header : new String[]{"Experience", "WORK HISTORY", "Professional Experience", "Employment History"}) {
            assertThat(ResumeSections.headerKind(header)).as(header).isEqualTo(ResumeSections.EXPERIENCE);
        }
        ResumeSections s = ResumeSections.of("Sam Lee\nWork History\nEngineer, Acme 2020 - 2024\nBuilt the billing pipeline on Kafka.\n");
        assertThat(ProjectExtractor.projects(s).get(0).name()).isEqualTo("your work as Engineer, Acme");
    }
}
