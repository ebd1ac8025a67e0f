package io.intervu.auth.rest;

import io.intervu.auth.UserAccount;
import io.intervu.auth.service.AccountService;
import io.intervu.auth.service.PasswordService;
import jakarta.annotation.security.RolesAllowed;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** The signed-in user's own account (access token required). */
@Path("/api/auth")
// a person's endpoints: service tokens (group "service") own no data here
@RolesAllowed("user")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final JsonWebToken jwt;
    private final AccountService accounts;
    private final PasswordService passwords;

    public MeResource(JsonWebToken jwt, AccountService accounts, PasswordService passwords) {
        this.jwt = jwt;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public record Me(UUID id, String username, String email, boolean emailConfirmed, Set<String> groups, OffsetDateTime createdAt) {
    }

    @GET
    @Path("/me")
    public Me me() {
        UserAccount user = accounts.me(userId());
        return new Me(user.id, user.username, user.email, user.emailConfirmed, user.groups(), user.createdAt);
    }

    /** Needs the password again; the other services erase their data when auth.user-deleted arrives. */
    @DELETE
    @Path("/me")
    public Response delete(@Valid @NotNull AuthRequests.PasswordOnly body, @Context HttpServerRequest request) {
        accounts.delete(userId(), body.password(), ClientAddress.of(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/password")
    public Response changePassword(@Valid @NotNull AuthRequests.ChangePassword body, @Context HttpServerRequest request) {
        passwords.change(userId(), body.currentPassword(), body.newPassword(), ClientAddress.of(request));
        return Response.noContent().build();
    }

    private UUID userId() {
        try {
            return UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(401, "invalid-token", "Invalid access token", "The access token does not name a user.");
        }
    }
}
