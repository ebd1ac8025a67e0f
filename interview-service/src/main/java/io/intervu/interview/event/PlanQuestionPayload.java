package io.intervu.interview.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.PreparedQuestion;

import java.util.List;

/** The contract's PlanQuestion. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanQuestionPayload(String questionId, int ordinal, String type, String topic, String difficulty, String text,
                                  List<String> keyPoints, String rationale, Source source) {

    public record Source(String documentId, String documentTitle, String questionRef) {
    }

    public static PlanQuestionPayload of(PreparedQuestion q, ObjectMapper json) {
        List<String> keyPoints;
        try {
            keyPoints = List.of(json.readValue(q.keyPoints, String[].class));
        } catch (Exception e) {
            keyPoints = List.of();
        }
        return new PlanQuestionPayload(q.id.toString(), q.ordinal, q.type, q.topic, q.difficulty, q.text, keyPoints, q.rationale,
                new Source(q.sourceDocumentId, q.sourceDocumentTitle, q.sourceQuestionRef));
    }
}
