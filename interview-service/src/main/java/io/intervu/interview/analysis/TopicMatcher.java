package io.intervu.interview.analysis;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts how often each topic's terms occur in a text, comparing lemmas (CoreNLP) on both sides. */
@ApplicationScoped
public class TopicMatcher {

    private final LanguageAnalyzer language;
    private volatile Map<String, List<String>> lemmatisedTerms;

    public TopicMatcher(LanguageAnalyzer language) {
        this.language = language;
    }

    /** topic -> occurrences in the text; topics without any are left out. */
    public Map<String, Integer> count(String text) {
        return countInLemmas(language.lemmaText(text));
    }

    public Map<String, Integer> countInLemmas(String lemmaText) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> topic : terms().entrySet()) {
            int n = 0;
            for (String term : topic.getValue()) {
                n += occurrences(lemmaText, term);
            }
            if (n > 0) {
                counts.put(topic.getKey(), n);
            }
        }
        return counts;
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        int from = 0;
        while ((from = haystack.indexOf(needle, from)) >= 0) {
            n++;
            from += needle.length() - 1; // the trailing space may start the next match
        }
        return n;
    }

    private Map<String, List<String>> terms() {
        Map<String, List<String>> t = lemmatisedTerms;
        if (t == null) {
            Map<String, List<String>> built = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> topic : TopicVocabulary.TERMS.entrySet()) {
                List<String> lemmas = new ArrayList<>();
                for (String term : topic.getValue()) {
                    lemmas.add(language.lemmaText(term));
                }
                built.put(topic.getKey(), lemmas);
            }
            lemmatisedTerms = t = built;
        }
        return t;
    }
}
