package io.intervu.interview.loop;

import java.util.Map;

/**
 * {@link CrashAfterCommitProfile} (every step is finished by the sweeper, as after a restart) with
 * a configured service credential; auth-service's token endpoint is the peers' WireMock server.
 */
public class ServiceCredentialProfile extends CrashAfterCommitProfile {

    static final String SECRET = "test-interview-service-secret-0123456789";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
        overrides.put("intervu.service-credential.client-secret", SECRET);
        overrides.put("intervu.service-credential.retry-after-failure", "PT0S");
        overrides.put("quarkus.rest-client.auth.url", "${quarkus.rest-client.rag.url}");
        return overrides;
    }
}
