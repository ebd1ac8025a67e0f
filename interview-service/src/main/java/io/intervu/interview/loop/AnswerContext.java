package io.intervu.interview.loop;

import io.intervu.interview.analysis.LanguageAnalyzer.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the follow-up policy weighs for one reply: the prepared question (text, type, key points and their
 * probes), the reply (text and POS tokens) with earlier replies to the same question, the turn being answered, what
 * this question already had (probed points, a rephrasing, repeats), how many follow-ups are left, and every earlier
 * interviewer message of the interview (so openings are not reused).
 */
record AnswerContext(String questionText, String questionType, String topic, int questionNumber, boolean lastQuestion,
                     List<String> keyPoints, List<String> probes, String answer, List<Token> answerTokens,
                     List<String> earlierAnswers, Set<String> probedKeyPoints, String turnKind, String turnPrompt,
                     String turnProbedKeyPoint, int followUpsLeft, boolean rephrased, int clarifications,
                     List<String> earlierPrompts, long seed) {

    /**
     * The question's subject as content stems: its text, topic and key points (not the probes: they are worded as
     * conversation, "what happens first", and would make small talk look relevant).
     */
    Set<String> questionStems() {
        Set<String> stems = new HashSet<>(KeyPointCoverage.stems(questionText));
        stems.addAll(KeyPointCoverage.stems(topic == null ? "" : topic.replace('-', ' ')));
        keyPoints.forEach(k -> stems.addAll(KeyPointCoverage.stems(k)));
        return stems;
    }

    AnswerContext withAnswerTokens(List<Token> tokens) {
        return new AnswerContext(questionText, questionType, topic, questionNumber, lastQuestion, keyPoints, probes, answer, tokens,
                earlierAnswers, probedKeyPoints, turnKind, turnPrompt, turnProbedKeyPoint, followUpsLeft, rephrased, clarifications,
                earlierPrompts, seed);
    }

    /** The written probe of key point {@code index}, or null when there is none. */
    String probe(int index) {
        return index < probes.size() && probes.get(index) != null && !probes.get(index).isBlank() ? probes.get(index).strip() : null;
    }
}
