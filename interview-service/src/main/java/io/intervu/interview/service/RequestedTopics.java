package io.intervu.interview.service;

import io.intervu.interview.RequestRefusedException;
import io.intervu.interview.RequestRefusedException.Reason;
import io.intervu.interview.client.DownstreamException;
import io.intervu.interview.client.KnowledgeBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Topics a candidate asks to practise when starting an interview ("Practise these topics"): written
 * like the knowledge base's tags, at most {@link #MAX} of them, each one the knowledge base knows, so
 * the plan can actually find questions on it.
 */
@ApplicationScoped
public class RequestedTopics {

    public static final int MAX = 4;
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9+#.-]{0,39}");
    /** Seconds a client waits before retrying when the knowledge base cannot be asked. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final KnowledgeBase knowledge;

    public RequestedTopics(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The form's comma-separated value as distinct lower-case tags; null or blank: none. */
    public static List<String> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }

    /** Why the tags are malformed, or null when they are well formed (the knowledge base is not asked). */
    static String formatError(List<String> topics) {
        if (topics.size() > MAX) {
            return "at most " + MAX + " topics";
        }
        for (String t : topics) {
            if (!TAG.matcher(t).matches()) {
                return "topics are tags like kafka or system-design (letters, digits, + # . -; at most 40 characters)";
            }
        }
        return null;
    }

    /** Refuses topics the knowledge base does not have (422), or a start it cannot check now (503). */
    void requireKnown(List<String> topics, String bearer) {
        if (topics.isEmpty()) {
            return;
        }
        List<String> known;
        try {
            known = knowledge.topics(bearer);
        } catch (DownstreamException | FaultToleranceException e) {
            throw new RequestRefusedException(Reason.UNAVAILABLE, "knowledge-base-unavailable", "Knowledge base unavailable",
                    "The topics to practise cannot be checked right now; try again shortly, or start without choosing topics.",
                    null, (long) RETRY_AFTER_SECONDS);
        }
        List<String> unknown = topics.stream().filter(t -> !known.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new RequestRefusedException(Reason.UNPROCESSABLE, "unknown-focus-topics", "Unknown topics",
                    "The knowledge base has no questions on: " + String.join(", ", unknown) + ".",
                    Map.of("focusTopics", "unknown: " + String.join(", ", unknown)), null);
        }
    }
}
