package io.intervu.interview.support;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.intervu.interview.client.KnowledgeDtos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * rag-service's starter corpus (rag-service/src/main/resources/knowledge/*.md, read from the working tree) as the
 * question bank rag-service serves it: every question with its key points, probes and misconceptions, document ids
 * and titles. The
 * persona run plays interviews on the real questions and probes without starting rag-service.
 */
public final class StarterCorpus {

    /** The module's tests run with the module directory as working directory. */
    static final Path LOCATION = Path.of("..", "rag-service", "src", "main", "resources", "knowledge");

    private StarterCorpus() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FrontMatter(String title, List<String> topics, List<String> roles, List<Question> questions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(String id, String type, String difficulty, String question, List<String> keyPoints, List<String> probes,
                    List<String> misconceptions) {
    }

    public static List<KnowledgeDtos.BankQuestion> questions() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<KnowledgeDtos.BankQuestion> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(LOCATION)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String frontMatter = text.substring(text.indexOf("---") + 3, text.indexOf("\n---", text.indexOf("---") + 3));
                FrontMatter fm = yaml.readValue(frontMatter, FrontMatter.class);
                String slug = file.getFileName().toString().replace(".md", "");
                String documentId = UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)).toString();
                for (Question q : fm.questions()) {
                    out.add(new KnowledgeDtos.BankQuestion(q.id(), documentId, fm.title(), fm.topics(), fm.roles(), q.type(),
                            q.difficulty(), q.question(), q.keyPoints(), q.probes() == null ? List.of() : q.probes(),
                            q.misconceptions() == null ? List.of() : q.misconceptions()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the starter corpus at " + LOCATION.toAbsolutePath(), e);
        }
        if (out.size() < 100) {
            throw new IllegalStateException("the starter corpus at " + LOCATION.toAbsolutePath() + " has only " + out.size() + " questions");
        }
        return out;
    }
}
