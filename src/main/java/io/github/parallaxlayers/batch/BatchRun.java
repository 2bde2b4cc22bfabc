package io.github.parallaxlayers.batch;

import io.github.parallaxlayers.core.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a macro over the plates of one shard, in worker JVMs, at most {@code workers} at a time. Each plate writes
 * into a hidden temporary folder ({@code .NAME.part-…}) that is renamed to {@code NAME} only after the macro
 * succeeded, so an output folder exists exactly when it is complete; a failed or interrupted plate leaves only a
 * hidden folder, which the next run removes. The manifest is rewritten after every plate.
 */
public final class BatchRun {
    private final BatchSettings settings;
    private final BatchListener listener;
    private final BatchManifest manifest;
    private final Path out;
    private final BatchDescription description;
    private final Map<String, PlateRecord> rows = new LinkedHashMap<>();
    private final List<WorkerProcess> live = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Object manifestLock = new Object();
    private String manifestError;
    private int done;
    private int failed;
    private int toRun;
    private long startNanos;

    private BatchRun(BatchSettings settings, BatchListener listener) {
        this.settings = settings;
        this.listener = listener;
        this.out = settings.out().toAbsolutePath().normalize();
        this.manifest = new BatchManifest(out);
        this.description = new BatchDescription(settings.macro().toAbsolutePath().normalize().toString(),
                settings.input(), settings.arguments());
    }

    /**
     * Runs the batch.
     *
     * @throws InvalidInputException for bad settings, before any plate runs
     */
    public static BatchResult run(BatchSettings settings, BatchListener listener) {
        return new BatchRun(settings, listener).run();
    }

    private BatchResult run() {
        validate();
        List<BatchPlate> mine = settings.shard().select(PlateDiscovery.discover(settings.input()));
        try {
            Files.createDirectories(manifest.stateFolder().resolve("logs"));
        } catch (IOException e) {
            throw new InvalidInputException("Cannot create the output folder " + out + " (" + e.getMessage()
                    + "); choose a folder you can write to.");
        }
        try (FileChannel lockFile = FileChannel.open(manifest.stateFolder().resolve("shard-"
                + settings.shard().fileForm() + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new InvalidInputException("Another batch is running shard " + settings.shard() + " into "
                        + out + "; wait for it to finish, or choose another --out folder.");
            }
            List<BatchPlate> queue = prepare(mine);
            runAll(queue);
        } catch (IOException e) {
            throw new UncheckedIOException("The batch state in " + manifest.stateFolder() + " cannot be used: "
                    + e.getMessage(), e);
        }
        List<PlateRecord> result;
        synchronized (manifestLock) {
            result = List.copyOf(rows.values());
        }
        return new BatchResult(result, out.resolve(BatchManifest.JSON), manifestError);
    }

    private void validate() {
        if (!Files.isRegularFile(settings.macro())) {
            throw new InvalidInputException("The macro " + settings.macro().toAbsolutePath() + " does not exist; "
                    + "give the .ijm file with --macro.");
        }
        if (settings.workers() < 1) {
            throw new InvalidInputException("--workers " + settings.workers() + " is not valid; give 1 or more.");
        }
        for (String argument : settings.arguments()) {
            String key = MacroArguments.key(argument);
            if (key.equals("plate") || key.equals("out")) {
                throw new InvalidInputException("--arg " + argument + ": batch sets " + key + "= for each plate; "
                        + "leave it out.");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + " is a file; give a folder.");
        }
    }

    /** Builds this shard's rows, refuses to touch earlier outputs without --resume, and clears leftovers. */
    private List<BatchPlate> prepare(List<BatchPlate> mine) throws IOException {
        Map<String, PlateRecord> earlier = manifest.readShard(settings.shard());
        List<String> existing = new ArrayList<>();
        List<BatchPlate> queue = new ArrayList<>();
        int skipped = 0;
        int retried = 0;
        for (BatchPlate plate : mine) {
            Path target = out.resolve(plate.name());
            PlateRecord before = earlier.get(plate.name());
            if (Files.exists(target)) {
                existing.add(plate.name());
                skipped++;
                rows.put(plate.name(), before != null && before.status() == PlateStatus.OK ? before
                        : new PlateRecord(plate.file().toString(), plate.name(), PlateStatus.OK, null,
                        target.toString(), null, null, 0, settings.shard().toString()));
            } else {
                retried += before != null && before.status() == PlateStatus.FAILED ? 1 : 0;
                rows.put(plate.name(), PlateRecord.pending(plate, settings.shard()));
                queue.add(plate);
            }
        }
        if (!existing.isEmpty() && !settings.resume()) {
            throw new InvalidInputException(out + " already holds the output of " + existing.size() + " plate(s) ("
                    + String.join(", ", existing.subList(0, Math.min(3, existing.size())))
                    + (existing.size() > 3 ? ", …" : "") + "); add --resume to finish that batch, or choose "
                    + "another --out folder.");
        }
        int cleaned = 0;
        for (BatchPlate plate : mine) {
            cleaned += OutputFolders.removeLeftovers(out, plate.name());
        }
        if (cleaned > 0) {
            listener.message("removed " + cleaned + " half-written folder(s) of an interrupted run");
        }
        if (skipped > 0) {
            listener.message("skipping " + skipped + " complete plate(s)" + (retried > 0 ? ", retrying "
                    + retried + " failed one(s)" : ""));
        }
        toRun = queue.size();
        saveManifest();
        return queue;
    }

    private void runAll(List<BatchPlate> plates) {
        ConcurrentLinkedQueue<BatchPlate> queue = new ConcurrentLinkedQueue<>(plates);
        startNanos = System.nanoTime();
        int threads = Math.min(settings.workers(), plates.size());
        List<Thread> slots = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread slot = new Thread(() -> serve(queue), "batch-worker-" + (i + 1));
            slot.setDaemon(true);
            slot.start();
            slots.add(slot);
        }
        for (Thread slot : slots) {
            while (slot.isAlive()) {
                try {
                    slot.join(200);
                } catch (InterruptedException e) {
                    stop.set(true);
                    Thread.currentThread().interrupt();
                }
                if (!stop.get() && listener.isCancelled()) {
                    listener.message("cancelled; running plates stay pending");
                    stop.set(true);
                }
                if (stop.get()) {
                    live.forEach(WorkerProcess::kill);
                }
            }
        }
        saveManifest();
    }

    /** One worker slot: a JVM that takes plates from the queue until it is empty or the batch stops. */
    private void serve(ConcurrentLinkedQueue<BatchPlate> queue) {
        WorkerProcess worker = null;
        try {
            BatchPlate plate;
            while (!stop.get() && (plate = queue.poll()) != null) {
                if (worker == null) {
                    worker = startWorker();
                    if (worker == null) {
                        finish(plate, PlateStatus.FAILED, 0, "Cannot start a worker JVM ("
                                + String.join(" ", settings.workerCommand().subList(0, 1)) + "); see "
                                + manifest.stateFolder().resolve("logs") + ".", null, 0);
                        continue;
                    }
                }
                worker = runPlate(worker, plate);
            }
        } finally {
            if (worker != null) {
                live.remove(worker);
                worker.close();
            }
        }
    }

    private WorkerProcess startWorker() {
        try {
            Path log = manifest.stateFolder().resolve("logs").resolve("worker-" + UUID.randomUUID() + ".log");
            WorkerProcess worker = WorkerProcess.start(settings.workerCommand(), log);
            live.add(worker);
            return worker;
        } catch (IOException e) {
            return null;
        }
    }

    /** Runs one plate; returns the worker to use next (null when this one died or must be replaced). */
    private WorkerProcess runPlate(WorkerProcess worker, BatchPlate plate) {
        Path temporary = OutputFolders.temporary(out, plate.name());
        Path target = out.resolve(plate.name());
        Path log = manifest.stateFolder().resolve("logs").resolve(plate.name() + ".log");
        update(plate.name(), rows.get(plate.name()).withStatus(PlateStatus.RUNNING));
        List<String> arguments = new ArrayList<>();
        arguments.add("plate=" + plate.file());
        arguments.add("out=" + temporary);
        arguments.addAll(settings.arguments());
        WorkerProtocol.Job job = new WorkerProtocol.Job(description.macro(), MacroArguments.format(arguments),
                log.toString());
        long started = System.nanoTime();
        WorkerProtocol.Reply reply;
        try {
            Files.deleteIfExists(log);
            reply = worker.run(job);
        } catch (IOException e) {
            reply = null;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (stop.get() && (reply == null || reply.error() != null)) {
            // Killed because the batch stops: the plate did not fail, it is still to do.
            OutputFolders.removeQuietly(temporary);
            update(plate.name(), rows.get(plate.name()).withStatus(PlateStatus.PENDING));
            live.remove(worker);
            return null;
        }
        if (reply == null) {
            String reason = worker.deathReason(settings.heap());
            live.remove(worker);
            worker.kill();
            OutputFolders.removeQuietly(temporary);
            finish(plate, PlateStatus.FAILED, seconds, reason, null, 0);
            return null;
        }
        String error = reply.error();
        if (error == null) {
            error = OutputFolders.complete(temporary, target);
        }
        if (error != null) {
            OutputFolders.removeQuietly(temporary);
            finish(plate, PlateStatus.FAILED, reply.seconds(), error, null, reply.peakMb());
        } else {
            finish(plate, PlateStatus.OK, reply.seconds(), null, target.toString(), reply.peakMb());
        }
        if (reply.fatal()) {
            live.remove(worker);
            worker.close();
            return null;
        }
        return worker;
    }

    private void finish(BatchPlate plate, PlateStatus status, double seconds, String error, String output,
                        long peakMb) {
        PlateRecord row = new PlateRecord(plate.file().toString(), plate.name(), status, seconds, output,
                error == null ? null : oneLine(error), Instant.now().toString(), peakMb, settings.shard().toString());
        BatchProgress progress;
        synchronized (manifestLock) {
            rows.put(plate.name(), row);
            if (status == PlateStatus.OK) {
                done++;
            } else {
                failed++;
            }
            int finished = done + failed;
            int remaining = toRun - finished;
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            progress = new BatchProgress(done, failed, remaining, elapsed / finished * remaining);
            saveManifest();
        }
        if (status == PlateStatus.FAILED && settings.failFast()) {
            stop.set(true);
        }
        listener.plateFinished(row, progress);
    }

    private void update(String name, PlateRecord row) {
        synchronized (manifestLock) {
            rows.put(name, row);
            saveManifest();
        }
    }

    private void saveManifest() {
        synchronized (manifestLock) {
            try {
                manifest.writeShard(settings.shard(), description, rows.values());
                manifest.merge(description);
                manifestError = null;
            } catch (IOException | RuntimeException e) {
                String message = "Cannot update the manifest in " + out + ": " + reason(e);
                if (!message.equals(manifestError)) {
                    listener.message(message);
                }
                manifestError = message;
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() > 500 ? line.substring(0, 497) + "..." : line;
    }
}
