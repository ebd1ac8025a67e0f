package io.intervu.interview.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first sentence of every message the follow-up policy writes: an acknowledgement of a phrase from the answer
 * before a probe, a supportive transition after a non-answer, the lead of a rephrasing, a repeat or a clarification.
 * Varied so that no opening repeats within one interview: a template whose fixed words an earlier message already
 * began with is passed over while another is left, and a rendered opening is never used twice.
 */
final class Openings {

    enum Kind {
        ACKNOWLEDGE(List.of("You mentioned {p}.", "Thanks, that point about {p} is a good start.", "Right, {p}.",
                "OK, {p}, that makes sense.", "I like that you brought up {p}.", "Good, you covered {p}.",
                "Understood on {p}.", "That's a fair point about {p}.", "Interesting, {p}.", "Got it, {p}.",
                "Sure, I'm with you on {p}.", "Nice mention of {p}.", "Fair enough on {p}.",
                "Helpful to hear about {p}.", "Makes sense to bring in {p}.", "Noted, {p}."),
                List.of("Thanks, that's helpful.", "OK, let's build on that.", "Good, let's stay with this a moment.",
                        "All right, one more angle on this."),
                List.of("Let's stay with question {n} a moment.", "One more thought on question {n}.",
                        "Still on question {n}.")),
        TRANSITION(List.of("No problem, let's move on.", "That's fine, we can leave that one.",
                "Thanks for being upfront about that.", "Not a problem at all; let's try a different area.",
                "That's OK, it's a broad topic.", "No worries, let's keep going.", "Let's look at something else, then.",
                "All right, let's switch gears.", "That's perfectly fine.", "Let's go on to the next one.",
                "Good to know; we'll try another topic.", "Completely fine, there's plenty more to talk about.",
                "We can come back to that another time.", "Honest answers help, thanks."),
                List.of(), List.of("Moving on from question {n}.")),
        REPHRASE(List.of("Let me put that another way.", "Maybe I wasn't clear, so let me rephrase.",
                "Let me come at it from a different angle.", "Let me ask that a little differently.",
                "I may have phrased that badly.", "Perhaps a narrower version helps.", "Let me try that again in other words.",
                "Here's another way to look at it.", "Let me reframe the question.", "Let me be more specific.",
                "Let me narrow that down.", "Let me ask it more directly."),
                List.of(), List.of("Another go at question {n}.")),
        REPEAT(List.of("Sure, here it is again.", "Of course.", "No problem, I'll repeat it.", "Happy to repeat it.",
                "Certainly, once more.", "Sure thing.", "Absolutely, here's the question again.",
                "Of course, let me read it again.", "Yes, once more.", "Sure, from the top.", "No worries, here it is again.",
                "Gladly.", "Here it is one more time.", "Not a problem."),
                List.of(), List.of("Here is question {n} once more.", "Once more, question {n}.")),
        CLARIFY(List.of("Good question; by {p} I mean it in its usual sense, nothing tricky.",
                "Fair question; {p} here means what it usually means in practice.",
                "By {p} I just mean it as it's commonly used.", "Happy to clarify; take {p} in its everyday engineering sense.",
                "Simply put, {p} is meant in the ordinary way; there's no trick.", "No trick with {p}; the usual meaning is fine."),
                List.of("Happy to clarify.", "Let me clarify."), List.of("Happy to clarify question {n}.", "Let me clarify question {n}."));

        final List<String> templates;
        /** For when there is no phrase to acknowledge or clarify. */
        final List<String> withoutPhrase;
        /** Used only once every template is spent: unique per question number, so an opening still never repeats. */
        final List<String> lastResort;

        Kind(List<String> templates, List<String> withoutPhrase, List<String> lastResort) {
            this.templates = templates;
            this.withoutPhrase = withoutPhrase;
            this.lastResort = lastResort;
        }
    }

    private Openings() {
    }

    /**
     * An opening of this kind for {@code phrase} (ignored by templates without one) that no earlier interviewer message
     * began with; {@code seed} varies where the rotation starts, so two interviews do not open alike. Null when nothing
     * unused is left (never, within the loop's bounds).
     */
    static String choose(Kind kind, String phrase, int questionNumber, List<String> earlierPrompts, long seed) {
        Set<String> earlier = earlierPrompts.stream().map(Openings::firstSentence).map(Openings::normal).collect(Collectors.toSet());
        List<String> starts = earlierPrompts.stream().map(Openings::normal).toList();
        boolean noPhrase = phrase == null || phrase.isBlank();
        List<String> rotated = rotate(noPhrase && !kind.withoutPhrase.isEmpty() ? kind.withoutPhrase : kind.templates, seed);
        List<String> fresh = new ArrayList<>();
        List<String> reused = new ArrayList<>();
        for (String template : rotated) {
            if (template.contains("{p}") && noPhrase) {
                continue;
            }
            String fixed = normal(template.substring(0, template.contains("{p}") ? template.indexOf("{p}") : template.length()));
            boolean used = !fixed.isBlank() && starts.stream().anyMatch(s -> s.startsWith(fixed));
            (used ? reused : fresh).add(template);
        }
        fresh.addAll(reused);
        fresh.addAll(kind.lastResort);
        for (String template : fresh) {
            String opening = template.replace("{p}", phrase == null ? "" : phrase).replace("{n}", String.valueOf(questionNumber));
            if (!earlier.contains(normal(opening))) {
                return opening;
            }
        }
        return null;
    }

    /** The first sentence of a message: up to the first ".", "!", "?" or ":" followed by a space. */
    static String firstSentence(String text) {
        String t = text == null ? "" : text.strip();
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ':') && Character.isWhitespace(t.charAt(i + 1))) {
                return t.substring(0, i + 1);
            }
        }
        return t;
    }

    private static List<String> rotate(List<String> templates, long seed) {
        if (templates.isEmpty()) {
            return List.of();
        }
        int start = (int) Math.floorMod(seed, (long) templates.size());
        List<String> out = new ArrayList<>(templates.subList(start, templates.size()));
        out.addAll(templates.subList(0, start));
        return out;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip();
    }
}
