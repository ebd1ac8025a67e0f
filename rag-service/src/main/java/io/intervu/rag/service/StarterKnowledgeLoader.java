package io.intervu.rag.service;

import io.intervu.rag.config.RagConfig;
import io.intervu.rag.service.parse.InvalidDocumentException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the starter knowledge base ({@code classpath:knowledge/*.md}). A file already stored with
 * the same bytes is skipped; a changed file replaces its earlier version (same source). A file
 * that cannot be parsed is logged and skipped, so one bad document never blocks the others.
 */
@ApplicationScoped
public class StarterKnowledgeLoader {

    private static final Logger LOG = Logger.getLogger(StarterKnowledgeLoader.class);

    private final IngestionService ingestion;
    private final String location;

    public StarterKnowledgeLoader(IngestionService ingestion, RagConfig config) {
        this.ingestion = ingestion;
        this.location = config.starter().location();
    }

    /** {@code unknownTags}: "file: topic:x" entries for tags outside {@link KnowledgeVocabulary}. */
    public record Report(int created, int unchanged, List<String> failed, List<String> unknownTags) {
    }

    public Report load() {
        int created = 0;
        int unchanged = 0;
        List<String> failed = new ArrayList<>();
        List<String> unknownTags = new ArrayList<>();
        for (String name : listMarkdown()) {
            String resource = location + "/" + name;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                var result = ingestion.ingest(new IngestionService.Upload(in.readAllBytes(), name, "text/markdown",
                        "classpath:" + resource, null, List.of(), List.of(), true));
                List<String> unknown = KnowledgeVocabulary.unknownTags(result.document().topics(), result.document().roles());
                if (!unknown.isEmpty()) {
                    unknownTags.add(name + ": " + String.join(", ", unknown));
                    LOG.warnf("starter document %s uses tags outside the vocabulary: %s", name, unknown);
                }
                if (result.created()) {
                    created++;
                } else {
                    unchanged++;
                }
            } catch (InvalidDocumentException e) {
                failed.add(name);
                LOG.errorf("starter document %s skipped: %s", name, e.getMessage());
            } catch (RuntimeException | IOException e) {
                failed.add(name);
                LOG.errorf(e, "starter document %s skipped", name);
            }
        }
        LOG.infof("starter knowledge base: %d loaded, %d already present, %d skipped %s", created, unchanged, failed.size(), failed);
        return new Report(created, unchanged, failed, unknownTags);
    }

    /** File names of the Markdown documents in the classpath folder, from a directory or a jar. */
    List<String> listMarkdown() {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = Thread.currentThread().getContextClassLoader().getResources(location);
            while (roots.hasMoreElements()) {
                URI uri = roots.nextElement().toURI();
                if ("jar".equals(uri.getScheme())) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.getFileSystem(uri);
                    } catch (FileSystemNotFoundException e) {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    }
                    collect(fs.provider().getPath(uri), names);
                } else if ("file".equals(uri.getScheme())) {
                    collect(Path.of(uri), names);
                }
            }
        } catch (IOException | URISyntaxException e) {
            LOG.errorf(e, "cannot list classpath:%s", location);
        }
        return names.stream().distinct().sorted().toList();
    }

    private static void collect(Path dir, List<String> names) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(names::add);
        }
    }
}
