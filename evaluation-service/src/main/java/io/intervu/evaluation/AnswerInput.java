package io.intervu.evaluation;

import java.util.List;

/**
 * What an evaluator judges: the question as planned, the exact prompt of this turn, the role and
 * the candidate's answer (untrusted text). {@code fillerRate} comes from the delivery metrics when
 * the answer was spoken, else null. {@code neighbourQuestions} are the other questions of the same
 * knowledge document (empty when unknown): an answer to one of them is not an answer to this one.
 * {@code misconceptions} are the knowledge base's wrong claims a candidate typically makes on this
 * question (empty when unknown): an answer that states one is fluent, on topic and wrong.
 */
public record AnswerInput(String questionType, String topic, String difficulty, String questionText, String prompt,
                          String turnKind, List<String> keyPoints, String role, List<String> focusTopics,
                          String answerText, boolean speechDetected, Double fillerRate, List<String> neighbourQuestions,
                          List<String> misconceptions) {

    public AnswerInput(String questionType, String topic, String difficulty, String questionText, String prompt,
                       String turnKind, List<String> keyPoints, String role, List<String> focusTopics,
                       String answerText, boolean speechDetected, Double fillerRate) {
        this(questionType, topic, difficulty, questionText, prompt, turnKind, keyPoints, role, focusTopics, answerText,
                speechDetected, fillerRate, List.of(), List.of());
    }

    public AnswerInput {
        neighbourQuestions = neighbourQuestions == null ? List.of()
                : neighbourQuestions.stream().filter(q -> q != null && !q.isBlank()).toList();
        misconceptions = misconceptions == null ? List.of()
                : misconceptions.stream().filter(m -> m != null && !m.isBlank()).toList();
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        focusTopics = focusTopics == null ? List.of() : List.copyOf(focusTopics);
        answerText = answerText == null ? "" : answerText;
        questionText = questionText == null ? "" : questionText;
        prompt = prompt == null || prompt.isBlank() ? questionText : prompt;
        role = role == null ? "" : role;
        topic = topic == null ? "" : topic;
        questionType = questionType == null ? "technical" : questionType;
    }

    public boolean behavioural() {
        return "behavioural".equalsIgnoreCase(questionType);
    }

    /** Behavioural questions and project deep-dives are answered with a story of the candidate's own. */
    public boolean story() {
        return behavioural() || "project".equalsIgnoreCase(questionType);
    }

    public boolean followUp() {
        return "follow-up".equalsIgnoreCase(turnKind);
    }
}
