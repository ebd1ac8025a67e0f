package io.intervu.evaluation.service.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DeliverySummaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode spoken(double wpm, double timeToFirstWord) {
        ObjectNode d = JSON.createObjectNode().put("speechDetected", true).put("wordsPerMinute", wpm);
        return d.put("timeToFirstWordSeconds", timeToFirstWord);
    }

    @Test
    void thinkingTimeIsAveragedOverTheAnswersThatMeasuredIt() {
        ObjectNode silent = JSON.createObjectNode().put("speechDetected", false).put("wordsPerMinute", 0);
        silent.putNull("timeToFirstWordSeconds");
        ObjectNode before = JSON.createObjectNode().put("speechDetected", true).put("wordsPerMinute", 150); // recorded before the field

        JsonNode summary = DeliverySummary.average(JSON, List.of(spoken(140, 3.0), spoken(150, 6.0), silent, before));

        assertEquals(4.5, summary.path("timeToFirstWordSeconds").asDouble(), "neither the silent answer nor the older one counts as 0 s");
        assertEquals(110.0, summary.path("wordsPerMinute").asDouble());
        assertEquals(4, summary.path("answersMeasured").asInt());
    }

    @Test
    void noMeasuredThinkingTimeLeavesTheFieldOut() {
        ObjectNode silent = JSON.createObjectNode().put("speechDetected", false);
        silent.putNull("timeToFirstWordSeconds");

        JsonNode summary = DeliverySummary.average(JSON, List.of(silent));

        assertFalse(summary.has("timeToFirstWordSeconds"), "no answer had a first word: the report shows no line rather than 0 s");
    }
}
