package io.intervu.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web app's logic checks in Node (web/dev/unit_checks.mjs): SSE parsing, session rules, the
 * readers, conversation mode's end-of-answer detection. Needs no stack, so it always runs.
 */
class WebUnitChecksTest {

    @Test
    void webAppLogicChecksPass() throws Exception {
        NodeScript.Result result = NodeScript.run("web-unit-checks", Duration.ofMinutes(2), Map.of(), "web/dev/unit_checks.mjs");
        assertEquals(0, result.exitCode(), () -> "web/dev/unit_checks.mjs failed:\n" + result.output());
        // a run that checked nothing must not pass: the closing line counts the checks
        assertTrue(result.output().matches("(?s).*\\n([4-9]\\d|\\d{3}) passed, 0 failed\\n.*"),
                () -> "expected at least 40 passed checks and none failed:\n" + result.output());
    }
}
