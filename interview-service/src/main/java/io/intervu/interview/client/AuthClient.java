package io.intervu.interview.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** auth-service's client-credentials grant (docs/contracts.md); only {@link ServiceTokenGrant} uses it. */
@RegisterRestClient(configKey = "auth")
@Path("/api/auth/service-token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface AuthClient {

    record ClientCredentials(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "ClientCredentials[clientId=" + clientId + "]"; // never the secret, should it reach a log
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Granted(String accessToken, String tokenType, long expiresIn) {
        @Override
        public String toString() {
            return "Granted[expiresIn=" + expiresIn + "]";
        }
    }

    @POST
    Granted serviceToken(ClientCredentials credentials);
}
