package io.intervu.interview.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How strongly a job description emphasises each topic: the sum of the weights of the passages
 * that mention it (once per passage, so a list of synonyms in one line counts once); a passage
 * weighs what its zone does, more when it stresses the point ("strong Python", "deep JVM knowledge").
 */
final class JobEmphasis {

    private JobEmphasis() {
    }

    /** topic -> emphasis, strongest first (ties: the earlier mention first); unmentioned topics left out. */
    static Map<String, Integer> of(String jobDescription, TopicMatcher topics) {
        Map<String, Integer> emphasis = new LinkedHashMap<>();
        for (JobDescriptionPassages.Passage passage : JobDescriptionPassages.of(jobDescription)) {
            if (passage.weight() > 0) {
                topics.topicsIn(passage.text()).forEach(topic -> emphasis.merge(topic, passage.weight(), Integer::sum));
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        emphasis.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
