package io.intervu.interview.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.PreparedQuestion;

import java.util.List;

/**
 * The contract's PlanQuestion. {@code neighbours} (the texts of the other questions of the same knowledge document)
 * and {@code misconceptions} (confident wrong claims candidates typically make on this question) are only in
 * interview.answer-recorded, where the evaluator uses them to tell an answer to this question from one to a
 * neighbouring question and to recognise a fluent but wrong answer; the plan in interview.started and
 * interview.completed leaves them out.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanQuestionPayload(String questionId, int ordinal, String type, String topic, String difficulty, String text,
                                  List<String> keyPoints, String rationale, Source source,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<String> neighbours,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) List<String> misconceptions) {

    public record Source(String documentId, String documentTitle, String questionRef) {
    }

    public static PlanQuestionPayload of(PreparedQuestion q, ObjectMapper json) {
        return new PlanQuestionPayload(q.id.toString(), q.ordinal, q.type, q.topic, q.difficulty, q.text, strings(q.keyPoints, json),
                q.rationale, new Source(q.sourceDocumentId, q.sourceDocumentTitle, q.sourceQuestionRef), null, null);
    }

    /** The question as interview.answer-recorded carries it: with neighbours and misconceptions, both always present. */
    public static PlanQuestionPayload forEvaluation(PreparedQuestion q, ObjectMapper json) {
        PlanQuestionPayload p = of(q, json);
        return new PlanQuestionPayload(p.questionId(), p.ordinal(), p.type(), p.topic(), p.difficulty(), p.text(), p.keyPoints(),
                p.rationale(), p.source(), strings(q.neighbours, json), strings(q.misconceptions, json));
    }

    private static List<String> strings(String stored, ObjectMapper json) {
        try {
            return stored == null ? List.of() : List.of(json.readValue(stored, String[].class));
        } catch (Exception e) {
            return List.of();
        }
    }
}
