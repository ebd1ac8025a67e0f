package io.intervu.interview.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scripted candidate for the persona run. It sees what a candidate sees (the interviewer's message) plus, as a
 * stand-in for what it knows, the prepared question's key points and probes: a strong candidate says most points
 * unprompted, an average one about half and the probed one when asked, and so on.
 */
abstract class Persona {

    /** What the candidate is answering: the message, and the prepared question it belongs to (null for the greeting). */
    record Asked(String kind, String text, String questionId, String questionText, List<String> keyPoints, List<String> probes) {
    }

    final String name;
    private final Map<String, Integer> turnsSeen = new HashMap<>();
    private final Map<String, Set<String>> said = new HashMap<>();
    private int replies;

    Persona(String name) {
        this.name = name;
    }

    final String reply(Asked asked) {
        replies++;
        if (asked.questionId() == null) {
            return "Yes, I'm ready. Let's begin.";
        }
        int seen = turnsSeen.merge(asked.questionId(), 1, Integer::sum);
        return reply(asked, seen, said.computeIfAbsent(asked.questionId(), k -> new LinkedHashSet<>()), replies);
    }

    /** {@code seen}: how many messages of this question the candidate has seen, this one included. */
    abstract String reply(Asked asked, int seen, Set<String> said, int replies);

    /** The key point a follow-up asks about: the one whose probe it ends with, else the first one not yet said. */
    static String probedPoint(Asked asked, Set<String> said) {
        for (int i = 0; i < asked.probes().size() && i < asked.keyPoints().size(); i++) {
            if (!asked.probes().get(i).isBlank() && asked.text().contains(asked.probes().get(i))) {
                return asked.keyPoints().get(i);
            }
        }
        return asked.keyPoints().stream().filter(k -> !said.contains(k)).findFirst().orElse(asked.keyPoints().get(0));
    }

    static String sentence(String keyPoint) {
        String s = keyPoint.strip();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
    }

    /** Knows the material: says every key point but the last unprompted (all of them when there are only three). */
    static Persona strong() {
        return new Persona("strong") {
            @Override
            String reply(Asked asked, int seen, Set<String> said, int replies) {
                if ("follow-up".equals(asked.kind())) {
                    String point = probedPoint(asked, said);
                    said.add(point);
                    return "Good point. In practice: " + sentence(point) + " We tested that under production load and it held.";
                }
                List<String> points = asked.keyPoints().size() >= 4 ? asked.keyPoints().subList(0, asked.keyPoints().size() - 1)
                        : asked.keyPoints();
                said.addAll(points);
                List<String> sentences = new ArrayList<>();
                points.forEach(p -> sentences.add(sentence(p)));
                return "I have handled exactly this in production. " + String.join(" ", sentences)
                        + " For example, on our payments platform this cut p99 latency from 180 ms to 45 ms.";
            }
        };
    }

    /** Knows about half: says half of the key points, and the probed one when a follow-up asks for it. */
    static Persona average() {
        return new Persona("average") {
            @Override
            String reply(Asked asked, int seen, Set<String> said, int replies) {
                return averageReply(asked, said);
            }
        };
    }

    static String averageReply(Asked asked, Set<String> said) {
        if ("follow-up".equals(asked.kind())) {
            String point = probedPoint(asked, said);
            said.add(point);
            boolean name = point.length() > 1 && Character.isUpperCase(point.charAt(1));
            String clause = (name ? point : Character.toLowerCase(point.charAt(0)) + point.substring(1)).replaceAll("\\.$", "");
            return "Hmm, I think " + clause + ", at least that is how I remember it.";
        }
        int half = Math.max(1, asked.keyPoints().size() / 2);
        List<String> points = asked.keyPoints().subList(0, half);
        said.addAll(points);
        List<String> sentences = new ArrayList<>();
        points.forEach(p -> sentences.add(sentence(p)));
        return "I think the main things are these. " + String.join(" ", sentences) + " That's what I would start with.";
    }

    /** Does not know, in the many ways people say so. */
    static Persona dontKnow() {
        List<String> lines = List.of("I'm not sure, I haven't worked on that.", "I don't know, sorry.", "No idea, to be honest.",
                "Pass.", "I can't remember how that works.", "Honestly, I have never dealt with that.");
        return new Persona("I don't know") {
            @Override
            String reply(Asked asked, int seen, Set<String> said, int replies) {
                return lines.get(replies % lines.size());
            }
        };
    }

    /** Talks at length: one real point buried in an anecdote, and only the anecdote when followed up. */
    static Persona rambling() {
        String anecdote = "Well, that reminds me of my first job, where we had a huge whiteboard and really long Friday "
                + "meetings. My manager loved coffee and we would chat for hours about holidays, football and the weather, "
                + "and somebody always brought cake, so those afternoons were honestly quite pleasant.";
        return new Persona("rambling") {
            @Override
            String reply(Asked asked, int seen, Set<String> said, int replies) {
                if ("follow-up".equals(asked.kind())) {
                    return anecdote + " Anyway, where was I? We had a great team back then, everybody got along.";
                }
                String point = asked.keyPoints().get(0);
                said.add(point);
                return anecdote + " But yes, to your question: " + sentence(point) + " And then the team went for lunch, "
                        + "as we always did on Fridays, usually pizza, sometimes noodles, it depended on the weather really.";
            }
        };
    }

    /** Asks to hear each question again, then what one of its words means, then answers like the average candidate. */
    static Persona asksToRepeat() {
        return new Persona("asks to repeat") {
            @Override
            String reply(Asked asked, int seen, Set<String> said, int replies) {
                if (seen == 1) {
                    return "Sorry, could you repeat that?";
                }
                if (seen == 2 && "question".equals(asked.kind())) {
                    return "What do you mean by " + longestWord(asked.questionText()) + "?";
                }
                return averageReply(asked, said);
            }
        };
    }

    static String longestWord(String text) {
        String best = "that";
        for (String w : text.replaceAll("[^A-Za-z -]", " ").split("\\s+")) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best.toLowerCase(java.util.Locale.ROOT);
    }
}
