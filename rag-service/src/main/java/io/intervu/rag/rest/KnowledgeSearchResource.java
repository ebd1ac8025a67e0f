package io.intervu.rag.rest;

import io.intervu.rag.config.RagConfig;
import io.intervu.rag.service.SearchService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Similarity search for any signed-in user (interview-service forwards the candidate's token). */
@Path("/api/knowledge/search")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeSearchResource {

    private final SearchService search;
    private final RagConfig.Search limits;

    public KnowledgeSearchResource(SearchService search, RagConfig config) {
        this.search = search;
        this.limits = config.search();
    }

    @POST
    public SearchResponse search(SearchRequest request) {
        SearchService.Query query = validate(request);
        return new SearchResponse(search.search(query).stream()
                .map(h -> new SearchResponse.Result(h.chunkId(), h.documentId(), h.documentTitle(), h.text(),
                        Math.round(h.score() * 10_000) / 10_000.0, h.topics(), h.roles()))
                .toList());
    }

    private SearchService.Query validate(SearchRequest r) {
        Map<String, Object> errors = new LinkedHashMap<>();
        if (r == null) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "A JSON body with queries is required."));
        }
        List<String> queries = r.queries() == null ? List.of()
                : r.queries().stream().filter(Objects::nonNull).map(String::strip).filter(q -> !q.isEmpty()).distinct().toList();
        if (queries.isEmpty()) {
            errors.put("queries", "at least one non-blank query is required");
        } else if (queries.size() > limits.maxQueries()) {
            errors.put("queries", "at most " + limits.maxQueries() + " queries per request");
        } else if (queries.stream().anyMatch(q -> q.length() > limits.maxQueryChars())) {
            errors.put("queries", "each query may have at most " + limits.maxQueryChars() + " characters");
        }
        int topK = r.topK() == null ? limits.defaultTopK() : r.topK();
        if (topK < 1 || topK > limits.maxTopK()) {
            errors.put("topK", "must be between 1 and " + limits.maxTopK());
        }
        double minScore = r.minScore() == null ? limits.defaultMinScore() : r.minScore();
        if (Double.isNaN(minScore) || minScore < -1 || minScore > 1) {
            errors.put("minScore", "must be a cosine similarity between -1 and 1");
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "Some fields are invalid.").withErrors(errors));
        }
        return new SearchService.Query(queries, topK, minScore, Params.tags(r.topics()), Params.roles(r.roles()),
                Boolean.TRUE.equals(r.diversity()));
    }
}
