package io.intervu.rag.service;

import io.intervu.rag.KnowledgeQuestion;
import io.intervu.rag.service.parse.FrontMatterParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every question of every starter document (classpath:knowledge/*.md) lists at least 3 misconceptions: the offline
 * evaluator recognises a fluent, on-topic but wrong answer only by its closeness to one of them, so a question
 * without them would let such an answer score like a right one.
 */
class StarterCorpusMisconceptionsTest {

    private static final int MIN_PER_QUESTION = 3;

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void everyStarterQuestionHasItsTypicalMisconceptions() throws IOException, URISyntaxException {
        List<Path> documents = StarterCorpusProbesTest.starterDocuments();
        assertTrue(documents.size() >= 40, "starter corpus has " + documents.size() + " documents");
        List<String> problems = new ArrayList<>();
        int questions = 0;
        for (Path document : documents) {
            FrontMatterParser.Split split = FrontMatterParser.split(Files.readString(document, StandardCharsets.UTF_8));
            assertNotNull(split, document + " has no front matter");
            // parsing also enforces the format's bounds (at most 8, each at most 400 characters)
            for (KnowledgeQuestion q : parser.parse(split.yaml()).questions()) {
                if (q.misconceptions().size() < MIN_PER_QUESTION) {
                    problems.add(q.ref() + ": " + q.misconceptions().size() + " misconceptions");
                }
                questions++;
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " questions with fewer than " + MIN_PER_QUESTION
                + " misconceptions, e.g. " + problems.subList(0, Math.min(10, problems.size())));
        assertTrue(questions >= 200, questions + " questions");
    }
}
