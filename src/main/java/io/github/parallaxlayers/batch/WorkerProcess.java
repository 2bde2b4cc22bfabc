package io.github.parallaxlayers.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM, kept alive across plates: a fresh JVM spends seconds loading and compiling the same code again
 * for every plate, often more than the plate itself takes (see docs/performance.md). Its standard error and any
 * stray standard output go to the worker's log file.
 */
final class WorkerProcess implements AutoCloseable {
    private final Process process;
    private final BufferedWriter input;
    private final BufferedReader output;
    private final Path log;

    private WorkerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.input = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static WorkerProcess start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new WorkerProcess(builder.start(), log);
    }

    /** Runs one job; null when the worker died before answering. */
    WorkerProtocol.Reply run(WorkerProtocol.Job job) throws IOException {
        try {
            input.write(WorkerProtocol.jobLine(job));
            input.newLine();
            input.flush();
        } catch (IOException e) {
            return null; // The pipe is closed: the worker is gone.
        }
        String line;
        while ((line = output.readLine()) != null) {
            WorkerProtocol.Reply reply = WorkerProtocol.parseReply(line);
            if (reply != null) {
                return reply;
            }
            Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND,
                    StandardOpenOption.CREATE);
        }
        return null;
    }

    /** Why the worker died, in one line, for the plate it was running. */
    String deathReason(String heap) {
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String tail = "";
        try {
            tail = Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // No log: the exit status alone has to do.
        }
        if (tail.contains("OutOfMemoryError")) {
            return "The worker JVM ran out of memory (heap " + heap + "); give the workers more with --heap.";
        }
        if (!process.isAlive() && process.exitValue() > 128) {
            return "The worker JVM was killed by signal " + (process.exitValue() - 128) + " (out of memory, a "
                    + "scheduler limit or kill); see " + log + ".";
        }
        String exit = process.isAlive() ? "stopped answering" : "exited with status " + process.exitValue();
        return "The worker JVM " + exit + " before the plate finished; see " + log + ".";
    }

    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    long pid() {
        return process.pid();
    }

    /** Ends the worker: closing its input is its signal to exit. */
    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException ignored) {
            // Already gone.
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }
}
