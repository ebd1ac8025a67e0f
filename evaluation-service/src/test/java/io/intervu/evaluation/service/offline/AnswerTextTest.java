package io.intervu.evaluation.service.offline;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an answer is cut into the spans the encoder compares with the key points. */
class AnswerTextTest {

    private static String words(int count) {
        return String.join(" ", IntStream.range(0, count).mapToObj(i -> "w" + i).toList());
    }

    private static long spansOf(AnswerText text, int words) {
        return text.spans.stream().filter(s -> s.split(" ").length == words).count();
    }

    @Test
    void punctuatedSentencesArePairedAndLongOnesWindowed() {
        AnswerText text = AnswerText.of(List.of("Um, the key is hashed.", "So the the partition is fixed."));
        assertEquals("the key is hashed", text.spans.get(0));
        assertEquals("so the partition is fixed", text.spans.get(1), "fillers and stutters are dropped");
        assertEquals("the key is hashed so the partition is fixed", text.spans.get(2));
        assertEquals(3, text.spans.size(), "short sentences get no windows");
        assertEquals(2, text.sentenceCount);
    }

    @Test
    void aTranscriptWithoutPunctuationIsCutIntoSentenceSizedAndShortWindows() {
        AnswerText text = AnswerText.of(List.of(words(60)));
        assertEquals(1, text.sentenceCount);
        // 18-word windows every 9 words (the last one ends with the transcript), then 12-word windows every 6.
        assertEquals(6, spansOf(text, 18));
        assertEquals(9, spansOf(text, 12));
        assertTrue(text.spans.contains(words(60).substring(words(60).indexOf("w48 "))), "the last short window ends the transcript");
    }

    @Test
    void aSentenceOfFortyWordsOrFewerGetsNoShortWindows() {
        AnswerText text = AnswerText.of(List.of(words(40)));
        assertEquals(4, spansOf(text, 18));
        assertEquals(0, spansOf(text, 12));
    }

    @Test
    void aVeryLongTranscriptKeepsAtMostSeventyTwoSpans() {
        AnswerText text = AnswerText.of(List.of(words(400)));
        assertEquals(72, text.spans.size());
        assertEquals(words(400), text.spans.get(0), "the whole sentence comes first");
    }
}
