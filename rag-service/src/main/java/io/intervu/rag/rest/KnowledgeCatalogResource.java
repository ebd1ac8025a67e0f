package io.intervu.rag.rest;

import io.intervu.rag.repository.QuestionRepository;
import io.intervu.rag.repository.QuestionRow;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The question bank and topic list that the offline interviewer and evaluator draw from. */
@Path("/api/knowledge")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeCatalogResource {

    private static final Set<String> TYPES = Set.of("technical", "scenario", "behavioural");
    private static final int MAX_LIMIT = 500;

    private final QuestionRepository questions;

    public KnowledgeCatalogResource(QuestionRepository questions) {
        this.questions = questions;
    }

    @GET
    @Path("/questions")
    public List<QuestionRow> questions(@RestQuery List<String> topics, @RestQuery List<String> roles,
                                       @RestQuery List<String> types, @RestQuery Integer limit) {
        List<String> typeList = Params.tags(types);
        List<String> unknown = typeList.stream().filter(t -> !TYPES.contains(t)).toList();
        int max = limit == null ? 50 : limit;
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "Unknown question types " + unknown + ".")
                    .withErrors(Map.of("types", "each must be one of " + TYPES)));
        }
        if (max < 1 || max > MAX_LIMIT) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "limit must be between 1 and " + MAX_LIMIT + ".")
                    .withErrors(Map.of("limit", "must be between 1 and " + MAX_LIMIT)));
        }
        return questions.find(Params.tags(topics), Params.roles(roles), typeList, max);
    }

    @GET
    @Path("/topics")
    public List<QuestionRepository.TopicCount> topics() {
        return questions.topics();
    }
}
