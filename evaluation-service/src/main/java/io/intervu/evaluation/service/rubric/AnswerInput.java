package io.intervu.evaluation.service.rubric;

import java.util.List;

/**
 * What an evaluator judges: the question as planned, the exact prompt of this turn, the role and
 * the candidate's answer (untrusted text). {@code fillerRate} comes from the delivery metrics when
 * the answer was spoken, else null.
 */
public record AnswerInput(String questionType, String topic, String difficulty, String questionText, String prompt,
                          String turnKind, List<String> keyPoints, String role, List<String> focusTopics,
                          String answerText, boolean speechDetected, Double fillerRate) {

    public AnswerInput {
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

    public boolean followUp() {
        return "follow-up".equalsIgnoreCase(turnKind);
    }
}
