package io.github.parallaxlayers.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.cli.ParallaxCli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bad plate, a macro error and a full output disk each fail their own plate with one line in the manifest,
 * leave no output folder behind, and the other plates complete.
 */
@Tag("batch")
class BatchFailuresTest {
    static final Path ROOT = Path.of("target/batch-failures");
    static Path plates;
    static Path macro;

    @BeforeAll
    static void plates() throws Exception {
        BatchFixtures.deleteTree(ROOT);
        plates = BatchFixtures.sequence(ROOT.resolve("plates"), 3);
        byte[] garbage = new byte[4000];
        new Random(3).nextBytes(garbage);
        Files.write(plates.resolve("corrupt.png"), garbage);
        Files.copy(plates.resolve("frame1.png"), plates.resolve("macro-error.png"));
        // The main job with a macro-language error on the plate whose name says so.
        String job = Files.readString(BatchFixtures.MAIN_JOB);
        String marked = job.replace("plate = getTitle();\n", "plate = getTitle();\n"
                + "if (indexOf(plate, \"macro-error\") >= 0) broken = noSuchVariable + 1;\n");
        assertFalse(job.equals(marked));
        macro = ROOT.resolve("job.ijm");
        Files.writeString(macro, marked);
    }

    @Test
    void badPlateAndMacroErrorAreOneLineEachWhileTheOthersComplete() throws Exception {
        Path out = ROOT.resolve("out");
        StringWriter err = new StringWriter();
        int code = run(err, "--macro", macro.toString(), "--input", plates.toString(), "--out", out.toString(),
                "--workers", "2");
        assertEquals(3, code, err.toString());
        Map<String, JsonNode> rows = rows(out);
        for (String ok : List.of("frame1", "frame2", "frame3")) {
            assertEquals("ok", rows.get(ok).get("status").asText());
            assertTrue(Files.isRegularFile(out.resolve(ok).resolve("layers.json")));
        }
        String corrupt = rows.get("corrupt").get("error").asText();
        String macroError = rows.get("macro-error").get("error").asText();
        assertEquals("failed", rows.get("corrupt").get("status").asText());
        assertEquals("failed", rows.get("macro-error").get("status").asText());
        assertTrue(macroError.contains("noSuchVariable") || macroError.contains("Undefined variable"), macroError);
        assertTrue(corrupt.contains("line") || corrupt.contains("corrupt"), corrupt);
        for (String line : List.of(corrupt, macroError)) {
            assertFalse(line.contains("\n") || line.contains("\tat "), line);
        }
        assertFalse(Files.exists(out.resolve("corrupt")));
        assertFalse(Files.exists(out.resolve("macro-error")), "a failed plate leaves no output folder");
        assertEquals(List.of(), BatchFixtures.hiddenLeftovers(out));
        String csv = Files.readString(out.resolve("batch.csv"));
        assertTrue(csv.contains(",failed,"), csv);
        assertTrue(err.toString().contains("failed: " + plates.resolve("corrupt.png").toAbsolutePath()), err.toString());

        // --resume retries the failed plates only (they fail again) and keeps the complete ones.
        StringWriter again = new StringWriter();
        assertEquals(3, run(again, "--macro", macro.toString(), "--input", plates.toString(), "--out",
                out.toString(), "--resume"));
        assertTrue(again.toString().contains("skipping 3 complete plate(s), retrying 2 failed one(s)"), again.toString());
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws Exception {
        Path out = ROOT.resolve("fail-fast");
        StringWriter err = new StringWriter();
        int code = run(err, "--macro", macro.toString(), "--input", plates.toString(), "--out", out.toString(),
                "--fail-fast");
        assertEquals(3, code);
        Map<String, JsonNode> rows = rows(out);
        assertEquals("failed", rows.get("corrupt").get("status").asText(), "corrupt sorts first");
        assertEquals(4, rows.values().stream().filter(r -> r.get("status").asText().equals("pending")).count());
    }

    @Test
    void fullOutputDiskFailsThatPlateWithOneLine() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "needs root to mount a 1 MB tmpfs as a full output disk");
        Path disk = ROOT.resolve("small-disk").toAbsolutePath();
        Files.createDirectories(disk);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String why = new String(mount.getInputStream().readAllBytes());
        Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here: " + why.strip());
        try {
            Path input = ROOT.resolve("disk-plates");
            Files.createDirectories(input);
            Files.copy(plates.resolve("frame1.png"), input.resolve("frame1.png"));
            Files.copy(plates.resolve("frame2.png"), input.resolve("frame2.png"));
            BatchFixtures.noisePlate(input.resolve("huge.png"), 420, 315);
            Path out = disk.resolve("out");
            StringWriter err = new StringWriter();
            int code = run(err, "--macro", BatchFixtures.MAIN_JOB.toString(), "--input", input.toString(),
                    "--out", out.toString());
            assertEquals(3, code, err.toString());
            Map<String, JsonNode> rows = rows(out);
            assertEquals("ok", rows.get("frame1").get("status").asText());
            assertEquals("ok", rows.get("frame2").get("status").asText());
            JsonNode huge = rows.get("huge");
            assertEquals("failed", huge.get("status").asText());
            assertTrue(huge.get("error").asText().contains("No space left on device"), huge.get("error").asText());
            assertFalse(huge.get("error").asText().contains("\n"));
            assertNull(huge.get("output").textValue());
            assertFalse(Files.exists(out.resolve("huge")));
            assertEquals(List.of(), BatchFixtures.hiddenLeftovers(out), "the failed plate's space is given back");
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    static int run(StringWriter err, String... args) {
        CommandLine line = ParallaxCli.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        String[] full = new String[args.length + 1];
        full[0] = "batch";
        System.arraycopy(args, 0, full, 1, args.length);
        return line.execute(full);
    }

    static Map<String, JsonNode> rows(Path out) throws Exception {
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode row : new ObjectMapper().readTree(out.resolve("batch.json").toFile()).get("plates")) {
            rows.put(row.get("name").asText(), row);
        }
        return rows;
    }
}
