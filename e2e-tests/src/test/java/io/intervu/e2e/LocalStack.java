package io.intervu.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes sure the whole stack answers through the gateway before the journey runs. If it does not:
 * starts it with deploy/local/up when INTERVU_E2E_START=true (and runs deploy/local/down after all
 * tests), fails when INTERVU_E2E_REQUIRED=true, otherwise skips with a message saying how to run.
 */
public class LocalStack implements BeforeAllCallback, BeforeEachCallback {

    /** Why the tests are skipped; null when the stack answers. */
    private static volatile String missing;

    static final List<String> SERVICES = List.of("auth", "interview", "transcription", "evaluation", "knowledge", "report");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        missing = null;
        if (allReady()) {
            return;
        }
        if (!StackConfig.startStack()) {
            String how = "the local stack is not running at " + StackConfig.gateway()
                    + ": start it with deploy/local/up, or set INTERVU_E2E_START=true to let the test start it";
            if (StackConfig.required()) {
                throw new IllegalStateException(how);
            }
            // skip every test (reported as skipped, with this reason), rather than the class silently
            missing = how;
            System.err.println("[e2e] SKIPPED: " + how);
            return;
        }
        Path root = StackConfig.root();
        boolean jarsBuilt = List.of("auth-service", "interview-service", "transcription-service", "evaluation-service",
                "rag-service", "report-service").stream()
                .allMatch(m -> Files.exists(root.resolve(m).resolve("target/quarkus-app/quarkus-run.jar")));
        run(root, jarsBuilt, Map.of(), "deploy/local/up");
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put("intervu-local-stack", (ExtensionContext.Store.CloseableResource) () -> run(root, true, Map.of(), "deploy/local/down"));
        if (!allReady()) {
            throw new IllegalStateException("deploy/local/up finished but the gateway does not report every service UP");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (missing != null) {
            Assumptions.abort(missing);
        }
    }

    public static boolean available() {
        return missing == null;
    }

    /**
     * Stops {@code services} and starts them again from their jars with {@code env} added to the environment
     * deploy/local/up gives them (an empty map restores the defaults); the rest of the stack keeps running.
     */
    static void restart(Map<String, String> env, String... services) throws IOException, InterruptedException {
        Path root = StackConfig.root();
        List<String> down = new ArrayList<>(List.of("deploy/local/down"));
        down.addAll(List.of(services));
        run(root, true, Map.of(), down.toArray(String[]::new));
        run(root, true, env, "deploy/local/up");
        if (!allReady()) {
            throw new IllegalStateException("after restarting " + String.join(", ", services) + " the gateway does not report every service UP");
        }
    }

    private static void run(Path root, boolean skipBuild, Map<String, String> env, String... script) throws IOException, InterruptedException {
        File log = root.resolve(".run/logs").toFile();
        log.mkdirs();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve(script[0]).toString()));
        command.addAll(List.of(script).subList(1, script.length));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(log, "e2e-stack.log")));
        pb.environment().putAll(env);
        if (skipBuild) {
            // inside a reactor build the jars were just packaged; do not start a nested build
            pb.environment().put("INTERVU_SKIP_BUILD", "1");
        }
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", script) + " failed with exit " + exit + "; see .run/logs/e2e-stack.log");
        }
    }

    static boolean allReady() {
        for (String service : SERVICES) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(StackConfig.gateway() + "/health/" + service))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200 || !r.body().contains("UP")) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
