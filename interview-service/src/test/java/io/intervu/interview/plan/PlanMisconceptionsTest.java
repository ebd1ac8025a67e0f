package io.intervu.interview.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.client.KnowledgeDtos;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which misconceptions a planned question carries for the evaluator: a bank question keeps its own in the offline
 * plan, the project deep-dive has four of its own in both of its variants, and the built-in bank, which stands in for
 * the knowledge base, has four per question stated as claims of 12 to 35 words (the length of the starter corpus's).
 */
class PlanMisconceptionsTest {

    private final List<KnowledgeDtos.BankQuestion> builtIn = new BankQuestions(new ObjectMapper()).fallback();

    @Test
    void everyBuiltInQuestionHasFourMisconceptions() {
        assertThat(builtIn).hasSizeGreaterThanOrEqualTo(15);
        for (KnowledgeDtos.BankQuestion q : builtIn) {
            assertThat(q.misconceptions()).as(q.ref()).hasSize(4).doesNotHaveDuplicates();
            for (String m : q.misconceptions()) {
                assertThat(m.strip().split("\\s+").length).as(q.ref() + ": " + m).isBetween(12, 35);
                assertThat(m).as(q.ref() + ": a claim, not a question").doesNotContain("?");
            }
        }
    }

    @Test
    void theOfflinePlanKeepsEachBankQuestionsMisconceptions() {
        List<PlannedQuestion> plan = OfflinePlanner.plan(analysis(List.of(new Analysis.Project("Ledgerly", "a ledger", "projects"))),
                6, builtIn, List.of(), builtIn, 42);
        assertThat(plan).hasSize(6);
        for (PlannedQuestion q : plan) {
            if (q.type().equals("project")) {
                assertThat(q.misconceptions()).isEqualTo(ProjectQuestionComposer.MISCONCEPTIONS);
            } else {
                KnowledgeDtos.BankQuestion source = builtIn.stream().filter(b -> b.ref().equals(q.questionRef())).findFirst().orElseThrow();
                assertThat(q.misconceptions()).as(q.questionRef()).isEqualTo(source.misconceptions());
            }
        }
    }

    @Test
    void bothProjectDeepDivesHaveTheirFourMisconceptions() {
        PlannedQuestion named = ProjectQuestionComposer.compose(analysis(List.of(new Analysis.Project("Ledgerly", "a ledger", "projects"))), "kafka");
        PlannedQuestion unnamed = ProjectQuestionComposer.compose(analysis(List.of()), "kafka");
        assertThat(named.text()).contains("Ledgerly");
        assertThat(unnamed.text()).contains("proudest");
        assertThat(ProjectQuestionComposer.MISCONCEPTIONS).hasSize(4).doesNotHaveDuplicates();
        assertThat(named.misconceptions()).isEqualTo(ProjectQuestionComposer.MISCONCEPTIONS);
        assertThat(unnamed.misconceptions()).isEqualTo(ProjectQuestionComposer.MISCONCEPTIONS);
    }

    private static Analysis analysis(List<Analysis.Project> projects) {
        return new Analysis("Senior Backend Engineer", "backend", "senior", null, "Priya", List.of("kafka", "sql", "distributed-systems"),
                Map.of(), Map.of(), List.of(), List.of(), projects, 8, "corenlp");
    }
}
