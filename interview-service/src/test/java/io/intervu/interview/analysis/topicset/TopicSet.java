package io.intervu.interview.analysis.topicset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the labelled pairs under test resource {@code topic-set/<part>/} (see its README for the format). */
public final class TopicSet {

    private TopicSet() {
    }

    public static List<LabelledPair> load(String part) {
        URL root = TopicSet.class.getClassLoader().getResource("topic-set/" + part);
        if (root == null) {
            throw new IllegalStateException("no topic set " + part);
        }
        try (Stream<Path> dirs = Files.list(Path.of(root.toURI()))) {
            List<LabelledPair> pairs = new ArrayList<>();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                pairs.add(pair(dir));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LabelledPair pair(Path dir) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (!line.startsWith("#") && colon > 0) {
                labels.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String topics = labels.get("topics");
        String most = labels.get("most");
        if (topics == null || most == null) {
            throw new IllegalStateException(dir + "/expected.txt needs 'most:' and 'topics:' lines");
        }
        List<Set<String>> expected = new ArrayList<>();
        for (String entry : topics.split(",")) {
            expected.add(alternatives(entry));
        }
        return new LabelledPair(dir.getFileName().toString(),
                Files.readString(dir.resolve("jd.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("resume.txt"), StandardCharsets.UTF_8),
                List.copyOf(expected), alternatives(most));
    }

    private static Set<String> alternatives(String entry) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(entry.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return Set.copyOf(out);
    }
}
