package io.intervu.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the web app's Node scripts (web/dev/*.mjs) from the repository root, streaming its
 * output into the build log as it goes (a browser run takes minutes) and keeping it for assertions.
 */
final class NodeScript {

    record Result(int exitCode, String output) {
    }

    private NodeScript() {
    }

    static Path node() {
        for (String candidate : List.of("/usr/bin/node", "/usr/local/bin/node")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("node not found (/usr/bin/node): the web app's checks need Node 20");
    }

    static Result run(String label, Duration timeout, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(node().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(StackConfig.root().toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process process = pb.start();
        StringBuilder output = new StringBuilder();
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    System.out.println("[" + label + "] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                System.out.println("[" + label + "] output lost: " + e);
            }
        }, label + "-output");
        pump.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            // the script starts Chromium in its own process group; ending node lets its exit hook stop it
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            process.destroyForcibly();
            pump.join(5000);
            throw new AssertionError(label + " did not finish within " + timeout + ":\n" + output);
        }
        pump.join(5000);
        synchronized (output) {
            return new Result(process.exitValue(), output.toString());
        }
    }
}
