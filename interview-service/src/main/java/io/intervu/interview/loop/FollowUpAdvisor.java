package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.client.GeminiChat;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes follow-up or next for an answer: Gemini when configured, else (or when its proposal is
 * unusable) the offline rules. It only proposes; the loop enforces the bounds.
 */
@ApplicationScoped
public class FollowUpAdvisor {

    private static final Logger LOG = Logger.getLogger(FollowUpAdvisor.class);

    private final ObjectMapper json;
    private final GeminiFollowUpAdvisor gemini;

    public FollowUpAdvisor(ObjectMapper json, GeminiFollowUpAdvisor gemini) {
        this.json = json;
        this.gemini = gemini;
    }

    FollowUpPolicy.Proposal propose(AnswerProcessor.Work work, String answer) {
        List<String> keyPoints = keyPoints(work.question().keyPoints);
        String geminiFailure = null;
        if (gemini.enabled()) {
            try {
                FollowUpPolicy.Proposal proposal = gemini.propose(work.question().text, keyPoints, work.earlierAnswers(),
                        work.probedPrompts(), answer);
                LOG.debugf("interview %s: %s", work.interviewId(), proposal.reason());
                return proposal;
            } catch (RuntimeException e) {
                geminiFailure = GeminiChat.reason(e);
                LOG.warnf("gemini follow-up for interview %s failed, offline rules used: %s", work.interviewId(), geminiFailure);
            }
        }
        FollowUpPolicy.Proposal offline = offline(work, keyPoints, answer);
        return geminiFailure == null ? offline : offline.withGeminiFailure(geminiFailure);
    }

    private static FollowUpPolicy.Proposal offline(AnswerProcessor.Work work, List<String> keyPoints, String answer) {
        // judge everything said about this question so far, so a point covered earlier is not probed again
        String all = String.join(" ", work.earlierAnswers()) + " " + answer;
        // what earlier follow-ups probed: recorded on the turn (whoever proposed it), else recognised in the rules' wording
        Set<String> probed = new HashSet<>(work.probedKeyPoints());
        for (String keyPoint : keyPoints) {
            for (String prompt : work.probedPrompts()) {
                if (prompt.contains(keyPoint)) {
                    probed.add(keyPoint);
                }
            }
        }
        FollowUpPolicy.Proposal onAnswer = FollowUpPolicy.propose(answer, keyPoints, probed);
        if (!onAnswer.followUp()) {
            return onAnswer;
        }
        FollowUpPolicy.Proposal overall = FollowUpPolicy.propose(all, keyPoints, probed);
        return overall.missingKeyPoint() == null ? overall
                : new FollowUpPolicy.Proposal(true, overall.missingKeyPoint(), onAnswer.signals(), onAnswer.reason());
    }

    private List<String> keyPoints(String stored) {
        try {
            return List.of(json.readValue(stored, String[].class));
        } catch (Exception e) {
            return List.of();
        }
    }
}
