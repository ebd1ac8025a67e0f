package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.Interview;
import io.intervu.interview.InterviewStatus;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.Turn;
import io.intervu.interview.client.DownstreamException;
import io.intervu.interview.client.Transcriber;
import io.intervu.interview.client.TranscriptionResult;
import io.intervu.interview.repository.InterviewRepository;
import io.intervu.interview.repository.PreparedQuestionRepository;
import io.intervu.interview.repository.TurnRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * Turns a pending answer into a recorded one: transcribes audio (outside any transaction),
 * asks the follow-up policy, then applies the result in one transition.
 */
@ApplicationScoped
public class AnswerProcessor {

    private static final Logger LOG = Logger.getLogger(AnswerProcessor.class);

    private final InterviewRepository interviews;
    private final TurnRepository turns;
    private final PreparedQuestionRepository questions;
    private final Transcriber transcriber;
    private final LoopTransitions transitions;
    private final FollowUpAdvisor advisor;
    private final ObjectMapper json;

    public AnswerProcessor(InterviewRepository interviews, TurnRepository turns, PreparedQuestionRepository questions,
                           Transcriber transcriber, LoopTransitions transitions, FollowUpAdvisor advisor, ObjectMapper json) {
        this.interviews = interviews;
        this.turns = turns;
        this.questions = questions;
        this.transcriber = transcriber;
        this.transitions = transitions;
        this.advisor = advisor;
        this.json = json;
    }

    /**
     * A snapshot of what the pending work needs, read in a short transaction: the turn being answered, its prepared
     * question with every turn of that question, and every interviewer message of the interview so far.
     */
    record Work(UUID interviewId, String userId, Turn turn, boolean confidenceOptIn, String text, byte[] audio,
                String audioName, String audioType, String transcript, PreparedQuestion question, List<Turn> questionTurns,
                List<String> interviewerPrompts, int questionCount, int followUpsAsked, int maxFollowUps) {

        UUID turnId() {
            return turn.id;
        }
    }

    public void process(UUID interviewId, String bearer) {
        Work work = QuarkusTransaction.requiringNew().call(() -> snapshot(interviewId));
        if (work == null) {
            return;
        }
        RecordedAnswer answer;
        String speechProvider = null;
        if (work.audio() != null) {
            TranscriptionResult result;
            try {
                result = transcriber.transcribe(bearer, work.userId(), work.audio(), work.audioName(), work.audioType(), work.transcript(),
                        work.confidenceOptIn());
            } catch (DownstreamException | FaultToleranceException e) {
                LOG.warnf("transcription failed for interview %s: %s", interviewId, e.getMessage());
                boolean rejected = e instanceof DownstreamException d && d.rejected();
                if (work.transcript() != null && !work.transcript().isBlank()) {
                    answer = new RecordedAnswer(work.transcript().strip(), "audio", "client", null, null, null, null, null);
                    apply(work, answer, "client");
                } else {
                    transitions.reopen(interviewId, work.turnId(), rejected
                            ? "We could not process that recording. Please record your answer again, or type it."
                            : "The speech service is unavailable right now. Please type your answer, or try again in a moment.");
                }
                return;
            }
            String text = result.transcript() == null ? "" : result.transcript().strip();
            if (text.isEmpty()) {
                transitions.reopen(interviewId, work.turnId(), Boolean.FALSE.equals(result.speechDetected())
                        ? "We did not hear any speech in that recording. Please check your microphone and answer again."
                        : "We could not get a transcript of that recording. Please answer again, or type your answer.");
                return;
            }
            speechProvider = result.provider();
            answer = new RecordedAnswer(text, "audio", result.provider(), result.id(), result.durationSeconds(),
                    result.speechDetected(), asJson(result.delivery()), asJson(result.confidence()));
        } else {
            answer = new RecordedAnswer(work.text().strip(), "text", "text", null, null, null, null, null);
        }
        apply(work, answer, speechProvider);
    }

    private void apply(Work work, RecordedAnswer answer, String speechProvider) {
        Proposal proposal = null;
        // even with no follow-ups left a reply is read: a request to repeat is not the answer, a non-answer gets a transition
        if (!Turn.GREETING.equals(work.turn().kind) && work.question() != null) {
            proposal = advisor.propose(work, answer.text());
        }
        transitions.recordAnswer(work.interviewId(), work.turnId(), answer, proposal, speechProvider);
    }

    Work snapshot(UUID interviewId) {
        Interview i = interviews.findById(interviewId);
        if (i == null || i.status != InterviewStatus.PROCESSING_ANSWER || i.pendingTurnId == null) {
            return null;
        }
        Turn turn = turns.findById(i.pendingTurnId);
        PreparedQuestion question = turn.questionId == null ? null : questions.findById(turn.questionId);
        List<Turn> ofQuestion = question == null ? List.of() : turns.ofQuestion(interviewId, question.id);
        List<String> prompts = turns.ofInterview(interviewId).stream().map(t -> t.prompt).toList();
        return new Work(interviewId, i.userId, turn, i.confidenceOptIn, i.pendingText, i.pendingAudio, i.pendingAudioName,
                i.pendingAudioType, i.pendingTranscript, question, ofQuestion, prompts, i.questionCount, i.followUpsAsked, i.maxFollowUps);
    }

    private String asJson(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try {
            return json.writeValueAsString(node);
        } catch (Exception e) {
            return null;
        }
    }
}
