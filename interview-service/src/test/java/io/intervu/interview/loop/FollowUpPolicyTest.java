package io.intervu.interview.loop;

import io.intervu.interview.Turn;
import io.intervu.interview.analysis.LanguageAnalyzer;
import io.intervu.interview.loop.Proposal.Move;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline follow-up rules on a real knowledge-base question, its key points and probes. */
class FollowUpPolicyTest {

    private static final LanguageAnalyzer LANGUAGE = new LanguageAnalyzer();
    static final String QUESTION = "How does Kafka guarantee message ordering, and what determines which partition a message goes to?";
    static final List<String> KEY_POINTS = List.of(
            "Ordering is guaranteed only within a single partition",
            "The default partitioner hashes the message key to choose a partition",
            "Messages with the same key land in the same partition and stay ordered",
            "Changing the partition count remaps keys and breaks per-key ordering",
            "Retries with multiple in-flight requests need idempotence to preserve order");
    static final List<String> PROBES = List.of(
            "If two events for the same order end up in different partitions, what can you still say about their sequence?",
            "When you send a record with a key, what decides where it lands?",
            "How would you make sure all events for one customer are processed in sequence?",
            "What happens to that guarantee if you later add partitions to the topic?",
            "Suppose the producer retries after a timeout while other batches are in flight. What could happen to the sequence?");

    private static AnswerContext context(String answer) {
        return context(answer, Turn.QUESTION, QUESTION, List.of(), Set.of(), 2, false, 0, List.of());
    }

    private static AnswerContext context(String answer, String turnKind, String turnPrompt, List<String> earlierAnswers,
                                         Set<String> probed, int followUpsLeft, boolean rephrased, int clarifications,
                                         List<String> earlierPrompts) {
        return new AnswerContext(QUESTION, "technical", "kafka", 2, false, KEY_POINTS, PROBES, answer, LANGUAGE.tokens(answer),
                earlierAnswers, probed, turnKind, turnPrompt, null, followUpsLeft, rephrased, clarifications, earlierPrompts, 7L);
    }

    @Test
    void anAnswerMissingImportantPointsGetsTheProbeOfTheMostImportantOneOpenedByItsOwnWords() {
        String answer = "Kafka keeps ordering only within a single partition, so consumers see records of one partition in order.";
        Proposal p = FollowUpPolicy.decide(context(answer));
        assertThat(p.move()).isEqualTo(Move.PROBE);
        assertThat(p.answerKind()).isEqualTo(AnswerKind.ANSWER);
        // of the missed points, this one shares most words with what the question asks (messages, partition, ordering)
        assertThat(p.probedKeyPoint()).isEqualTo(KEY_POINTS.get(2));
        assertThat(p.text()).endsWith(PROBES.get(2));
        String opening = Openings.firstSentence(p.text());
        assertThat(opening).isNotEqualTo(p.text());
        assertThat(List.of("single partition", "partition", "consumers", "records", "ordering"))
                .as("the opening acknowledges words of the answer: " + opening).anyMatch(opening::contains);
        assertThat(FourWordOverlap.revealed(p.text(), KEY_POINTS)).isNull();
    }

    @Test
    void anAnswerCoveringMostPointsIsNotFollowedUp() {
        String answer = "Ordering is guaranteed only within a single partition. The default partitioner hashes the message key "
                + "to choose a partition, so messages with the same key land in the same partition and stay ordered. "
                + "Changing the partition count remaps keys and breaks that per-key ordering.";
        Proposal p = FollowUpPolicy.decide(context(answer));
        assertThat(p.move()).isEqualTo(Move.NEXT);
        assertThat(p.text()).isNull();
        assertThat(p.reason()).contains("covers 4 of 5");
    }

    @Test
    void pointsCoveredInEarlierAnswersAndPointsProbedBeforeAreNotProbedAgain() {
        String answer = "Ordering only holds within a single partition of the topic, as far as I know.";
        Proposal p = FollowUpPolicy.decide(context(answer, Turn.FOLLOW_UP, "You mentioned keys. " + PROBES.get(1),
                List.of("The default partitioner hashes the message key to pick the partition."), Set.of(KEY_POINTS.get(1)),
                1, false, 0, List.of()));
        assertThat(p.move()).isEqualTo(Move.PROBE);
        assertThat(p.probedKeyPoint()).isNotIn(KEY_POINTS.get(0), KEY_POINTS.get(1)).isNotNull();
    }

    @Test
    void withNoFollowUpsLeftTheInterviewMovesOn() {
        Proposal p = FollowUpPolicy.decide(context("Kafka keeps ordering only within a single partition, that is the guarantee.",
                Turn.QUESTION, QUESTION, List.of(), Set.of(), 0, false, 0, List.of()));
        assertThat(p.move()).isEqualTo(Move.NEXT);
    }

    @Test
    void aNonAnswerGetsASupportiveTransitionAndNoProbe() {
        for (String answer : List.of("I don't know.", "I am not sure, I have not worked on that.", "No idea, sorry.", "Pass.",
                "I can't remember how that works.", "Yes.")) {
            Proposal p = FollowUpPolicy.decide(context(answer));
            assertThat(p.move()).as(answer).isEqualTo(Move.NEXT);
            assertThat(p.answerKind()).as(answer).isEqualTo(AnswerKind.NON_ANSWER);
            assertThat(p.text()).as(answer).isNotBlank().doesNotContain("?");
            assertThat(p.probedKeyPoint()).isNull();
        }
        // unsure but on topic is an answer
        assertThat(FollowUpPolicy.decide(context("I'm not sure, but I think the key is hashed to pick the partition.")).answerKind())
                .isEqualTo(AnswerKind.ANSWER);
        // "pass" inside an answer is not passing
        assertThat(AnswerClassifier.read("Requests pass through the partition leader, which keeps their order per key.",
                context("x").questionStems()).kind()).isEqualTo(AnswerKind.ANSWER);
    }

    @Test
    void anOffTopicAnswerIsRephrasedOnceWithoutAHintAndThenLeft() {
        String offTopic = "I would put a cache in front of the database and scale the web servers horizontally behind a load balancer.";
        Proposal first = FollowUpPolicy.decide(context(offTopic));
        assertThat(first.move()).isEqualTo(Move.REPHRASE);
        assertThat(first.answerKind()).isEqualTo(AnswerKind.NON_ANSWER);
        assertThat(first.text()).contains("How does Kafka guarantee message ordering?").doesNotContain("what determines");
        assertThat(FourWordOverlap.revealed(first.text(), KEY_POINTS)).isNull();

        Proposal second = FollowUpPolicy.decide(context(offTopic, Turn.FOLLOW_UP, first.text(), List.of(offTopic), Set.of(), 1, true, 0,
                List.of(QUESTION, first.text())));
        assertThat(second.move()).isEqualTo(Move.NEXT);
        assertThat(second.text()).isNotBlank();
    }

    @Test
    void aRequestToRepeatGetsTheQuestionAgainAndAClarificationNamesTheTerm() {
        Proposal repeat = FollowUpPolicy.decide(context("Sorry, could you repeat that?"));
        assertThat(repeat.move()).isEqualTo(Move.REPEAT);
        assertThat(repeat.answerKind()).isEqualTo(AnswerKind.CLARIFICATION_REQUEST);
        assertThat(repeat.text()).endsWith(QUESTION);

        Proposal clarify = FollowUpPolicy.decide(context("What do you mean by partition?", Turn.QUESTION, QUESTION, List.of(), Set.of(),
                2, false, 1, List.of(QUESTION, repeat.text())));
        assertThat(clarify.move()).isEqualTo(Move.CLARIFY);
        assertThat(clarify.text()).contains("partition").endsWith(QUESTION);
        assertThat(Openings.firstSentence(clarify.text())).isNotEqualTo(Openings.firstSentence(repeat.text()));

        // a repeated follow-up is its probe again, without the acknowledgement that opened it
        AnswerContext onFollowUp = new AnswerContext(QUESTION, "technical", "kafka", 2, false, KEY_POINTS, PROBES, "Come again?",
                List.of(), List.of(), Set.of(KEY_POINTS.get(3)), Turn.FOLLOW_UP, "Right, partitions. " + PROBES.get(3), KEY_POINTS.get(3),
                1, false, 0, List.of(), 7L);
        Proposal again = FollowUpPolicy.decide(onFollowUp);
        assertThat(again.move()).isEqualTo(Move.REPEAT);
        assertThat(again.text()).endsWith(PROBES.get(3)).doesNotContain("Right, partitions");
        assertThat(again.probedKeyPoint()).isEqualTo(KEY_POINTS.get(3));

        Proposal third = FollowUpPolicy.decide(context("Could you say that again?", Turn.QUESTION, QUESTION, List.of(), Set.of(), 2, false,
                FollowUpPolicy.MAX_CLARIFICATIONS, List.of()));
        assertThat(third.move()).as("repeats are bounded").isEqualTo(Move.NEXT);
        assertThat(third.answerKind()).isEqualTo(AnswerKind.NON_ANSWER);
    }

    @Test
    void aKeyPointWithoutAWrittenProbeGetsAGenericOneThatNamesNothing() {
        AnswerContext c = new AnswerContext("How would you guarantee per-account ordering of payment events in Kafka?", "technical",
                "kafka", 1, false, List.of("partition by account id", "idempotent consumers", "a measurable outcome"), List.of(),
                "I would make the consumers idempotent by storing processed event ids with the ledger entry.",
                LANGUAGE.tokens("I would make the consumers idempotent by storing processed event ids with the ledger entry."),
                List.of(), Set.of(), Turn.QUESTION, "x", null, 2, false, 0, List.of(), 1L);
        Proposal p = FollowUpPolicy.decide(c);
        assertThat(p.move()).isEqualTo(Move.PROBE);
        assertThat(p.probedKeyPoint()).isEqualTo("partition by account id");
        assertThat(p.text()).doesNotContainIgnoringCase("account id").endsWith("?");
    }

    @Test
    void openingsNeverRepeatWithinAnInterview() {
        List<String> prompts = new ArrayList<>();
        Set<String> openings = new HashSet<>();
        String answer = "Kafka keeps ordering only within a single partition, so consumers see one partition in order.";
        // far more messages than an interview can hold: 12 questions x 3 follow-ups, transitions, rephrasings and repeats
        for (int i = 0; i < 36; i++) {
            for (Openings.Kind kind : Openings.Kind.values()) {
                if (kind == Openings.Kind.TRANSITION && i >= 12 || kind == Openings.Kind.REPHRASE && i >= 12
                        || kind == Openings.Kind.CLARIFY && i >= 12 || kind == Openings.Kind.REPEAT && i >= 24) {
                    continue;
                }
                // at most three follow-ups and two repeats per question
                int question = kind == Openings.Kind.REPEAT ? 1 + i / 2 : 1 + i / 3;
                String opening = Openings.choose(kind, i % 2 == 0 ? "key hashing" : "partitions", question, prompts, 3L);
                assertThat(opening).as(kind + " #" + i).isNotNull();
                assertThat(openings.add(Openings.firstSentence(opening).toLowerCase())).as(kind + " #" + i + ": " + opening).isTrue();
                prompts.add(opening + " Some question?");
            }
        }
        assertThat(FollowUpPolicy.decide(context(answer, Turn.QUESTION, QUESTION, List.of(), Set.of(), 2, false, 0, prompts)).text())
                .as("all spent: the probe still comes").endsWith(PROBES.get(2));
    }

    @Test
    void templatePrefixesAreDistinct() {
        List<String> prefixes = new ArrayList<>();
        for (Openings.Kind kind : Openings.Kind.values()) {
            for (String t : concat(kind.templates, kind.withoutPhrase)) {
                assertThat(t).doesNotContain(": ").doesNotContain("?").endsWith(".");
                prefixes.add(t.contains("{p}") ? t.substring(0, t.indexOf("{p}")) : t);
            }
        }
        assertThat(prefixes).doesNotHaveDuplicates();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void aQuestionAboutTheWholeQuestionGetsItInOtherWords() {
        Proposal p = FollowUpPolicy.decide(context("Sorry, what exactly are you asking?"));
        assertThat(p.move()).isEqualTo(Move.CLARIFY);
        assertThat(p.answerKind()).isEqualTo(AnswerKind.CLARIFICATION_REQUEST);
        assertThat(p.text()).endsWith("How does Kafka guarantee message ordering?");
    }

    @Test
    void fourWordOverlapIgnoresCaseAndPunctuation() {
        assertThat(FourWordOverlap.shared("Transactions atomically write output records", "Do TRANSACTIONS, atomically, write output?"))
                .isEqualTo("transactions atomically write output");
        assertThat(FourWordOverlap.shared("Don't retry on timeout errors", "why dont retry on timeout")).isEqualTo("dont retry on timeout");
        assertThat(FourWordOverlap.shared("write output records atomically", "write output and records")).isNull();
        assertThat(FourWordOverlap.revealed("What decides where a record with a key lands?", KEY_POINTS)).isNull();
        assertThat(FourWordOverlap.revealed("Is ordering guaranteed only within a partition?", KEY_POINTS)).isEqualTo(KEY_POINTS.get(0));
    }

    @Test
    void questionsAreNarrowedToTheirFirstPart() {
        assertThat(QuestionRewording.rephrase("Explain consumer groups and offsets. What happens during a rebalance?"))
                .isEqualTo("Explain consumer groups and offsets. In your own words, what happens during a rebalance?");
        assertThat(QuestionRewording.rephrase("Consumer lag keeps growing during peak hours. What do you check and how do you fix it?"))
                .isEqualTo("Consumer lag keeps growing during peak hours. What do you check?");
        assertThat(QuestionRewording.rephrase(QUESTION)).isEqualTo("How does Kafka guarantee message ordering?");
    }
}
