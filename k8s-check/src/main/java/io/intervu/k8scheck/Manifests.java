package io.intervu.k8scheck;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every YAML document of a manifest tree, as plain maps with where each came from. */
public final class Manifests {

    /** One YAML document: {@code file} relative to the tree's root, {@code index} counting from 0. */
    public record Document(String file, int index, Map<String, Object> content) {
        public String where() {
            return file + "#" + index;
        }

        public String apiVersion() {
            return String.valueOf(content.get("apiVersion"));
        }

        public String kind() {
            return String.valueOf(content.get("kind"));
        }

        public boolean isKustomization() {
            return "Kustomization".equals(kind()) && apiVersion().startsWith("kustomize.config.k8s.io/");
        }
    }

    private Manifests() {
    }

    public static List<Document> load(Path root) {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                docs.addAll(parse(root.relativize(file).toString(), Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    public static List<Document> parse(String name, String yamlText) {
        LoaderOptions options = new LoaderOptions();
        // a key given twice is a mistake kubectl would silently resolve one way or the other
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Document> docs = new ArrayList<>();
        int index = 0;
        for (Object doc : yaml.loadAll(yamlText)) {
            if (doc == null) {
                continue; // an empty document, e.g. a leading "---" after comments
            }
            if (!(doc instanceof Map)) {
                throw new IllegalArgumentException(name + "#" + index + ": not a mapping");
            }
            docs.add(new Document(name, index++, (Map<String, Object>) doc));
        }
        return docs;
    }
}
