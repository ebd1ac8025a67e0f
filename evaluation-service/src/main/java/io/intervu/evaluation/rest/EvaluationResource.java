package io.intervu.evaluation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.evaluation.AnswerEvaluation;
import io.intervu.evaluation.InterviewAssessment;
import io.intervu.evaluation.service.progress.ProgressService;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.UUID;

/** The caller's own evaluations of one interview, its assessment once made, and their progress across interviews. */
@Path("/api/evaluations")
// a person's endpoints: service tokens (group "service") own no data here
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final JsonWebToken jwt;
    private final ObjectMapper json;
    private final ProgressService progress;

    public EvaluationResource(JsonWebToken jwt, ObjectMapper json, ProgressService progress) {
        this.jwt = jwt;
        this.json = json;
        this.progress = progress;
    }

    /** The caller's scores by topic and criterion and their delivery figures across assessed interviews, oldest first. */
    @GET
    @Path("/progress")
    public ObjectNode progress() {
        return progress.of(jwt.getSubject());
    }

    /**
     * Only rows whose user is the token's subject are returned: another user's interview looks
     * exactly like one without evaluations, so its existence is not revealed.
     */
    @GET
    @Transactional
    public ObjectNode list(@QueryParam("interviewId") String interviewId) {
        if (interviewId == null || interviewId.isBlank()) {
            throw new ProblemException(400, "missing-interview-id", "Missing interviewId", "Give the interview with ?interviewId=<uuid>.");
        }
        try {
            UUID.fromString(interviewId);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "invalid-interview-id", "Invalid interviewId", "interviewId must be a UUID.");
        }
        String userId = jwt.getSubject();
        List<AnswerEvaluation> rows = AnswerEvaluation.list("interviewId = ?1 and userId = ?2",
                Sort.by("createdAt").and("answerId"), interviewId, userId);
        ObjectNode out = json.createObjectNode();
        out.put("interviewId", interviewId);
        ArrayNode evaluations = out.putArray("evaluations");
        for (AnswerEvaluation row : rows) {
            evaluations.add(read(row.evaluation));
        }
        InterviewAssessment assessment = InterviewAssessment.find("interviewId = ?1 and userId = ?2", interviewId, userId).firstResult();
        out.set("assessment", assessment == null ? json.nullNode() : read(assessment.payload).path("assessment"));
        return out;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evaluation unreadable", e);
        }
    }
}
