package io.intervu.auth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.auth.service.SigningKeys;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** The public verification key: as a JWK Set (what the other services read) and as PEM. */
@Path("/.well-known")
public class WellKnownResource {

    private final SigningKeys keys;
    private final String jwksJson;

    public WellKnownResource(SigningKeys keys, ObjectMapper json) throws JsonProcessingException {
        this.keys = keys;
        this.jwksJson = json.writeValueAsString(keys.jwks());
    }

    @GET
    @Path("/jwks.json")
    @Produces("application/jwk-set+json")
    public Response jwks() {
        return Response.ok(jwksJson).cacheControl(cache()).build();
    }

    @GET
    @Path("/public-key.pem")
    @Produces("application/x-pem-file")
    public Response pem() {
        return Response.ok(keys.publicKeyPem()).cacheControl(cache()).build();
    }

    private static CacheControl cache() {
        CacheControl cc = new CacheControl();
        cc.setMaxAge(300);
        return cc;
    }
}
