package io.intervu.report.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.intervu.report.RequestRefusedException;
import io.intervu.report.RequestRefusedException.Reason;
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
            case NOT_FOUND -> 404;
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

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "This account may not do that.").toResponse();
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
