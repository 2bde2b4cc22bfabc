package io.github.parallaxlayers.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Desktop tools (Blender, GIMP) driven in batch mode as independent readers of the exports. scripts/test.sh
 * installs them from Debian when it runs as root; tests that need them are skipped, with this reason, where
 * they are missing.
 */
public final class DccTools {

    private DccTools() {
    }

    /** The program on PATH, if any. */
    public static Optional<Path> find(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static String missing(String program, String debianPackage) {
        return "needs " + program + " on PATH (Debian package " + debianPackage + "; scripts/test.sh installs it "
                + "when run as root)";
    }

    /** The exit status of a short command (output discarded), or -1 when it cannot run or runs past a minute. */
    public static int exitStatus(List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Runs a command with its output in {@code log} (a file, so a chatty tool cannot fill a pipe and stall);
     * fails with the log's tail when it exits with an error or runs past {@code timeoutSeconds}.
     */
    public static void run(List<String> command, Map<String, String> environment, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " ran past " + timeoutSeconds + " s:\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                    + tail(log));
        }
    }

    static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }
}
