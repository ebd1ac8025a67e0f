package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.analysis.UntrustedText.InvalidOutputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model's follow-up is held to the rules the offline policy keeps. */
class FollowUpValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEY_POINTS = FollowUpPolicyTest.KEY_POINTS;

    private static String output(String followUp, String probes) throws Exception {
        return JSON.writeValueAsString(Map.of("action", "follow_up", "reason", "misses the partitioner", "followUp", followUp,
                "probes", probes));
    }

    @Test
    void aFollowUpThatKeepsTheKeyPointUnsaidIsAccepted() throws Exception {
        Proposal p = FollowUpValidator.validate(output("You said keys matter. When you send a record with a key, what decides where it lands?",
                KEY_POINTS.get(1)), KEY_POINTS, List.of("Great, let's start."), JSON, "openai-compatible");
        assertThat(p.move()).isEqualTo(Proposal.Move.PROBE);
        assertThat(p.probedKeyPoint()).isEqualTo(KEY_POINTS.get(1));
        assertThat(p.proposedBy()).isEqualTo("openai-compatible");
        assertThat(p.reason()).startsWith("openai-compatible: ");
    }

    @Test
    void aFollowUpSharingFourWordsWithAnyKeyPointIsRefused() {
        // it probes point 2 but reads point 1 out: any key point counts
        assertThatThrownBy(() -> FollowUpValidator.validate(output("Right. Is ordering guaranteed only within a single partition, "
                + "and what decides the partition?", KEY_POINTS.get(1)), KEY_POINTS, List.of(), JSON, "gemini"))
                .isInstanceOf(InvalidOutputException.class).hasMessageContaining("gives a key point away");
    }

    @Test
    void aFollowUpOpeningLikeAnEarlierMessageIsRefused() {
        assertThatThrownBy(() -> FollowUpValidator.validate(output("You mentioned keys. What decides where a record lands?",
                KEY_POINTS.get(1)), KEY_POINTS, List.of("You mentioned keys."), JSON, "gemini"))
                .isInstanceOf(InvalidOutputException.class).hasMessageContaining("opens like an earlier message");
    }
}
