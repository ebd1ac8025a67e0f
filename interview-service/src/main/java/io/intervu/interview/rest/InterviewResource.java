package io.intervu.interview.rest;

import io.intervu.interview.Interview;
import io.intervu.interview.config.InterviewConfig;
import io.intervu.interview.loop.WorkDispatcher;
import io.intervu.interview.service.HistoryItem;
import io.intervu.interview.service.InterviewIntake;
import io.intervu.interview.service.InterviewQueries;
import io.intervu.interview.service.InterviewView;
import io.intervu.interview.service.PracticeRounds;
import io.intervu.interview.service.RequestedTopics;
import io.intervu.interview.service.StartRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Start an interview and read it back; the loop's endpoints are in {@link InterviewLoopResource}. */
@Path("/api/interviews")
// a person's endpoints: service tokens (group "service") own no data here
@RolesAllowed("user")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

    private final InterviewIntake intake;
    private final InterviewQueries queries;
    private final WorkDispatcher dispatcher;
    private final JsonWebToken jwt;
    private final InterviewConfig config;
    private final PracticeRounds practice;

    public InterviewResource(InterviewIntake intake, InterviewQueries queries, WorkDispatcher dispatcher, JsonWebToken jwt,
                             InterviewConfig config, PracticeRounds practice) {
        this.intake = intake;
        this.queries = queries;
        this.dispatcher = dispatcher;
        this.jwt = jwt;
        this.config = config;
        this.practice = practice;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@RestForm("resume") FileUpload resume, @RestForm String jobDescription,
                          @RestForm String questionCount, @RestForm String maxFollowUps, @RestForm String candidateName,
                          @RestForm String interviewerName, @RestForm String company, @RestForm String confidenceOptIn,
                          @RestForm String focusTopics,
                          @HeaderParam("Idempotency-Key") String idempotencyKey,
                          @HeaderParam("Authorization") String authorization) {
        StartRequest request = new StartRequest(bytes(resume), jobDescription, integer("questionCount", questionCount),
                integer("maxFollowUps", maxFollowUps), candidateName, interviewerName, company, Boolean.parseBoolean(confidenceOptIn),
                key(idempotencyKey), RequestedTopics.parse(focusTopics));
        Interview interview = intake.start(userId(), request, authorization);
        dispatcher.prepare(interview.id, authorization);
        return Response.accepted(Map.of("id", interview.id.toString(), "status", interview.status.name()))
                .location(URI.create("/api/interviews/" + interview.id))
                .header("Retry-After", config.retryAfterSeconds())
                .build();
    }

    /** "Practise again": a one-question round on a question of a finished interview, ready to greet at once. */
    @POST
    @Path("/{id}/questions/{questionId}/practice")
    public Response practise(@PathParam("id") String id, @PathParam("questionId") String questionId,
                             @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Interview round = practice.start(userId(), Ids.parse(id), Ids.parse(questionId), key(idempotencyKey));
        return Response.accepted(Map.of("id", round.id.toString(), "status", round.status.name()))
                .location(URI.create("/api/interviews/" + round.id))
                .build();
    }

    @GET
    @Path("/{id}")
    public InterviewView get(@PathParam("id") String id) {
        return queries.view(Ids.parse(id), userId());
    }

    @GET
    public List<HistoryItem> history() {
        return queries.history(userId());
    }

    private String userId() {
        return jwt.getSubject();
    }

    static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        if (idempotencyKey.length() > 200) {
            throw new ProblemException(400, "validation", "Invalid request", "Idempotency-Key must be at most 200 characters.");
        }
        return idempotencyKey.strip();
    }

    private static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "Some fields are invalid.")
                    .withErrors(Map.of(field, "must be a whole number")));
        }
    }

    static byte[] bytes(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            return null;
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
