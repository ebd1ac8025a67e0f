package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.PreparedQuestion;
import io.intervu.interview.Turn;
import io.intervu.interview.analysis.LanguageAnalyzer;
import io.intervu.interview.client.LlmChat;
import io.intervu.interview.loop.AnswerClassifier.Reading;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Proposes what follows a reply. The rules read the reply first: requests to repeat or clarify and non-answers are
 * always handled by them (the model is not asked whether to probe someone who said "I don't know"). For an answer,
 * The language model proposes when configured and follow-ups are left, else (or when its proposal is unusable) the offline
 * rules do. It only proposes; the loop enforces the bounds.
 */
@ApplicationScoped
public class FollowUpAdvisor {

    private static final Logger LOG = Logger.getLogger(FollowUpAdvisor.class);

    private final ObjectMapper json;
    private final LlmFollowUpAdvisor model;
    private final LanguageAnalyzer language;

    public FollowUpAdvisor(ObjectMapper json, LlmFollowUpAdvisor model, LanguageAnalyzer language) {
        this.json = json;
        this.model = model;
        this.language = language;
    }

    Proposal propose(AnswerProcessor.Work work, String answer) {
        AnswerContext context = context(work, answer);
        Reading reading = AnswerClassifier.read(answer, context.questionStems());
        if (reading.kind() != AnswerKind.ANSWER) {
            return FollowUpPolicy.decide(context, reading);
        }
        context = context.withAnswerTokens(language.tokens(answer));
        String modelFailure = null;
        if (model.enabled() && context.followUpsLeft() > 0) {
            try {
                Proposal proposal = model.propose(context, followUpPrompts(work));
                LOG.debugf("interview %s: %s", work.interviewId(), proposal.reason());
                return proposal;
            } catch (RuntimeException e) {
                modelFailure = model.provider() + " follow-up failed (" + LlmChat.reason(e) + ")";
                LOG.warnf("interview %s: %s, offline rules used", work.interviewId(), modelFailure);
            }
        }
        Proposal offline = FollowUpPolicy.decide(context, reading);
        return modelFailure == null ? offline : offline.withModelFailure(modelFailure);
    }

    AnswerContext context(AnswerProcessor.Work work, String answer) {
        PreparedQuestion q = work.question();
        List<Turn> ofQuestion = work.questionTurns();
        List<String> earlierAnswers = ofQuestion.stream().filter(Turn::countsAsAnswer).map(t -> t.answerText).toList();
        Set<String> probed = new LinkedHashSet<>();
        ofQuestion.stream().map(t -> t.probedKeyPoint).filter(Objects::nonNull).forEach(probed::add);
        boolean rephrased = ofQuestion.stream().anyMatch(t -> Proposal.Move.REPHRASE.stored.equals(t.move));
        int clarifications = (int) ofQuestion.stream().filter(t -> Turn.CLARIFICATION_REQUEST.equals(t.answerKind)).count();
        Turn turn = work.turn();
        return new AnswerContext(q.text, q.type, q.topic, q.ordinal, q.ordinal >= work.questionCount(), strings(q.keyPoints),
                strings(q.probes), answer, List.of(), earlierAnswers, probed, turn.kind, turn.prompt, turn.probedKeyPoint,
                work.maxFollowUps() - work.followUpsAsked(), rephrased, clarifications, work.interviewerPrompts(),
                work.interviewId().getMostSignificantBits());
    }

    /** The earlier follow-ups to this question, as the model is told about them. */
    private static Set<String> followUpPrompts(AnswerProcessor.Work work) {
        Set<String> prompts = new LinkedHashSet<>();
        work.questionTurns().stream().filter(t -> Turn.FOLLOW_UP.equals(t.kind)).forEach(t -> prompts.add(t.prompt));
        return prompts;
    }

    private List<String> strings(String stored) {
        try {
            return stored == null ? List.of() : List.of(json.readValue(stored, String[].class));
        } catch (Exception e) {
            return List.of();
        }
    }
}
