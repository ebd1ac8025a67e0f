package io.intervu.transcription.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A shell script put where the service expects ffmpeg, to make ffmpeg slow, spin or ignore its limits for real: the
 * decoder deals with an actual process and its pipes. The script runs in its own folder, so what it writes (its pid,
 * a "started" mark) lands there; the real ffmpeg stays reachable as {@code ffmpeg} on the PATH.
 */
public final class FakeFfmpeg {

    private FakeFfmpeg() {
    }

    public static Path write(Path dir, String name, String body) {
        try {
            Path script = dir.resolve(name);
            Files.writeString(script, "#!/bin/sh\ncd '" + dir + "' || exit 99\n" + body + "\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the process whose pid the script wrote to {@code pidFile} ({@code echo $$ > pid}) still runs. */
    public static boolean alive(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
