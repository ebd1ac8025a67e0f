package io.intervu.rag.service.parse;

import io.intervu.rag.KnowledgeQuestion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void readsTheDocumentedFormat() {
        String text = """
                ---
                title: Java Concurrency
                topics: [Java, concurrency, java]
                roles:
                  - backend
                summary: One sentence.
                extra: ignored
                questions:
                  - id: java-concurrency-1
                    type: Technical
                    difficulty: medium
                    question: "Explain synchronized: when is it enough?"
                    keyPoints:
                      - "Both give mutual exclusion"
                      - "tryLock with timeout"
                ---
                # Java Concurrency

                ## Threads
                Prose.
                """;
        FrontMatterParser.Split split = FrontMatterParser.split(text);
        FrontMatterParser.Metadata meta = parser.parse(split.yaml());
        assertEquals("Java Concurrency", meta.title());
        assertEquals(List.of("java", "concurrency"), meta.topics());
        assertEquals(List.of("backend"), meta.roles());
        assertEquals("One sentence.", meta.summary());
        KnowledgeQuestion q = meta.questions().get(0);
        assertEquals("java-concurrency-1", q.ref());
        assertEquals("technical", q.type());
        assertEquals("Explain synchronized: when is it enough?", q.question());
        assertEquals(2, q.keyPoints().size());
        assertTrue(split.body().startsWith("# Java Concurrency"));
    }

    @Test
    void probesAreOptionalAndPairedWithTheKeyPoints() {
        String withProbes = """
                questions:
                  - id: a-1
                    type: technical
                    difficulty: easy
                    question: "q?"
                    keyPoints: ["first point", "second point", "first point"]
                    probes: ["What about the first?", "And the second?", "Asked twice?"]
                  - id: a-2
                    type: technical
                    difficulty: easy
                    question: "q2?"
                    keyPoints: ["only point"]
                """;
        List<KnowledgeQuestion> questions = parser.parse(withProbes).questions();
        // a repeated key point is dropped together with its probe, so probes[i] still belongs to keyPoints[i]
        assertEquals(List.of("first point", "second point"), questions.get(0).keyPoints());
        assertEquals(List.of("What about the first?", "And the second?"), questions.get(0).probes());
        assertEquals(List.of(), questions.get(1).probes());
    }

    @Test
    void probesThatDoNotPairWithTheKeyPointsAreRefused() {
        String base = "questions:\n  - {id: a, type: technical, difficulty: easy, question: q, keyPoints: [x, y], probes: %s}\n";
        for (String probes : List.of("[\"one?\"]", "[\"one?\", \"two?\", \"three?\"]", "[\"one?\", \"  \"]", "[\"one?\", null]", "[]")) {
            InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> parser.parse(base.formatted(probes)), probes);
            assertEquals(InvalidDocumentException.Flaw.UNUSABLE, e.flaw());
            assertEquals("invalid-front-matter", e.slug());
        }
    }

    @Test
    void misconceptionsAreOptionalAndBlankOnesDropped() {
        String text = """
                questions:
                  - id: m-1
                    type: technical
                    difficulty: easy
                    question: "q?"
                    keyPoints: ["first point", "second point"]
                    misconceptions: ["  A confident wrong claim.  ", "", "   ", null, "Another wrong claim.", "A confident wrong claim."]
                  - id: m-2
                    type: technical
                    difficulty: easy
                    question: "q2?"
                    keyPoints: ["only point"]
                """;
        List<KnowledgeQuestion> questions = parser.parse(text).questions();
        // blank entries are dropped, a repeated one is kept once (like repeated key points)
        assertEquals(List.of("A confident wrong claim.", "Another wrong claim."), questions.get(0).misconceptions());
        assertEquals(List.of(), questions.get(1).misconceptions());
    }

    @Test
    void tooManyOrTooLongMisconceptionsAreRefused() {
        String base = "questions:\n  - {id: a, type: technical, difficulty: easy, question: q, keyPoints: [x], misconceptions: %s}\n";
        String tooMany = "[" + String.join(", ", IntStream.rangeClosed(1, FrontMatterParser.MAX_MISCONCEPTIONS + 1)
                .mapToObj(i -> "\"wrong claim " + i + "\"").toList()) + "]";
        String tooLong = "[\"short\", \"" + "w".repeat(FrontMatterParser.MAX_MISCONCEPTION_CHARS + 1) + "\"]";
        for (String misconceptions : List.of(tooMany, tooLong)) {
            InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                    () -> parser.parse(base.formatted(misconceptions)), misconceptions);
            assertEquals(InvalidDocumentException.Flaw.UNUSABLE, e.flaw());
            assertEquals("invalid-front-matter", e.slug());
        }
        // the bounds themselves are accepted: 8 entries, each of exactly the maximum length
        String atTheBound = "[" + String.join(", ", IntStream.rangeClosed(1, FrontMatterParser.MAX_MISCONCEPTIONS)
                .mapToObj(i -> "\"" + i + "w".repeat(FrontMatterParser.MAX_MISCONCEPTION_CHARS - 1) + "\"").toList()) + "]";
        assertEquals(FrontMatterParser.MAX_MISCONCEPTIONS, parser.parse(base.formatted(atTheBound)).questions().get(0).misconceptions().size());
    }

    @Test
    void noFrontMatterIsNotAnError() {
        assertNull(FrontMatterParser.split("# Title\n\ntext"));
    }

    @Test
    void refusesBrokenOrIncompleteFrontMatter() {
        assertThrows(InvalidDocumentException.class, () -> FrontMatterParser.split("---\ntitle: x\n# no end"));
        assertThrows(InvalidDocumentException.class, () -> parser.parse("title: [unclosed"));
        assertThrows(InvalidDocumentException.class, () -> parser.parse("questions:\n  - id: a\n    type: technical\n    difficulty: medium\n    question: q\n"));
        assertThrows(InvalidDocumentException.class, () -> parser.parse("questions:\n  - id: a\n    type: technical\n    difficulty: extreme\n    question: q\n    keyPoints: [x]\n"));
        String twice = "questions:\n  - {id: a, type: technical, difficulty: easy, question: q, keyPoints: [x]}\n"
                + "  - {id: a, type: technical, difficulty: easy, question: q2, keyPoints: [y]}\n";
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> parser.parse(twice));
        assertEquals(InvalidDocumentException.Flaw.UNUSABLE, e.flaw());
    }

    @Test
    void aliasBombsDoNotExpand() {
        StringBuilder yaml = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        yaml.append("title: bomb\n");
        // ten levels of ten-fold aliases would be 10^10 nodes if expanded; unknown keys are never built
        FrontMatterParser.Metadata meta = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> parser.parse(yaml.toString()));
        assertEquals("bomb", meta.title());
    }
}
