package io.intervu.interview.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * rag-service behind timeouts, retries with backoff and a circuit breaker. Failures surface as
 * {@link DownstreamException}; the planner decides how to degrade. Without a user's bearer (work
 * resumed after a restart) the call carries this service's own token.
 */
@ApplicationScoped
public class KnowledgeBase {

    // rag-service measured MiniLM scores of the right document at median 0.49 (p10 0.35) for
    // natural questions: the API's 0.58 default would drop most of the plan's context.
    static final double PLAN_CONTEXT_MIN_SCORE = 0.35;

    private final RagClient rag;
    private final ServiceToken serviceToken;

    public KnowledgeBase(@RestClient RagClient rag, ServiceToken serviceToken) {
        this.rag = rag;
        this.serviceToken = serviceToken;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = DownstreamRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejectedException.class)
    public List<KnowledgeDtos.SearchHit> search(String bearer, List<String> queries, List<String> topics, List<String> roles) {
        try {
            KnowledgeDtos.SearchResponse response = rag.search(authorization(bearer),
                    new KnowledgeDtos.SearchRequest(queries, 6, PLAN_CONTEXT_MIN_SCORE, topics, roles, true));
            return response == null || response.results() == null ? List.of() : response.results();
        } catch (RuntimeException e) {
            throw translate("knowledge search", e);
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = DownstreamRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejectedException.class)
    public List<KnowledgeDtos.BankQuestion> questions(String bearer, List<String> topics, List<String> roles, List<String> types, int limit) {
        try {
            List<KnowledgeDtos.BankQuestion> found = rag.questions(authorization(bearer), String.join(",", topics), String.join(",", roles),
                    String.join(",", types), limit);
            return found == null ? List.of() : found;
        } catch (RuntimeException e) {
            throw translate("question bank", e);
        }
    }

    /** The knowledge base's topics, for checking the topics a candidate asks to practise. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = DownstreamRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejectedException.class)
    public List<String> topics(String bearer) {
        try {
            List<KnowledgeDtos.TopicCount> found = rag.topics(authorization(bearer));
            return found == null ? List.of() : found.stream().map(KnowledgeDtos.TopicCount::topic).toList();
        } catch (RuntimeException e) {
            throw translate("knowledge topics", e);
        }
    }

    private String authorization(String bearer) {
        return bearer != null ? bearer : serviceToken.authorization().orElse(null);
    }

    static DownstreamException translate(String what, RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return new DownstreamRejectedException(what + " refused with " + status, status, e);
            }
            return new DownstreamException(what + " failed with " + status, false, status, e);
        }
        return new DownstreamException(what + " unreachable: " + e.getClass().getSimpleName(), false, 0, e);
    }
}
