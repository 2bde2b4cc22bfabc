package io.github.parallaxlayers.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.cli.ParallaxCli;
import io.github.parallaxlayers.cli.WorkerLaunch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch as users run it: the README's main job macro over a sequence of 8 small plates derived from the
 * sample, in real worker JVMs; outputs compared byte for byte across worker counts, shards and a kill -9.
 */
@Tag("batch")
class BatchRunTest {
    static final Path ROOT = Path.of("target/batch-test");
    static Path plates;
    static TreeMap<String, byte[]> reference;

    @BeforeAll
    static void referenceRun() throws Exception {
        BatchFixtures.deleteTree(ROOT);
        plates = BatchFixtures.sequence(ROOT.resolve("plates"), 8);
        Path out = ROOT.resolve("one-worker");
        BatchResult result = BatchRun.run(BatchFixtures.settings(plates, out, 1, Shard.ALL, false),
                new BatchFixtures.Recorder());
        assertTrue(result.allSucceeded(), () -> "failed: " + result.failed());
        reference = BatchFixtures.files(out);
        // 8 plates x (3 layers + 3 masks + filled plate + layers.json + the export's inventory .parallax-export)
        assertEquals(72, reference.size(), reference.keySet().toString());
    }

    @Test
    void outputsAreByteIdenticalWhateverTheWorkersOrShards() throws Exception {
        Path two = ROOT.resolve("two-workers");
        BatchFixtures.Recorder recorder = new BatchFixtures.Recorder();
        BatchResult result = BatchRun.run(BatchFixtures.settings(plates, two, 2, Shard.ALL, false), recorder);
        assertTrue(result.allSucceeded(), () -> "failed: " + result.failed());
        assertSameFiles(reference, BatchFixtures.files(two));
        assertEquals(8, recorder.progress.size());
        BatchProgress last = recorder.progress.get(7);
        assertEquals(new BatchProgress(8, 0, 0, 0).line(), last.line());

        // Three shards into one folder at the same time, as array tasks on a cluster would.
        Path sharded = ROOT.resolve("three-shards");
        List<Thread> tasks = new ArrayList<>();
        List<BatchResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Shard shard = new Shard(i, 3);
            Thread t = new Thread(() -> results.add(BatchRun.run(BatchFixtures.settings(plates, sharded, 1, shard,
                    false), new BatchFixtures.Recorder())));
            t.start();
            tasks.add(t);
        }
        for (Thread t : tasks) {
            t.join();
        }
        assertEquals(3, results.size());
        assertEquals(List.of(3L, 3L, 2L), results.stream().map(r -> (long) r.rows().size()).sorted(
                java.util.Comparator.reverseOrder()).toList());
        assertSameFiles(reference, BatchFixtures.files(sharded));

        JsonNode merged = new ObjectMapper().readTree(sharded.resolve("batch.json").toFile());
        assertEquals(8, merged.at("/counts/ok").asInt());
        List<String> order = merged.get("plates").findValuesAsText("name");
        assertEquals(List.of("frame1", "frame2", "frame3", "frame4", "frame5", "frame6", "frame7", "frame8"), order);
        assertEquals("1/3", merged.get("plates").get(3).get("shard").asText(), "frame4 is the 1st shard's 2nd plate");
        String csv = Files.readString(sharded.resolve("batch.csv"));
        assertEquals(9, csv.lines().count());
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",ok,")), csv);
        assertTrue(merged.get("plates").get(0).get("worker_peak_mb").asLong() > 50);
    }

    @Test
    void killedBatchResumesAndLeavesNoHalfWrittenFolder() throws Exception {
        Path out = ROOT.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", WorkerLaunch.command("1g").get(
                WorkerLaunch.command("1g").indexOf("-cp") + 1), ParallaxCli.class.getName(), "batch",
                "--macro", BatchFixtures.MAIN_JOB.toString(), "--input", plates.toString(), "--out", out.toString(),
                "--workers", "2", "--heap", "1g"));
        Process parent = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ROOT.resolve("killed.log").toFile()).start();
        // Kill the batch, parent only, once 3 plates are done and others are under way.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        int complete = 0;
        while (complete < 3 && System.nanoTime() < deadline && parent.isAlive()) {
            Thread.sleep(100);
            complete = (int) Arrays.stream(plates.toFile().list()).filter(f -> Files.isDirectory(out.resolve(
                    f.replace(".png", "")))).count();
        }
        assertTrue(parent.isAlive(), "the batch ended before it could be killed");
        List<ProcessHandle> workers = parent.descendants().toList();
        assertEquals(2, workers.size(), "two worker JVMs");
        Runtime.getRuntime().exec(new String[] {"kill", "-9", Long.toString(parent.pid())}).waitFor();
        parent.waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle worker : workers) {
            worker.onExit().get(10, TimeUnit.SECONDS); // The workers notice and halt at once.
        }
        int before = (int) Files.list(out).filter(p -> p.getFileName().toString().startsWith("frame")).count();
        assertTrue(before >= 3 && before < 8, before + " plates done before the kill");

        int code = ParallaxCli.commandLine().execute("batch", "--macro", BatchFixtures.MAIN_JOB.toString(),
                "--input", plates.toString(), "--out", out.toString(), "--workers", "2", "--heap", "1g", "--resume");
        assertEquals(0, code);
        assertEquals(List.of(), BatchFixtures.hiddenLeftovers(out));
        assertSameFiles(reference, BatchFixtures.files(out));
        JsonNode merged = new ObjectMapper().readTree(out.resolve("batch.json").toFile());
        assertEquals(8, merged.at("/counts/ok").asInt());

        int again = ParallaxCli.commandLine().execute("batch", "--macro", BatchFixtures.MAIN_JOB.toString(),
                "--input", plates.toString(), "--out", out.toString());
        assertEquals(2, again, "without --resume, finished outputs are never touched");
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (var e : expected.entrySet()) {
            assertArrayEquals(e.getValue(), actual.get(e.getKey()), e.getKey() + " differs");
        }
        assertFalse(expected.isEmpty());
    }
}
