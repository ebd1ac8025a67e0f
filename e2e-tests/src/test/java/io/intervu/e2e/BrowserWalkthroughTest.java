package io.intervu.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web app in headless Chromium against the real local stack, through the gateway
 * (web/dev/walkthrough.mjs): sign-up with the mailed confirmation, the error paths, an interview
 * answered by typing, keyboard and voice, the report PDF, progress, a question practised again to
 * the end with its change per criterion in the room and in history, a whole hands-free interview in
 * conversation mode on a fake microphone (every message spoken, one talked over), small screens,
 * dark mode, account deletion.
 * Screenshots of every step: e2e-tests/target/browser-screenshots/. On failure the page's console
 * is in the output.
 */
@ExtendWith(LocalStack.class)
class BrowserWalkthroughTest {

    @Test
    void theWebAppWorksEndToEndInHeadlessChromium() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")),
                "/usr/bin/chromium is missing: deploy/local/install-prereqs.sh installs Debian's chromium");
        Path shots = StackConfig.root().resolve("e2e-tests/target/browser-screenshots");
        Files.createDirectories(shots);
        NodeScript.Result result = NodeScript.run("browser", Duration.ofMinutes(20),
                Map.of("MAIL_API", StackConfig.mailApi(), "REAL_INTERVIEWS", "1", "DELETE_ACCOUNT", "1"),
                "--experimental-websocket", "web/dev/walkthrough.mjs", StackConfig.gateway(), shots.toString());
        assertEquals(0, result.exitCode(), () -> "the browser walkthrough failed (screenshots in " + shots + "):\n" + result.output());
        assertTrue(result.output().contains("OK: walkthrough passed with no console errors"), result::output);
        assertTrue(result.output().contains("hands-free: "), () -> "the conversation-mode interview did not run:\n" + result.output());
        assertTrue(result.output().contains("in history: "), () -> "the practice round's comparison was not checked:\n" + result.output());
        assertTrue(result.output().contains("talked over: "), () -> "talking over the interviewer was not checked:\n" + result.output());
    }
}
