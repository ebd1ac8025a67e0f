package io.intervu.interview.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the interview's focus topics: the technical topics the job description emphasises, in
 * order of that emphasis ({@link JobEmphasis}), the resume's evidence adding a little. A topic
 * qualifies when the job names it at least once in its title, summary, duties or requirements
 * (or in several passing lines); a nice-to-have or company-blurb line alone does not make a focus
 * topic, whatever the resume says. A qualified topic the resume is silent about stays, a bit lower,
 * since that gap is exactly what an interviewer would probe.
 */
final class FocusTopicRanker {

    static final int MAX_FOCUS_TOPICS = 6;
    static final int MIN_FOCUS_TOPICS = 3;
    /** Least emphasis of a focus topic: one duty or requirement line. */
    private static final int QUALIFYING_EMPHASIS = EmphasisZone.REQUIREMENTS.weight();
    /** Evidence lines that still add to a topic's score; more only shows a longer resume. */
    private static final int EVIDENCE_CAP = 3;
    /** A topic the resume does not show at all weighs less, so a passing mention does not displace one it does. */
    private static final double UNSHOWN_FACTOR = 0.75;

    private FocusTopicRanker() {
    }

    static List<String> rank(Map<String, Integer> emphasis, Map<String, Integer> evidence, String profile) {
        Comparator<String> byScore = Comparator.comparingDouble((String t) -> score(t, emphasis, evidence)).reversed();
        List<String> technical = emphasis.keySet().stream().filter(t -> !TopicVocabulary.BEHAVIOURAL_TOPICS.contains(t)).toList();
        List<String> ranked = technical.stream().sorted(byScore).toList();
        Set<String> focus = new LinkedHashSet<>();
        ranked.stream().filter(t -> emphasis.get(t) >= QUALIFYING_EMPHASIS).limit(MAX_FOCUS_TOPICS).forEach(focus::add);
        // a job description that names too little: its passing mentions, then what the role always needs
        List<String> padding = new ArrayList<>(ranked);
        padding.addAll(TopicVocabulary.profileTopics(profile));
        for (String topic : padding) {
            if (focus.size() >= MIN_FOCUS_TOPICS) {
                break;
            }
            focus.add(topic);
        }
        return new ArrayList<>(focus);
    }

    private static double score(String topic, Map<String, Integer> emphasis, Map<String, Integer> evidence) {
        int shown = Math.min(evidence.getOrDefault(topic, 0), EVIDENCE_CAP);
        return emphasis.getOrDefault(topic, 0) * (shown > 0 ? 1.0 : UNSHOWN_FACTOR) + shown;
    }
}
