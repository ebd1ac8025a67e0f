package io.intervu.auth.rest;

import io.intervu.auth.RequestRefusedException;
import io.intervu.auth.service.LoginService;
import io.intervu.auth.service.PasswordService;
import io.intervu.auth.service.RegistrationService;
import io.intervu.auth.service.TokenPair;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Public account endpoints. No cookies are used anywhere (tokens travel in the Authorization
 * header and JSON bodies), so there is no ambient credential for CSRF to abuse.
 */
@Path("/api/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    static final String REGISTERED = "If the details can be used, a confirmation mail is on its way. Open its link to activate the account.";
    static final String RESENT = "If an unconfirmed account uses this address, a new confirmation mail is on its way.";
    static final String RESET_REQUESTED = "If an account uses this address, a password reset mail is on its way.";

    private final RegistrationService registration;
    private final LoginService login;
    private final PasswordService passwords;

    public AuthResource(RegistrationService registration, LoginService login, PasswordService passwords) {
        this.registration = registration;
        this.login = login;
        this.passwords = passwords;
    }

    @POST
    @Path("/register")
    public Response register(@Valid @NotNull AuthRequests.Register body, @Context HttpServerRequest request) {
        registration.register(body.username(), body.email(), body.password(), ClientAddress.of(request));
        return Response.accepted(Accepted.of(REGISTERED)).build();
    }

    /**
     * The confirmation link opened on the API: a page with a button and nothing else. A GET never
     * confirms, because mail scanners and link previews open links before (or instead of) the
     * owner; only the button's POST does. It never redirects anywhere.
     */
    @GET
    @Path("/confirm/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmPage(@PathParam("token") @Pattern(regexp = AuthRequests.TOKEN, message = "malformed token") String token) {
        return ConfirmPage.button(token);
    }

    /** The page's button: the token in the form body, an HTML answer (errors included) for the browser. */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirmByForm(@FormParam("token") @NotBlank @Pattern(regexp = AuthRequests.TOKEN, message = "malformed token") String token) {
        try {
            registration.confirm(token);
            return ConfirmPage.confirmed();
        } catch (RequestRefusedException e) {
            return ConfirmPage.refused(ProblemMappers.status(e.reason()), e.detail());
        }
    }

    /** The same for a web page's script (the web app's confirm page calls this after a click). */
    @POST
    @Path("/confirm")
    public Map<String, Object> confirm(@Valid @NotNull AuthRequests.Confirm body) {
        registration.confirm(body.token());
        return Map.of("status", "confirmed", "message", "Your email address is confirmed. You can sign in now.");
    }

    @POST
    @Path("/resend-confirmation")
    public Response resend(@Valid @NotNull AuthRequests.EmailOnly body) {
        registration.resendConfirmation(body.email());
        return Response.accepted(Accepted.of(RESENT)).build();
    }

    @POST
    @Path("/login")
    public TokenPair login(@Valid @NotNull AuthRequests.Login body, @Context HttpServerRequest request) {
        return login.login(body.login(), body.password(), ClientAddress.of(request));
    }

    @POST
    @Path("/refresh")
    public TokenPair refresh(@Valid @NotNull AuthRequests.RefreshTokenBody body) {
        return login.refresh(body.refreshToken());
    }

    @POST
    @Path("/logout")
    public Response logout(@Valid @NotNull AuthRequests.RefreshTokenBody body) {
        login.logout(body.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("/password-reset")
    public Response requestReset(@Valid @NotNull AuthRequests.EmailOnly body) {
        passwords.requestReset(body.email());
        return Response.accepted(Accepted.of(RESET_REQUESTED)).build();
    }

    @POST
    @Path("/password-reset/confirm")
    public Response confirmReset(@Valid @NotNull AuthRequests.ResetConfirm body) {
        passwords.confirmReset(body.token(), body.newPassword());
        return Response.noContent().build();
    }
}
