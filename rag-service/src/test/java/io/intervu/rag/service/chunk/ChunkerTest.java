package io.intervu.rag.service.chunk;

import io.intervu.rag.ChunkDraft;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Quarkus test only because the tokenizer's native library can be loaded by one class loader per JVM. */
@QuarkusTest
class ChunkerTest {

    @Inject
    TokenCounter tokens;
    private Chunker chunker;

    @BeforeEach
    void setUp() {
        chunker = new Chunker(tokens, 200, 400, 50);
    }

    private static String sentences(String topic, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append("Sentence ").append(i).append(" explains one more detail about ").append(topic).append(" in plain words. ");
        }
        return sb.toString().strip();
    }

    @Test
    void mergesSmallSectionsAndClosesAtHeadingsOnceBigEnough() {
        String body = "# Title\n\n## Alpha\n" + sentences("alpha", 12) + "\n\n## Beta\n" + sentences("beta", 12)
                + "\n\n## Gamma\n" + sentences("gamma", 2);
        List<ChunkDraft> chunks = chunker.chunk(body, true);
        for (ChunkDraft c : chunks) {
            assertTrue(c.tokenCount() <= 400, "chunk too big: " + c.tokenCount());
            assertEquals(tokens.count(c.text()), c.tokenCount());
        }
        assertTrue(chunks.get(0).text().startsWith("## Alpha"), chunks.get(0).text());
        assertEquals("Alpha", chunks.get(0).section());
        // each section is ~130 tokens: Alpha and Beta share a chunk, the heading text travels with it
        assertTrue(chunks.get(0).text().contains("## Beta"));
        assertTrue(chunks.stream().anyMatch(c -> c.text().contains("gamma")));
        assertEquals(List.of(0, 1), chunks.stream().map(ChunkDraft::ordinal).toList().subList(0, Math.min(2, chunks.size())));
    }

    @Test
    void splitsALongSectionWithOverlap() {
        String body = "## Long\n" + sentences("first", 20) + "\n\n" + sentences("second", 20) + "\n\n" + sentences("third", 20);
        List<ChunkDraft> chunks = chunker.chunk(body, true);
        assertTrue(chunks.size() >= 3, "got " + chunks.size());
        for (int i = 1; i < chunks.size(); i++) {
            ChunkDraft previous = chunks.get(i - 1);
            ChunkDraft next = chunks.get(i);
            assertTrue(next.tokenCount() <= 400 && previous.tokenCount() >= 200, previous.tokenCount() + " / " + next.tokenCount());
            String lastSentence = previous.text().substring(previous.text().lastIndexOf("Sentence "));
            assertTrue(next.text().contains(lastSentence), "chunk " + i + " repeats the end of chunk " + (i - 1));
        }
    }

    @Test
    void cutsAnOversizedParagraphAndARunOnBlob() {
        String body = sentences("huge", 60) + "\n\n" + "x".repeat(5000) + " " + "word ".repeat(900);
        List<ChunkDraft> chunks = chunker.chunk(body, false);
        assertTrue(chunks.size() >= 4);
        chunks.forEach(c -> assertTrue(c.tokenCount() <= 400, "chunk of " + c.tokenCount()));
    }

    @Test
    void headingsInsideCodeFencesAndPlainTextAreNotSections() {
        String md = "## Real\nText before.\n\n```\n# not a heading\ncode line\n```\n\nText after.";
        List<ChunkDraft> chunks = chunker.chunk(md, true);
        assertEquals(1, chunks.size());
        assertTrue(chunks.get(0).text().contains("# not a heading"));
        assertEquals("Real", chunks.get(0).section());
        List<ChunkDraft> plain = chunker.chunk("## Looks like a heading\nbut this is plain text", false);
        assertEquals("", plain.get(0).section());
        assertFalse(chunker.chunk("   \n\n  ", false).iterator().hasNext());
    }
}
