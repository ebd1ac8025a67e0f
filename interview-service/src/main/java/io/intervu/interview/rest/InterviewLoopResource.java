package io.intervu.interview.rest;

import io.intervu.interview.Turn;
import io.intervu.interview.config.InterviewConfig;
import io.intervu.interview.loop.AnswerAck;
import io.intervu.interview.loop.AnswerSubmission;
import io.intervu.interview.loop.InterviewChangeSignals;
import io.intervu.interview.loop.ReplicaChangeListener;
import io.intervu.interview.loop.LoopTransitions;
import io.intervu.interview.loop.WorkDispatcher;
import io.intervu.interview.service.AnswerIntake;
import io.intervu.interview.service.InterviewQueries;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The turn loop: next message, answers, and the event stream for the UI. */
@Path("/api/interviews/{id}")
// a person's endpoints: service tokens (group "service") own no data here
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewLoopResource {

    private final LoopTransitions transitions;
    private final InterviewQueries queries;
    private final WorkDispatcher dispatcher;
    private final InterviewEventStream stream;
    private final JsonWebToken jwt;
    private final InterviewConfig config;
    private final InterviewChangeSignals signals;
    private final ReplicaChangeListener replicas;
    private final AnswerIntake answers;

    static final int MAX_WAIT_SECONDS = 25;
    private static final Duration RECHECK = Duration.ofSeconds(1);

    public InterviewLoopResource(LoopTransitions transitions, InterviewQueries queries, WorkDispatcher dispatcher,
                                 InterviewEventStream stream, JsonWebToken jwt, InterviewConfig config,
                                 InterviewChangeSignals signals, ReplicaChangeListener replicas, AnswerIntake answers) {
        this.transitions = transitions;
        this.queries = queries;
        this.dispatcher = dispatcher;
        this.stream = stream;
        this.jwt = jwt;
        this.config = config;
        this.signals = signals;
        this.replicas = replicas;
        this.answers = answers;
    }

    /**
     * The interviewer's current message. With {@code wait} (seconds, at most 25) a client that would
     * get 204 instead waits until the message is ready or the time is up (long poll).
     */
    @GET
    @Path("/messages/next")
    public Uni<Response> next(@PathParam("id") String id, @QueryParam("wait") Integer wait) {
        UUID interviewId = Ids.parse(id);
        if (wait != null && (wait < 0 || wait > MAX_WAIT_SECONDS)) {
            throw invalid("wait", "must be between 0 and " + MAX_WAIT_SECONDS + " seconds");
        }
        String userId = jwt.getSubject();
        Instant deadline = Instant.now().plusSeconds(wait == null ? 0 : wait);
        return nextBy(interviewId, userId, deadline);
    }

    private Uni<Response> nextBy(UUID interviewId, String userId, Instant deadline) {
        // taken before the read, so no change slips between; a client that does not wait needs none
        CompletableFuture<Void> change = Instant.now().isBefore(deadline) ? signals.nextChange(interviewId) : null;
        return Uni.createFrom().item(() -> nextNow(interviewId, userId))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(response -> {
                    Duration left = Duration.between(Instant.now(), deadline);
                    if (response.getStatus() != 204 || left.isNegative() || left.isZero()) {
                        return Uni.createFrom().item(response);
                    }
                    // woken by the commit of a change (here or, through NOTIFY, on another replica); the re-read is the safety net
                    Duration recheck = replicas.recheckInterval(RECHECK);
                    Duration nap = left.compareTo(recheck) < 0 ? left : recheck;
                    return Uni.createFrom().completionStage(change).ifNoItem().after(nap).recoverWithItem(() -> null)
                            .onItem().transformToUni(ignored -> nextBy(interviewId, userId, deadline));
                });
    }

    private Response nextNow(UUID interviewId, String userId) {
        Turn turn = transitions.deliver(interviewId, userId);
        if (turn == null) {
            return Response.noContent().header("Retry-After", config.retryAfterSeconds()).build();
        }
        return Response.ok(queries.message(interviewId, turn)).build();
    }

    @POST
    @Path("/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answerText(@PathParam("id") String id, TextAnswer body, @HeaderParam("Idempotency-Key") String idempotencyKey,
                               @HeaderParam("Authorization") String authorization) {
        String text = body == null || body.text() == null ? "" : body.text().strip();
        if (text.isEmpty()) {
            throw invalid("text", "must not be empty");
        }
        if (text.length() > config.maxAnswerChars()) {
            throw invalid("text", "must be at most " + config.maxAnswerChars() + " characters");
        }
        return accept(id, new AnswerSubmission(turnId(body == null ? null : body.turnId()), InterviewResource.key(idempotencyKey),
                text, null, null, null, null), authorization);
    }

    @POST
    @Path("/answers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response answerAudio(@PathParam("id") String id, @RestForm("audio") FileUpload audio, @RestForm String transcript,
                                @RestForm String text, @RestForm String turnId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                                @HeaderParam("Authorization") String authorization) {
        if (audio == null || audio.size() == 0) {
            if (text != null && !text.isBlank()) {
                return answerText(id, new TextAnswer(text, turnId), idempotencyKey, authorization);
            }
            throw invalid("audio", "attach the recorded answer (or send text)");
        }
        if (audio.size() > config.maxAudioBytes()) {
            throw new ProblemException(413, "audio-too-large", "Recording too large",
                    "The recording is larger than " + config.maxAudioBytes() / (1024 * 1024) + " MB. Please keep answers shorter.");
        }
        if (transcript != null && transcript.length() > config.maxAnswerChars()) {
            throw invalid("transcript", "must be at most " + config.maxAnswerChars() + " characters");
        }
        return accept(id, new AnswerSubmission(turnId(turnId), InterviewResource.key(idempotencyKey), null,
                InterviewResource.bytes(audio), audio.fileName(), audio.contentType(), transcript), authorization);
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> events(@PathParam("id") String id, @Context Sse sse) {
        return stream.open(Ids.parse(id), jwt.getSubject(), sse);
    }

    private Response accept(String id, AnswerSubmission submission, String authorization) {
        UUID interviewId = Ids.parse(id);
        AnswerAck ack = answers.accept(interviewId, jwt.getSubject(), submission);
        if (!ack.duplicate()) {
            dispatcher.processAnswer(interviewId, authorization);
        }
        return Response.accepted(ack).header("Retry-After", config.retryAfterSeconds()).build();
    }

    private static UUID turnId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("turnId", "must be a turn id from the interviewer's message");
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "validation", "Invalid request", "Some fields are invalid.")
                .withErrors(Map.of(field, message)));
    }
}
