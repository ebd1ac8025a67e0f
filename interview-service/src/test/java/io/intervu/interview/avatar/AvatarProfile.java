package io.intervu.interview.avatar;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Avatar on, pointed at a local TCP listener the test opens. */
public class AvatarProfile implements QuarkusTestProfile {

    static final int PORT = 47_311;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("intervu.avatar.enabled", "true", "intervu.avatar.host", "127.0.0.1", "intervu.avatar.port", Integer.toString(PORT));
    }
}
