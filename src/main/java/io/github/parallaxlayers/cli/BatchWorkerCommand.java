package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.batch.WorkerProtocol;
import io.github.parallaxlayers.headless.MacroRunner;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code batch-worker} (internal): one worker JVM of a batch. Reads jobs (one JSON line each) on standard input,
 * runs each macro headless with its output in the job's log file, and answers on standard output. It exits when
 * its input closes, and at once when the batch process that started it dies (even by kill -9), so an abandoned
 * worker never goes on writing.
 */
@Command(name = "batch-worker", hidden = true,
        description = "Internal: a batch worker JVM (jobs on standard input, answers on standard output).")
final class BatchWorkerCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        watchParent();
        PrintStream answers = System.out;
        PrintStream errors = System.err;
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = jobs.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            WorkerProtocol.Job job = WorkerProtocol.parseJob(line);
            WorkerProtocol.Reply reply;
            try (PrintStream log = new PrintStream(new FileOutputStream(job.log(), true), true,
                    StandardCharsets.UTF_8)) {
                System.setOut(log);
                System.setErr(log);
                reply = run(job, log);
            } finally {
                System.setOut(answers);
                System.setErr(errors);
            }
            answers.println(WorkerProtocol.replyLine(reply));
            answers.flush();
            if (reply.fatal()) {
                Runtime.getRuntime().halt(1);
            }
        }
        return 0;
    }

    private static WorkerProtocol.Reply run(WorkerProtocol.Job job, PrintStream log) {
        long start = System.nanoTime();
        String error;
        boolean fatal = false;
        try {
            MacroRunner.Outcome outcome = MacroRunner.runFile(Path.of(job.macro()), job.argument());
            error = outcome.succeeded() ? null : outcome.error();
        } catch (OutOfMemoryError e) {
            error = "The worker JVM ran out of memory on this plate; give the workers more with --heap.";
            fatal = true;
        } catch (RuntimeException | Error e) {
            e.printStackTrace(log);
            error = "The macro stopped: " + e;
            fatal = e instanceof Error;
        } finally {
            try {
                MacroRunner.closeAllImages();
            } catch (RuntimeException | Error e) {
                fatal = true; // ImageJ's state is unknown: the next plate gets a fresh JVM.
            }
        }
        if (error != null) {
            log.println("batch: " + error);
        }
        return new WorkerProtocol.Reply(error, (System.nanoTime() - start) / 1e9, WorkerProtocol.peakResidentMb(),
                fatal);
    }

    /** Halts this JVM when the batch process that started it is gone. */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watchdog = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(3);
        }, "batch-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
