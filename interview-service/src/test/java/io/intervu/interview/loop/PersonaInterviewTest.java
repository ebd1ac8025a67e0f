package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.Turn;
import io.intervu.interview.repository.PreparedQuestionRepository;
import io.intervu.interview.repository.TurnRepository;
import io.intervu.interview.support.InterviewApi;
import io.intervu.interview.support.PeerStubs;
import io.intervu.interview.support.StarterCorpus;
import io.intervu.testsupport.TestJwt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persona run: whole offline interviews (the backend fixture resume and job description, 7 questions, up to 2
 * follow-ups each) against the real loop, database and broker, with rag-service's starter corpus (real questions and
 * probes) as the knowledge base and five scripted candidates: strong, average, "I don't know", rambling and
 * asks-to-repeat. With {@code -Dpersonas.print=true} it prints every transcript (see the README for the command).
 */
@QuarkusTest
class PersonaInterviewTest {

    static final int QUESTIONS = 7;
    static final int MAX_FOLLOW_UPS = 2;
    private static final boolean PRINT = Boolean.getBoolean("personas.print");
    /** Played once, on the first test that needs them; every test asserts one property over the same runs. */
    private static Map<String, Run> runs;
    /** A failed play fails every test at once instead of playing again for each. */
    private static RuntimeException playFailed;

    @Inject
    TurnRepository turns;
    @Inject
    PreparedQuestionRepository questions;
    @Inject
    ObjectMapper json;

    /** One played interview: its turns in order and its plan, read back from the database. */
    record Run(Persona persona, String interviewId, String status, List<Turn> turns, Map<UUID, PreparedQuestion> plan) {

        List<Turn> followUps() {
            return turns.stream().filter(t -> Turn.FOLLOW_UP.equals(t.kind)).toList();
        }
    }

    @BeforeEach
    void knowledgeBaseIsTheStarterCorpus() throws Exception {
        PeerStubs.resetToDefaults();
        PeerStubs.server().stubFor(get(urlPathEqualTo("/api/knowledge/questions")).atPriority(1)
                .willReturn(PeerStubs.json(200, json.writeValueAsString(StarterCorpus.questions()))));
    }

    private synchronized Map<String, Run> runs() {
        if (playFailed != null) {
            throw new IllegalStateException("the persona run failed", playFailed);
        }
        if (runs == null) {
            Map<String, Run> played = new LinkedHashMap<>();
            for (Persona persona : List.of(Persona.strong(), Persona.average(), Persona.dontKnow(), Persona.rambling(),
                    Persona.asksToRepeat())) {
                Run run;
                try {
                    run = play(persona);
                } catch (RuntimeException | AssertionError e) {
                    playFailed = new IllegalStateException(persona.name + ": " + e.getMessage(), e);
                    throw playFailed;
                }
                played.put(persona.name, run);
                if (PRINT) {
                    System.out.println(transcript(run));
                }
            }
            runs = played;
        }
        return runs;
    }

    private Run play(Persona persona) {
        InterviewApi api = new InterviewApi(TestJwt.user(UUID.randomUUID().toString()));
        String id = api.startReady("resume_backend_java.pdf", "jd_backend_java.txt", Map.of("questionCount", String.valueOf(QUESTIONS),
                "maxFollowUps", String.valueOf(MAX_FOLLOW_UPS), "candidateName", "Sam"));
        // every question: at most K follow-ups and two repeats, each possibly answered; the greeting and the closing
        int bound = QUESTIONS * (1 + MAX_FOLLOW_UPS + FollowUpPolicy.MAX_CLARIFICATIONS) + 2;
        JsonPath message = api.next(id);
        int messages = 1;
        while (!message.getBoolean("last")) {
            PreparedQuestion q = message.getString("questionId") == null ? null : question(UUID.fromString(message.getString("questionId")));
            Persona.Asked asked = new Persona.Asked(message.getString("kind"), message.getString("text"),
                    q == null ? null : q.id.toString(), q == null ? null : q.text, q == null ? List.of() : strings(q.keyPoints),
                    q == null ? List.of() : strings(q.probes));
            api.answerText(id, message.getString("turnId"), persona.reply(asked)).then().statusCode(202);
            message = api.next(id);
            messages++;
            assertThat(messages).as(persona.name + ": the interview ends within its bounds").isLessThanOrEqualTo(bound);
        }
        assertThat(message.getString("kind")).isEqualTo("closing");
        String status = api.get(id).getString("status");
        UUID interviewId = UUID.fromString(id);
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, PreparedQuestion> plan = new LinkedHashMap<>();
            questions.ofInterview(interviewId).forEach(q -> plan.put(q.id, q));
            return new Run(persona, id, status, List.copyOf(turns.ofInterview(interviewId)), plan);
        });
    }

    private PreparedQuestion question(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> questions.findById(id));
    }

    @Test
    void everyInterviewEnds() {
        runs().values().forEach(run -> {
            assertThat(run.status()).as(run.persona().name).isEqualTo("COMPLETED");
            assertThat(run.turns().get(run.turns().size() - 1).kind).as(run.persona().name).isEqualTo(Turn.CLOSING);
            assertThat(run.turns().stream().filter(t -> Turn.QUESTION.equals(t.kind)).map(t -> t.questionId).distinct())
                    .as(run.persona().name + ": every prepared question was asked").hasSize(QUESTIONS);
        });
    }

    @Test
    void everyPlannedQuestionKeepsItsMisconceptions() {
        // every question comes from the starter corpus (at least 3 each) or is the project deep-dive (4)
        runs().values().forEach(run -> run.plan().values().forEach(q -> assertThat(strings(q.misconceptions))
                .as(run.persona().name + ": misconceptions of \"" + q.text + "\"").hasSizeGreaterThanOrEqualTo(3)));
    }

    @Test
    void noInterviewerMessageRevealsAKeyPoint() {
        runs().values().forEach(run -> run.turns().stream().filter(t -> t.questionId != null).forEach(t -> {
            PreparedQuestion q = run.plan().get(t.questionId);
            // the question itself was asked already; anything else said about it must keep its key points unsaid
            String added = t.prompt.replace(q.text, " ");
            assertThat(FourWordOverlap.revealed(added, strings(q.keyPoints)))
                    .as(run.persona().name + ": \"" + t.prompt + "\" gives a key point away").isNull();
        }));
    }

    @Test
    void aNonAnswerIsNeverProbedAndGetsAtMostOneFollowUp() {
        Run dontKnow = runs().get("I don't know");
        assertThat(dontKnow.turns().stream().filter(Turn::countsAsAnswer))
                .as("every \"I don't know\" reply is read as a non-answer").allMatch(t -> Turn.NON_ANSWER.equals(t.answerKind));
        runs().values().forEach(run -> {
            Map<UUID, Integer> afterNonAnswer = new HashMap<>();
            for (int i = 0; i + 1 < run.turns().size(); i++) {
                Turn answered = run.turns().get(i);
                Turn next = run.turns().get(i + 1);
                if (Turn.NON_ANSWER.equals(answered.answerKind) && Turn.FOLLOW_UP.equals(next.kind)) {
                    assertThat(next.move).as(run.persona().name + ": after a non-answer, \"" + next.prompt + "\"").isEqualTo("rephrase");
                    assertThat(next.probedKeyPoint).isNull();
                    assertThat(afterNonAnswer.merge(next.questionId, 1, Integer::sum))
                            .as(run.persona().name + ": follow-ups after non-answers to one question").isLessThanOrEqualTo(1);
                }
            }
        });
        assertThat(dontKnow.followUps().stream().filter(t -> t.probedKeyPoint != null)).as("probes after \"I don't know\"").isEmpty();
    }

    @Test
    void noOpeningRepeatsWithinAnInterview() {
        runs().values().forEach(run -> {
            List<String> openings = openings(run);
            assertThat(openings).as(run.persona().name + ": openings").doesNotHaveDuplicates();
            if (!run.persona().name.equals("strong")) {
                assertThat(openings).as(run.persona().name + ": the policy spoke").isNotEmpty();
            }
        });
    }

    @Test
    void theStrongCandidateGetsFewerFollowUpsThanTheWeakOnes() {
        int strong = Turn.followUpCount(runs().get("strong").turns());
        assertThat(strong).isLessThan(Turn.followUpCount(runs().get("average").turns()));
        assertThat(strong).isLessThan(Turn.followUpCount(runs().get("rambling").turns()));
        assertThat(strong).as("a strong candidate's answers cover most key points").isLessThanOrEqualTo(1);
    }

    @Test
    void aRequestToRepeatGetsTheQuestionAgainAndIsNotTheAnswer() {
        Run run = runs().get("asks to repeat");
        List<Turn> all = run.turns();
        int requests = 0;
        for (int i = 0; i + 1 < all.size(); i++) {
            Turn request = all.get(i);
            if (!Turn.CLARIFICATION_REQUEST.equals(request.answerKind)) {
                continue;
            }
            requests++;
            Turn again = all.get(i + 1);
            assertThat(again.questionId).isEqualTo(request.questionId);
            assertThat(again.kind).isEqualTo(request.kind);
            assertThat(again.move).isIn("repeat", "clarify");
            assertThat(again.prompt).contains(run.plan().get(request.questionId).text);
            assertThat(request.countsAsAnswer()).isFalse();
        }
        assertThat(requests).as("each question was asked again and then clarified").isEqualTo(QUESTIONS * 2);
        assertThat(all.stream().filter(t -> "clarify".equals(t.move))).allMatch(t -> t.prompt.toLowerCase(Locale.ROOT)
                .contains(Persona.longestWord(run.plan().get(t.questionId).text)));
    }

    /**
     * The first sentence of every message the policy wrote: follow-ups, repeats and clarifications, and questions
     * that follow a transition (a plain question is the question text after "Great, let's start." or "Last question.").
     */
    private static List<String> openings(Run run) {
        List<String> out = new ArrayList<>();
        for (Turn t : run.turns()) {
            if (t.questionId == null) {
                continue;
            }
            String text = run.plan().get(t.questionId).text;
            boolean plain = Turn.QUESTION.equals(t.kind) && t.move == null
                    && List.of(text, "Great, let's start. " + text, "Last question. " + text).contains(t.prompt);
            if (!plain) {
                out.add(Openings.firstSentence(t.prompt).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private String transcript(Run run) {
        StringBuilder sb = new StringBuilder("\n=== persona: " + run.persona().name + " (" + Turn.followUpCount(run.turns())
                + " follow-ups, " + run.turns().stream().filter(Turn::countsAsAnswer).count() + " answers) ===\n");
        for (Turn t : run.turns()) {
            PreparedQuestion q = t.questionId == null ? null : run.plan().get(t.questionId);
            String label = switch (t.kind) {
                case Turn.QUESTION -> "question " + q.ordinal + "/" + QUESTIONS + ", " + q.topic + (t.move == null ? "" : ", " + t.move);
                case Turn.FOLLOW_UP -> "follow-up " + q.ordinal + "." + t.followUpIndex + ", " + t.move;
                default -> t.kind;
            };
            sb.append("Interviewer (").append(label).append("): ").append(t.prompt).append('\n');
            if (t.answered()) {
                sb.append("Candidate").append(t.answerKind == null || Turn.ANSWER.equals(t.answerKind) ? "" : " (" + t.answerKind + ")")
                        .append(": ").append(t.answerText).append('\n');
            }
        }
        return sb.toString();
    }

    private List<String> strings(String stored) {
        try {
            return List.of(json.readValue(stored, String[].class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
