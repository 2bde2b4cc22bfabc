package io.github.parallaxlayers.onnx;

import io.github.parallaxlayers.core.CancelledException;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.ProgressListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads model files over HTTP(S) into the model store. Bytes go to a hidden {@code .NAME.part} file beside
 * the target; a broken connection or a stall is resumed with an HTTP Range request; the finished file's size and
 * sha256 are checked and only then is it renamed to its real name, so a model file that exists is always
 * complete. A checksum mismatch deletes the partial file. A part left by an interrupted run is resumed by the
 * next one.
 */
public final class ModelDownloader {
    private static final long POLL_MILLIS = 100;

    /** The longest a download of one file may take, retries included, unless the caller sets another. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(15);

    private final HttpClient client;
    private final Duration stallTimeout;
    private final int maxAttempts;
    private Duration maxWait = DEFAULT_MAX_WAIT;
    private Duration firstBackoff = Duration.ofSeconds(2);

    /** @param stallTimeout how long the connection may deliver no bytes before it counts as broken */
    public ModelDownloader(Duration connectTimeout, Duration stallTimeout, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.stallTimeout = stallTimeout;
        this.maxAttempts = maxAttempts;
    }

    /** Settings for real downloads: 30 s to connect, 60 s without data counts as a stall, 6 attempts. */
    public static ModelDownloader standard() {
        return new ModelDownloader(Duration.ofSeconds(30), Duration.ofSeconds(60), 6);
    }

    /** Caps the whole download of one file, retries and their pauses included (models download --max-wait). */
    public ModelDownloader withMaxWait(Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            throw new InvalidInputException("The longest wait for a download must be more than 0 s; got "
                    + wait.toSeconds() + " s.");
        }
        this.maxWait = wait;
        return this;
    }

    /** The pause before the second attempt; it doubles with each further attempt, up to 30 s. */
    public ModelDownloader withBackoff(Duration first) {
        this.firstBackoff = first;
        return this;
    }

    public DownloadResult download(String modelId, ModelFile file, Path target, ProgressListener progress) {
        prepareFolder(target.getParent());
        if (Files.isRegularFile(target)) {
            DownloadResult present = checkPresent(file, target);
            if (present != null) {
                return present;
            }
        }
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        int resumes = 0;
        String lastProblem = "";
        long deadline = System.nanoTime() + maxWait.toNanos();
        int attempt = 1;
        for (; attempt <= maxAttempts; attempt++) {
            progress.checkCancelled();
            long have = sizeOf(part);
            if (file.bytes() > 0 && have >= file.bytes()) {
                return finish(modelId, file, part, target, resumes); // a complete part left by an earlier run
            }
            if (have > 0) {
                resumes++;
            }
            try {
                Outcome outcome = fetch(modelId, file, part, have, deadline, progress);
                if (outcome == Outcome.COMPLETE) {
                    return finish(modelId, file, part, target, resumes);
                }
                lastProblem = "the connection closed before the whole file arrived";
            } catch (IOException e) {
                lastProblem = describe(e);
            }
            if (sizeOf(part) == 0) {
                delete(part); // a refused connection or an empty answer: nothing worth keeping
            }
            if (attempt == maxAttempts) {
                break;
            }
            Duration pause = backoff(attempt);
            if (System.nanoTime() + pause.toNanos() >= deadline) {
                throw failed(modelId, file, part, attempt, lastProblem, "; the limit of " + seconds(maxWait)
                        + " for this download ran out (raise it with --max-wait)");
            }
            progress.progress(fraction(sizeOf(part), file.bytes()), "Download of " + file.name() + " broke ("
                    + lastProblem + "); attempt " + (attempt + 1) + " of " + maxAttempts + " in " + seconds(pause)
                    + (sizeOf(part) > 0 ? ", resuming at " + megabytes(sizeOf(part)) + " MB" : ""));
            pause(pause, progress);
        }
        throw failed(modelId, file, part, Math.min(attempt, maxAttempts), lastProblem, "");
    }

    private InvalidInputException failed(String modelId, ModelFile file, Path part, int attempts, String problem,
                                         String limit) {
        long kept = sizeOf(part);
        return new InvalidInputException("Downloading " + file.name() + " (model " + modelId + ") from "
                + file.url() + " failed after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ": " + problem
                + limit + ". " + (kept > 0 ? "The " + kept + " bytes received so far are kept in " + part + "; run "
                + "the download again to resume." : "Nothing was received; check the address and the network, then "
                + "run the download again."));
    }

    private Duration backoff(int attempt) {
        long millis = firstBackoff.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(millis, 30_000));
    }

    private static void pause(Duration pause, ProgressListener progress) {
        long end = System.nanoTime() + pause.toNanos();
        try {
            while (System.nanoTime() < end) {
                progress.checkCancelled();
                Thread.sleep(Math.max(1, Math.min(POLL_MILLIS, (end - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private enum Outcome { COMPLETE, INCOMPLETE }

    private Outcome fetch(String modelId, ModelFile file, Path part, long have, long deadline,
                          ProgressListener progress) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(file.url())).GET()
                .header("User-Agent", "parallax-layers-model-downloader");
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        FileBodySubscriber.Handler handler = new FileBodySubscriber.Handler(part, have);
        CompletableFuture<HttpResponse<Long>> response = client.sendAsync(request.build(), handler);
        long stallNanos = stallTimeout.toNanos();
        while (true) {
            try {
                HttpResponse<Long> done = response.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                return judge(modelId, file, part, done, handler.expectedTotal());
            } catch (TimeoutException stillRunning) {
                long received = handler.received();
                progress.progress(fraction(received, file.bytes() > 0 ? file.bytes() : handler.expectedTotal()),
                        "Downloading " + file.name() + ": " + megabytes(received) + " MB"
                                + (handler.expectedTotal() > 0 ? " of " + megabytes(handler.expectedTotal()) + " MB" : ""));
                if (progress.isCancelled()) {
                    handler.abort();
                    response.cancel(true);
                    throw new CancelledException();
                }
                if (System.nanoTime() > deadline) {
                    handler.abort();
                    response.cancel(true);
                    throw new IOException("the limit of " + seconds(maxWait) + " for this download ran out");
                }
                if (System.nanoTime() - handler.lastActivityNanos() > stallNanos) {
                    handler.abort();
                    response.cancel(true);
                    throw new IOException("no data for " + stallTimeout.toMillis() + " ms (the server stalled)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handler.abort();
                throw new CancelledException();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof InvalidInputException invalid) {
                    throw invalid;
                }
                if (cause instanceof UncheckedIOException unchecked) {
                    throw unchecked.getCause();
                }
                throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
            }
        }
    }

    private Outcome judge(String modelId, ModelFile file, Path part, HttpResponse<Long> response,
                          long announcedTotal) {
        int status = response.statusCode();
        if (status == 404 || status == 410) {
            throw new InvalidInputException("The server answered " + status + " (not found) for " + file.url()
                    + " (" + file.name() + " of model " + modelId + "). The file has moved or was removed: "
                    + "download it by hand into the model folder, or point the command at it with model_file=.");
        }
        if (status != 200 && status != 206) {
            throw new InvalidInputException("The server answered HTTP " + status + " for " + file.url() + " ("
                    + file.name() + " of model " + modelId + "); try again later or download it by hand.");
        }
        long size = sizeOf(part);
        long expected = file.bytes() > 0 ? file.bytes() : announcedTotal;
        if (expected > 0 && size < expected) {
            return Outcome.INCOMPLETE;
        }
        return Outcome.COMPLETE;
    }

    private DownloadResult finish(String modelId, ModelFile file, Path part, Path target, int resumes) {
        long size = sizeOf(part);
        if (file.bytes() > 0 && size != file.bytes()) {
            delete(part);
            throw new InvalidInputException("Size mismatch for " + file.name() + " (model " + modelId + "): "
                    + "expected " + file.bytes() + " bytes, received " + size + "; the partial file was deleted. "
                    + "Download again; if it persists the file at " + file.url() + " has changed.");
        }
        String actual = Sha256.ofFile(part);
        if (file.hasChecksum() && !file.sha256().equals(actual)) {
            delete(part);
            throw new InvalidInputException("Checksum mismatch for " + file.name() + " (model " + modelId
                    + "): expected sha256 " + file.sha256() + ", got " + actual + "; the partial file was "
                    + "deleted. Download again; if it persists the file at " + file.url() + " has changed.");
        }
        try {
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw unwritable(target.getParent(), e);
        }
        return new DownloadResult(target, size, actual, file.hasChecksum(), false, resumes);
    }

    /** A correct file already in place, or null when it must be downloaded again. */
    private static DownloadResult checkPresent(ModelFile file, Path target) {
        long size = sizeOf(target);
        if (file.bytes() > 0 && size != file.bytes()) {
            return null;
        }
        String actual = Sha256.ofFile(target);
        if (file.hasChecksum() && !file.sha256().equals(actual)) {
            return null;
        }
        return new DownloadResult(target, size, actual, file.hasChecksum(), true, 0);
    }

    private static void prepareFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw unwritable(folder, e);
        }
    }

    private static InvalidInputException unwritable(Path folder, Exception e) {
        return new InvalidInputException("Cannot write to the model folder " + folder + " ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Choose a writable folder with -D"
                + ModelStore.PROPERTY + "=DIR or the environment variable " + ModelStore.ENVIRONMENT
                + ", or free disk space.");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the message already tells the user what to do; a stale part is resumed or replaced next time
        }
    }

    private static double fraction(long done, long total) {
        return total > 0 ? Math.min(1.0, done / (double) total) : 0;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }
}
