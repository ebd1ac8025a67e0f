package io.intervu.interview.loop;

import io.intervu.interview.analysis.LanguageAnalyzer.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A short phrase the candidate actually said, for the interviewer to acknowledge before a probe ("You mentioned hot
 * partitions."): a noun phrase of one to three words from the answer's POS-tagged tokens, about the question's subject
 * (an aside such as "my first job" is never acknowledged). Phrases the question did not already say come first, then
 * those sharing more words with the subject, then longer ones.
 */
final class AnswerPhrase {

    static final int MAX_WORDS = 3;
    /** Nouns that carry no content of their own; an acknowledgement of them would sound hollow. */
    private static final Set<String> HOLLOW = Set.of("thing", "something", "stuff", "way", "lot", "bit", "kind", "sort", "yeah",
            "um", "uh", "question", "answer", "example", "case", "point", "idea", "part", "time", "people", "guy", "everything",
            "anything", "nothing", "basically", "etc", "okay", "ok", "yes", "no", "sure", "i", "you", "we", "hmm", "main", "things");
    private static final Set<String> FOLLOWERS = Set.of("DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "IN", "TO");

    private AnswerPhrase() {
    }

    private record Phrase(String text, int relevant, boolean saidByQuestion, int words, int order) {
    }

    /** Candidate phrases, best first. */
    static List<String> candidates(List<Token> answerTokens, Set<String> questionStems, String questionText) {
        List<Token> tokens = joinHyphenated(answerTokens);
        String question = " " + String.join(" ", FourWordOverlap.words(questionText)) + " ";
        List<Phrase> phrases = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) {
            Token t = i < tokens.size() ? tokens.get(i) : null;
            boolean fits = t != null && phraseWord(tokens, i);
            if (fits && (run.isEmpty() || run.get(run.size() - 1).sentence() == t.sentence())) {
                run.add(t);
                continue;
            }
            add(run, tokens, questionStems, question, phrases);
            run = new ArrayList<>();
            if (fits) {
                run.add(t);
            }
        }
        phrases.sort(Comparator.comparing(Phrase::saidByQuestion).thenComparing(Comparator.comparingInt(Phrase::relevant).reversed())
                .thenComparing(Comparator.comparingInt(Phrase::words).reversed()).thenComparingInt(Phrase::order));
        return phrases.stream().filter(p -> p.relevant() > 0).map(Phrase::text).distinct().toList();
    }

    /** CoreNLP splits "trade-offs" into "trade", "-", "offs": joined again, tagged as the last part. */
    static List<Token> joinHyphenated(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-") && tokens.get(i + 2).sentence() == t.sentence()) {
                Token last = tokens.get(i + 2);
                t = new Token(t.word() + "-" + last.word(), t.lemma() + "-" + last.lemma(), last.pos(), t.sentence());
                i += 2;
            }
            out.add(t);
        }
        return out;
    }

    private static void add(List<Token> run, List<Token> all, Set<String> questionStems, String question, List<Phrase> out) {
        // a noun phrase ends with its head noun: drop trailing adjectives, keep the last MAX_WORDS words
        int end = run.size();
        while (end > 0 && !run.get(end - 1).isNoun()) {
            end--;
        }
        if (end == 0) {
            return;
        }
        List<Token> phrase = run.subList(Math.max(0, end - MAX_WORDS), end);
        List<String> words = new ArrayList<>();
        int relevant = 0;
        for (Token t : phrase) {
            words.add(asWritten(t, all));
            if (questionStems.contains(KeyPointCoverage.stem(t.word().toLowerCase(Locale.ROOT)))) {
                relevant++;
            }
        }
        String text = String.join(" ", words);
        boolean saidByQuestion = question.contains(" " + String.join(" ", FourWordOverlap.words(text)) + " ");
        out.add(new Phrase(text, relevant, saidByQuestion, words.size(), out.size()));
    }

    /**
     * A noun or adjective that reads as part of a noun phrase. The tagger takes some verbs for nouns: a plural-looking
     * word followed by a noun phrase ("Spring implements proxies", "Parallel maximises throughput") and a sentence's
     * first word followed by one (an instruction: "Scale consumers", "Measure lag") are verbs here, and so is a word
     * between "to" and a modifier.
     */
    private static boolean phraseWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.word();
        if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ")) || w.length() < 2 || HOLLOW.contains(w.toLowerCase(Locale.ROOT))
                || !w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '#')) {
            return false;
        }
        Token next = i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence() ? tokens.get(i + 1) : null;
        boolean followedByPhrase = next != null && FOLLOWERS.contains(next.pos());
        boolean sentenceStart = startsClause(tokens, i);
        if (t.pos().equals("NNS") && followedByPhrase && !next.pos().equals("IN") && !next.pos().equals("TO")) {
            return false;
        }
        // "to spot hot partitions": after "to" and before a modifier, a singular "noun" is a verb
        if (t.pos().equals("NN") && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("to") && next != null
                && (next.pos().startsWith("JJ") || next.pos().equals("DT") || next.pos().equals("PRP$"))) {
            return false;
        }
        return !(sentenceStart && !t.isProperNoun() && followedByPhrase && !isAcronym(w));
    }

    /** As the candidate wrote it, except a sentence's capitalised first word, which is lower-cased unless a name. */
    private static String asWritten(Token t, List<Token> all) {
        boolean sentenceStart = startsClause(all, all.indexOf(t));
        return sentenceStart && !t.isProperNoun() && !isAcronym(t.word()) ? t.word().toLowerCase(Locale.ROOT) : t.word();
    }

    /** The first word of a sentence, or of what follows a colon ("to your question: Measure lag ..."). */
    private static boolean startsClause(List<Token> tokens, int i) {
        return i <= 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence() || tokens.get(i - 1).word().equals(":");
    }

    private static boolean isAcronym(String w) {
        return w.length() > 1 && w.chars().filter(Character::isLetter).count() > 1
                && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
