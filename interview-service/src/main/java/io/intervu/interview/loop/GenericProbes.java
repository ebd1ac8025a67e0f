package io.intervu.interview.loop;

import java.util.List;
import java.util.Locale;

/**
 * A follow-up for a key point that has no written probe (a plan written by Gemini in its own words, a question kept
 * from before probes existed): chosen by what the point is about, worded so that it names none of it.
 */
final class GenericProbes {

    private record Rule(List<String> cues, String probe) {
    }

    private static final List<Rule> BEHAVIOURAL = List.of(
            new Rule(List.of("situation", "context", "stakes", "background", "task"), "Could you set the scene a little more: what was going on, and what was at stake?"),
            new Rule(List.of("outcome", "result", "measur", "impact"), "How did it turn out in the end, and how could you tell?"),
            new Rule(List.of("learn", "reflect", "differently", "lesson", "today"), "Looking back on it now, what would you keep and what would you change?"),
            new Rule(List.of("relationship", "afterwards", "trust"), "How were things between you and the others involved after that?"),
            new Rule(List.of("action", "decision", "role", "you took", "own", "argu", "listen", "communicat"), "What did you personally do at that point, step by step?"));
    private static final List<Rule> TECHNICAL = List.of(
            new Rule(List.of("trade-off", "tradeoff", "alternative", "cost"), "What would you be giving up with that approach, and what else did you consider?"),
            new Rule(List.of("measur", "monitor", "metric", "observ", "alert", "dashboard"), "How would you know in production that it is actually working?"),
            new Rule(List.of("fail", "error", "retry", "crash", "outage", "recover"), "What happens when something along that path fails halfway?"),
            new Rule(List.of("test", "verify", "validat"), "How would you convince yourself, before shipping, that it behaves as intended?"),
            new Rule(List.of("scale", "load", "throughput", "latency", "performance"), "How would that hold up with ten times the traffic?"),
            new Rule(List.of("secur", "auth", "attack", "secret", "permission"), "Where would an attacker push on that, and what stops them?"),
            new Rule(List.of("order", "duplicate", "idempot", "consisten", "transaction", "atomic"), "What could go wrong if the same work happened twice or out of order?"));
    private static final String BEHAVIOURAL_DEFAULT = "What part of that story haven't we talked about yet that mattered most to you?";
    private static final String TECHNICAL_DEFAULT = "What else would you need to get right for that to work in production?";

    private GenericProbes() {
    }

    static String forKeyPoint(String keyPoint, String questionType) {
        boolean behavioural = "behavioural".equals(questionType) || "project".equals(questionType);
        String point = keyPoint.toLowerCase(Locale.ROOT);
        for (Rule rule : behavioural ? BEHAVIOURAL : TECHNICAL) {
            if (rule.cues().stream().anyMatch(point::contains)) {
                return rule.probe();
            }
        }
        return behavioural ? BEHAVIOURAL_DEFAULT : TECHNICAL_DEFAULT;
    }
}
