package io.intervu.interview.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much of the resume shows each topic: the number of its lines that mention it. Every line
 * counts wherever it stands, since resumes name their sections in too many ways to rely on them.
 */
final class ResumeEvidence {

    private ResumeEvidence() {
    }

    static Map<String, Integer> of(String resume, TopicMatcher topics) {
        Map<String, Integer> evidence = new LinkedHashMap<>();
        for (String line : resume.split("\\R")) {
            topics.topicsIn(line).forEach(topic -> evidence.merge(topic, 1, Integer::sum));
        }
        return evidence;
    }
}
