package io.intervu.rag.service;

import io.intervu.rag.KnowledgeQuestion;
import io.intervu.rag.service.parse.FrontMatterParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every question of every starter document (classpath:knowledge/*.md) has one probe per key point, and no
 * probe gives its key point away: a probe that shares four consecutive words with its key point (compared
 * case-insensitively, punctuation stripped) reads the expected answer out to the candidate.
 */
class StarterCorpusProbesTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void everyKeyPointHasAProbeThatDoesNotRevealIt() throws IOException, URISyntaxException {
        List<Path> documents = starterDocuments();
        assertTrue(documents.size() >= 40, "starter corpus has " + documents.size() + " documents");
        List<String> problems = new ArrayList<>();
        int probes = 0;
        for (Path document : documents) {
            FrontMatterParser.Split split = FrontMatterParser.split(Files.readString(document, StandardCharsets.UTF_8));
            assertNotNull(split, document + " has no front matter");
            for (KnowledgeQuestion q : parser.parse(split.yaml()).questions()) {
                if (q.probes().size() != q.keyPoints().size()) {
                    problems.add(q.ref() + ": " + q.probes().size() + " probes for " + q.keyPoints().size() + " key points");
                    continue;
                }
                for (int i = 0; i < q.keyPoints().size(); i++) {
                    String shared = sharedFourWords(q.keyPoints().get(i), q.probes().get(i));
                    if (!q.probes().get(i).endsWith("?")) {
                        problems.add(q.ref() + ": probe " + (i + 1) + " is not a question");
                    }
                    if (shared != null) {
                        problems.add(q.ref() + ": probe " + (i + 1) + " shares \"" + shared + "\" with its key point");
                    }
                    probes++;
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, e.g. " + problems.subList(0, Math.min(10, problems.size())));
        assertTrue(probes >= 200, probes + " probes");
    }

    @Test
    void theOverlapRuleIgnoresCaseAndPunctuationButNeedsFourWordsInARow() {
        assertEquals("transactions atomically write output",
                sharedFourWords("Transactions atomically write output records", "Do TRANSACTIONS, atomically, write output?"));
        assertEquals("dont retry on timeout", sharedFourWords("Don't retry on timeout errors", "Why dont retry on timeout here?"));
        assertEquals(null, sharedFourWords("Transactions atomically write output records",
                "What has to happen atomically for a consume-process-produce loop to avoid duplicates?"));
        assertEquals(null, sharedFourWords("write output records atomically", "write output and records"));
    }

    /** The first four consecutive words of the key point that also occur in a row in the probe, else null. */
    static String sharedFourWords(String keyPoint, String probe) {
        List<String> point = words(keyPoint);
        String text = " " + String.join(" ", words(probe)) + " ";
        for (int i = 0; i + 4 <= point.size(); i++) {
            String gram = String.join(" ", point.subList(i, i + 4));
            if (text.contains(" " + gram + " ")) {
                return gram;
            }
        }
        return null;
    }

    /** Lower-cased words with apostrophes removed ("don't" is "dont") and every other non-alphanumeric a separator. */
    static List<String> words(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z0-9]+", " ").strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split(" "));
    }

    /** The Markdown files of the classpath folder the starter loader reads (target/classes/knowledge in a build). */
    static List<Path> starterDocuments() throws IOException, URISyntaxException {
        List<Path> out = new ArrayList<>();
        for (URL root : Collections.list(Thread.currentThread().getContextClassLoader().getResources("knowledge"))) {
            if ("file".equals(root.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                    files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }
}
