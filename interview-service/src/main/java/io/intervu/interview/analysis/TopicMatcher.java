package io.intervu.interview.analysis;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the vocabulary's topic terms in a text on word boundaries. Where terms overlap the longest
 * wins ("a/b tests" is experimentation, not testing; "event sourcing" is one mention), and each word
 * belongs to at most one mention. No lemmatising: it made "leading" a "lead" and "written" a "write".
 */
@ApplicationScoped
public class TopicMatcher {

    /** One vocabulary term: its words, whether case matters, and the topics it signals. */
    private record Term(List<String> words, boolean caseSensitive, Set<String> topics) {
    }

    /** Terms by their first word in lower case, longest first. */
    private final Map<String, List<Term>> termsByFirstWord = index();

    /** topic -> occurrences in the text; topics without any are left out. */
    public Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> words = WordTokens.of(text);
        int i = 0;
        while (i < words.size()) {
            Term term = longestAt(words, i);
            if (term == null) {
                i++;
                continue;
            }
            term.topics().forEach(topic -> counts.merge(topic, 1, Integer::sum));
            i += term.words().size();
        }
        return counts;
    }

    /** The topics mentioned in the text at least once. */
    public Set<String> topicsIn(String text) {
        return count(text).keySet();
    }

    private Term longestAt(List<String> words, int at) {
        for (Term term : termsByFirstWord.getOrDefault(words.get(at).toLowerCase(Locale.ROOT), List.of())) {
            if (matches(term, words, at)) {
                return term;
            }
        }
        // a plural first-and-only word ("SLOs", "caches") is indexed under its singular
        for (String singular : singulars(words.get(at))) {
            for (Term term : termsByFirstWord.getOrDefault(singular, List.of())) {
                if (term.words().size() == 1 && matches(term, words, at)) {
                    return term;
                }
            }
        }
        return null;
    }

    private static boolean matches(Term term, List<String> words, int at) {
        int n = term.words().size();
        if (at + n > words.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            String word = words.get(at + k);
            String expected = term.words().get(k);
            boolean last = k == n - 1;
            if (!sameWord(expected, word, term.caseSensitive()) && !(last && isPluralOf(expected, word, term.caseSensitive()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(String expected, String word, boolean caseSensitive) {
        return caseSensitive ? expected.equals(word) : expected.equalsIgnoreCase(word);
    }

    private static boolean isPluralOf(String expected, String word, boolean caseSensitive) {
        for (String singular : singulars(word, caseSensitive)) {
            if (sameWord(expected, singular, caseSensitive)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> singulars(String word) {
        return singulars(word, false);
    }

    /** What the word would be without an English plural ending ("caches", "indexes", "dependencies"). */
    private static List<String> singulars(String word, boolean keepCase) {
        String w = keepCase ? word : word.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(3);
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.length() > 2 && lower.endsWith("s") && !lower.endsWith("ss")) {
            out.add(w.substring(0, w.length() - 1));
            if (lower.endsWith("es")) {
                out.add(w.substring(0, w.length() - 2));
            }
            if (lower.endsWith("ies")) {
                out.add(w.substring(0, w.length() - 3) + (Character.isUpperCase(w.charAt(w.length() - 1)) ? "Y" : "y"));
            }
        }
        return out;
    }

    private static Map<String, List<Term>> index() {
        Map<String, Set<String>> topicsByTerm = new LinkedHashMap<>();
        TopicVocabulary.TERMS.forEach((topic, terms) -> terms.forEach(term ->
                topicsByTerm.computeIfAbsent(term, k -> new LinkedHashSet<>()).add(topic)));
        Map<String, List<Term>> index = new HashMap<>();
        topicsByTerm.forEach((text, topics) -> {
            List<String> words = WordTokens.of(text);
            boolean caseSensitive = !text.equals(text.toLowerCase(Locale.ROOT));
            Term term = new Term(List.copyOf(words), caseSensitive, Set.copyOf(topics));
            index.computeIfAbsent(words.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(term);
        });
        index.values().forEach(terms -> terms.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())));
        return index;
    }
}
