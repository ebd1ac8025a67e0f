package io.intervu.auth.rest;

import io.intervu.auth.service.ClientCredentialsGrant;
import io.intervu.auth.service.ServiceToken;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Client-credentials grant for our own services (e.g. interview-service finishing work after a
 * restart, when no user token is at hand). JSON like the rest of this API.
 */
@Path("/api/auth/service-token")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ServiceTokenResource {

    private final ClientCredentialsGrant grant;

    public ServiceTokenResource(ClientCredentialsGrant grant) {
        this.grant = grant;
    }

    @POST
    public ServiceToken token(@Valid @NotNull AuthRequests.ClientCredentials body, @Context HttpServerRequest request) {
        return grant.grant(body.clientId(), body.clientSecret(), ClientAddress.of(request));
    }
}
