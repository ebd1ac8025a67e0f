package io.intervu.interview.loop;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A service that "dies" right after every commit: nothing accepted is worked on in memory, so
 * only the persisted state (picked up by the sweeper, as after a restart) can finish the work.
 */
public class CrashAfterCommitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "intervu.interview.dispatch-after-commit", "false",
                "intervu.interview.stale-work-after", "0S",
                "intervu.interview.sweep-interval", "1s");
    }
}
