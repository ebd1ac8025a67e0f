package io.intervu.rag.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.intervu.rag.RequestRefusedException;
import io.intervu.rag.RequestRefusedException.Reason;
import io.intervu.rag.client.EmbeddingUnavailableException;
import io.intervu.rag.service.parse.InvalidDocumentException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every error leaves as problem+json; an unexpected one is logged here and never shows internals. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** The one place where the reason of a domain refusal becomes an HTTP status. */
    public static int status(Reason reason) {
        return switch (reason) {
            case CONFLICT -> 409;
            case UNAVAILABLE -> 503;
        };
    }

    /** The problem document of a domain refusal: its status, slug, title, detail and refused fields. */
    public static Problem problemOf(RequestRefusedException e) {
        Problem problem = Problem.of(status(e.reason()), e.slug(), e.title(), e.detail());
        return e.fields() == null ? problem : problem.withErrors(e.fields());
    }

    @ServerExceptionMapper
    public Response refused(RequestRefusedException e) {
        Response response = problemOf(e).toResponse();
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
        }
        return response;
    }

    /** Missing, malformed, expired or foreign access token (auth is not proactive, so it lands here). */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(Problem.of(401, "invalid-token", "Not authenticated",
                        "A valid access token is required (Authorization: Bearer ...).").toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    /** A valid token without the role the endpoint needs (e.g. a service token on a person's endpoint). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "This account may not do that.").toResponse();
    }

    @ServerExceptionMapper
    public Response invalidDocument(InvalidDocumentException e) {
        return Problem.of(status(e.flaw()), e.slug(), e.title(), e.getMessage()).toResponse();
    }

    /** The one place where what is wrong with an uploaded document becomes an HTTP status. */
    static int status(InvalidDocumentException.Flaw flaw) {
        return switch (flaw) {
            case TOO_LARGE -> 413;
            case WRONG_KIND -> 415;
            case UNUSABLE -> 422;
        };
    }

    @ServerExceptionMapper
    public Response embeddingUnavailable(EmbeddingUnavailableException e) {
        LOG.warn(e.getMessage());
        return Problem.of(503, "embedding-unavailable", "Embedding provider unavailable",
                "The embedding provider could not be reached; try again later.").toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        Map<String, Object> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            String path = v.getPropertyPath().toString();
            errors.put(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        }
        return Problem.of(400, "validation", "Invalid request", "Some fields are invalid.")
                .withErrors(errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Problem.of(400, "malformed-body", "Malformed request body", "The request body is not valid JSON for this endpoint.")
                .toResponse();
    }

    /**
     * A body of the wrong JSON shape (an array, or an object where a string belongs). Named on its own because
     * Quarkus registers a mapper for exactly this type, which answers 400 with no body at all.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    /**
     * The multipart reader fails with a plain IOException when the body ends before its closing boundary (or
     * never uses the declared one): the client's malformed request, not a server fault. Any other IOException
     * stays a 500.
     */
    @ServerExceptionMapper
    public Response unreadableForm(IOException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                return Problem.of(400, "malformed-body", "Malformed request body",
                        "The request body is not a complete multipart/form-data message.").toResponse();
            }
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = status >= 500 ? "The server could not complete the request." : e.getMessage();
        return Problem.of(status, "http-" + status, title, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return Problem.of(500, "internal", "Internal error", "The server could not complete the request.").toResponse();
    }
}
