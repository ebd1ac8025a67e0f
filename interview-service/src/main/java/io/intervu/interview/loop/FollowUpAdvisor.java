package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Proposes follow-up or next for an answer with the offline rules; the loop enforces the bounds. */
@ApplicationScoped
public class FollowUpAdvisor {

    private final ObjectMapper json;

    public FollowUpAdvisor(ObjectMapper json) {
        this.json = json;
    }

    FollowUpPolicy.Proposal propose(AnswerProcessor.Work work, String answer) {
        List<String> keyPoints = keyPoints(work.question().keyPoints);
        // judge everything said about this question so far, so a point covered earlier is not probed again
        String all = String.join(" ", work.earlierAnswers()) + " " + answer;
        Set<String> probed = new HashSet<>();
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
