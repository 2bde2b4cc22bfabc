package io.github.parallaxlayers.onnx;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The downloader against a real HTTP server on 127.0.0.1 serving bytes this test makes. */
class ModelDownloaderTest {
    private static final int SIZE = 300_000;

    @TempDir
    Path temp;

    private HttpServer server;
    private byte[] payload;
    private String sha256;
    private final List<String> rangesAsked = new CopyOnWriteArrayList<>();
    private final AtomicInteger cutRequests = new AtomicInteger();
    private final CountDownLatch releaseStall = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws Exception {
        payload = new byte[SIZE];
        new Random(7).nextBytes(payload);
        sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/good.onnx", this::serveWithRanges);
        server.createContext("/cut.onnx", exchange -> {
            if (cutRequests.incrementAndGet() == 1) {
                // announce the whole file, send a third, then drop the connection
                exchange.sendResponseHeaders(200, SIZE);
                OutputStream out = exchange.getResponseBody();
                out.write(payload, 0, SIZE / 3);
                out.flush();
                closeAbruptly(exchange);
                return;
            }
            serveWithRanges(exchange);
        });
        server.createContext("/stall.onnx", exchange -> {
            exchange.sendResponseHeaders(200, SIZE);
            OutputStream out = exchange.getResponseBody();
            out.write(payload, 0, 1000);
            out.flush();
            try {
                releaseStall.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closeAbruptly(exchange);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        releaseStall.countDown();
        server.stop(0);
    }

    private void serveWithRanges(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        rangesAsked.add(range == null ? "" : range);
        int start = 0;
        if (range != null && range.startsWith("bytes=")) {
            start = Integer.parseInt(range.substring(6, range.indexOf('-')));
            exchange.getResponseHeaders().add("Content-Range", "bytes " + start + "-" + (SIZE - 1) + "/" + SIZE);
            exchange.sendResponseHeaders(206, SIZE - start);
        } else {
            exchange.sendResponseHeaders(200, SIZE);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(payload, start, SIZE - start);
        }
    }

    /** Closing the exchange before the announced length was sent makes the client see a broken connection. */
    private static void closeAbruptly(HttpExchange exchange) {
        exchange.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private ModelDownloader downloader(int attempts) {
        return new ModelDownloader(Duration.ofSeconds(5), Duration.ofMillis(400), attempts)
                .withBackoff(Duration.ofMillis(50));
    }

    /** What a download told the user while it ran. */
    private static final class Notices implements ProgressListener {
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void progress(double fraction, String message) {
            if (!message.startsWith("Downloading ")) {
                messages.add(message);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    @Test
    void aStallSaysWhatHappensAndTheTotalWaitIsCapped() throws Exception {
        Path target = temp.resolve("m/stall.onnx");
        Notices notices = new Notices();
        long start = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> downloader(6)
                .withMaxWait(Duration.ofMillis(1500)).download("m",
                        new ModelFile("stall.onnx", "x", url("/stall.onnx"), SIZE, sha256), target, notices));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 3, "the 1.5 s limit holds: gave up after " + seconds + " s");
        assertTrue(e.getMessage().contains("the limit of 1.5 s for this download ran out (raise it with --max-wait)"),
                e.getMessage());
        assertTrue(notices.messages.size() >= 1, notices.messages.toString());
        String first = notices.messages.get(0);
        assertTrue(first.startsWith("Download of stall.onnx broke (IOException: no data for 400 ms (the server "
                + "stalled)); attempt 2 of 6 in 0.1 s, resuming at 0.0 MB"), first);
        assertTrue(e.getMessage().contains("bytes received so far are kept"), e.getMessage());
    }

    @Test
    void aRefusedConnectionLeavesNoEmptyPartFile() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Path target = temp.resolve("refused/model.onnx");
        Notices notices = new Notices();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> downloader(3).download("m",
                new ModelFile("model.onnx", "x", "http://127.0.0.1:" + closedPort + "/model.onnx", SIZE, sha256),
                target, notices));
        assertTrue(e.getMessage().contains("failed after 3 attempts") && e.getMessage().contains("Nothing was "
                + "received"), e.getMessage());
        assertEquals(2, notices.messages.size(), notices.messages.toString());
        assertTrue(notices.messages.get(1).contains("attempt 3 of 3 in 0.1 s"), notices.messages.toString());
        assertEquals(List.of(), listNames(target.getParent()), "no empty .part file is left");
    }

    @Test
    void goodDownloadIsVerifiedAndRenamed() throws Exception {
        Path target = temp.resolve("models/m/good.onnx");
        List<Double> fractions = new ArrayList<>();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                fractions.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ModelFile file = new ModelFile("good.onnx", "x", url("/good.onnx"), SIZE, sha256);
        DownloadResult result = downloader(3).download("m", file, target, progress);
        assertArrayEquals(payload, Files.readAllBytes(target));
        assertEquals(sha256, result.sha256());
        assertTrue(result.verified());
        assertFalse(result.alreadyPresent());
        assertEquals(0, result.resumes());
        assertEquals(List.of(target.getFileName().toString()), listNames(target.getParent()));
        assertTrue(fractions.stream().allMatch(f -> f >= 0 && f <= 1));

        DownloadResult again = downloader(3).download("m", file, target, ProgressListener.NONE);
        assertTrue(again.alreadyPresent(), "a verified file in place is not downloaded again");
        assertEquals(1, rangesAsked.size());
    }

    @Test
    void unknownChecksumIsComputedAndReported() throws Exception {
        Path target = temp.resolve("m/good.onnx");
        DownloadResult result = downloader(3).download("m",
                new ModelFile("good.onnx", "x", url("/good.onnx"), 0, ""), target, ProgressListener.NONE);
        assertFalse(result.verified());
        assertEquals(sha256, result.sha256());
        assertEquals(SIZE, result.bytes());
    }

    @Test
    void brokenConnectionIsResumedWithRange() throws Exception {
        Path target = temp.resolve("m/cut.onnx");
        DownloadResult result = downloader(3).download("m",
                new ModelFile("cut.onnx", "x", url("/cut.onnx"), SIZE, sha256), target, ProgressListener.NONE);
        assertArrayEquals(payload, Files.readAllBytes(target));
        assertEquals(1, result.resumes());
        assertEquals(1, rangesAsked.size());
        assertTrue(rangesAsked.get(0).matches("bytes=\\d+-"), rangesAsked.toString());
        int resumedFrom = Integer.parseInt(rangesAsked.get(0).replaceAll("\\D", ""));
        assertTrue(resumedFrom > 0 && resumedFrom <= SIZE / 3, "resumed from " + resumedFrom);
        assertEquals(List.of("cut.onnx"), listNames(target.getParent()));
    }

    @Test
    void partLeftByAnEarlierRunIsResumed() throws Exception {
        Path target = temp.resolve("m/good.onnx");
        Files.createDirectories(target.getParent());
        Files.write(target.resolveSibling(".good.onnx.part"), java.util.Arrays.copyOf(payload, 100_000));
        DownloadResult result = downloader(3).download("m",
                new ModelFile("good.onnx", "x", url("/good.onnx"), SIZE, sha256), target, ProgressListener.NONE);
        assertArrayEquals(payload, Files.readAllBytes(target));
        assertEquals(List.of("bytes=100000-"), rangesAsked);
        assertEquals(1, result.resumes());
        assertEquals(List.of("good.onnx"), listNames(target.getParent()));
    }

    @Test
    void checksumMismatchDeletesThePartialFileAndNamesBothHashes() throws Exception {
        Path target = temp.resolve("m/good.onnx");
        String wrong = "0".repeat(64);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> downloader(3).download("m",
                new ModelFile("good.onnx", "x", url("/good.onnx"), SIZE, wrong), target, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("Checksum mismatch for good.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains("expected sha256 " + wrong), e.getMessage());
        assertTrue(e.getMessage().contains("got " + sha256), e.getMessage());
        assertEquals(List.of(), listNames(target.getParent()), "nothing is left behind");
    }

    @Test
    void notFoundIsOneClearMessage() throws Exception {
        Path target = temp.resolve("m/missing.onnx");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> downloader(3).download("m",
                new ModelFile("missing.onnx", "x", url("/missing.onnx"), 0, ""), target, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("404"), e.getMessage());
        assertTrue(e.getMessage().contains(url("/missing.onnx")), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void stalledServerTimesOutAndKeepsOnlyTheHiddenPart() throws Exception {
        Path target = temp.resolve("m/stall.onnx");
        long start = System.nanoTime();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> downloader(2).download("m",
                new ModelFile("stall.onnx", "x", url("/stall.onnx"), SIZE, sha256), target, ProgressListener.NONE));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().contains("stalled"), e.getMessage());
        assertTrue(e.getMessage().contains("failed after 2 attempts"), e.getMessage());
        assertTrue(seconds < 8, "gave up after " + seconds + " s");
        assertFalse(Files.exists(target), "no file where the model is expected");
        assertEquals(List.of(".stall.onnx.part"), listNames(target.getParent()));
    }

    @Test
    void unwritableFolderIsReportedBeforeDownloading() throws Exception {
        // Tests run as root, so a chmod'ed folder would still be writable: a regular file as parent is not.
        Path blocker = Files.writeString(temp.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("m/good.onnx");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> downloader(3).download("m",
                new ModelFile("good.onnx", "x", url("/good.onnx"), SIZE, sha256), target, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("Cannot write to the model folder " + target.getParent()), e.getMessage());
        assertTrue(e.getMessage().contains("-Dparallax.models"), e.getMessage());
        assertEquals(0, rangesAsked.size(), "nothing was requested");
    }

    private static List<String> listNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
