package io.github.parallaxlayers.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BatchManifestTest {
    @TempDir
    Path out;

    private static PlateRecord row(String name, PlateStatus status, String finished, String error, String shard) {
        return new PlateRecord("/p/" + name + ".png", name, status, status == PlateStatus.OK ? 1.5 : null,
                status == PlateStatus.OK ? "/o/" + name : null, error, finished, 300, shard);
    }

    @Test
    void mergesShardsNewestRowWinsAndWritesCsv() throws Exception {
        BatchManifest manifest = new BatchManifest(out);
        BatchDescription d = new BatchDescription("/m.ijm", "/p", List.of("k=v"));
        manifest.writeShard(new Shard(1, 2), d, List.of(
                row("f1", PlateStatus.OK, "2026-01-01T10:00:00Z", null, "1/2"),
                row("f3", PlateStatus.FAILED, "2026-01-01T10:00:05Z", "Bad plate, \"really\"", "1/2")));
        manifest.writeShard(new Shard(2, 2), d, List.of(row("f2", PlateStatus.PENDING, null, null, "2/2")));
        // An earlier unsharded run that finished f3 later than shard 1 failed it.
        manifest.writeShard(Shard.ALL, d, List.of(row("f3", PlateStatus.OK, "2026-01-01T11:00:00Z", null, "1/1"),
                row("f10", PlateStatus.OK, "2026-01-01T09:00:00Z", null, "1/1")));
        manifest.merge(d);

        JsonNode json = new ObjectMapper().readTree(out.resolve(BatchManifest.JSON).toFile());
        assertEquals(List.of("f1", "f2", "f3", "f10"), json.get("plates").findValuesAsText("name"));
        assertEquals("1/1", json.get("plates").get(2).get("shard").asText());
        assertEquals(3, json.at("/counts/ok").asInt());
        assertEquals(1, json.at("/counts/pending").asInt());
        assertEquals("k=v", json.at("/arguments/0").asText());
        assertEquals(List.of("plate,status,seconds,output,error", "/p/f1.png,ok,1.500,/o/f1,", "/p/f2.png,pending,,,",
                "/p/f3.png,ok,1.500,/o/f3,", "/p/f10.png,ok,1.500,/o/f10,"),
                Files.readAllLines(out.resolve(BatchManifest.CSV)));
        assertEquals(2, manifest.readShard(new Shard(1, 2)).size());
        assertNull(manifest.readShard(new Shard(1, 2)).get("f1").error());
        try (var left = Files.list(out)) {
            assertEquals(List.of(".batch", "batch.csv", "batch.json"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files stay");
        }
    }

    @Test
    void csvQuotesErrorsWithCommasAndQuotes() {
        String csv = BatchManifest.csv(List.of(row("f", PlateStatus.FAILED, "2026-01-01T10:00:00Z",
                "Bad plate, \"really\"", "1/1")));
        assertEquals("/p/f.png,failed,,,\"Bad plate, \"\"really\"\"\"", csv.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void progressLine() {
        assertEquals("5 done, 1 failed, 10 remaining, ETA 0:42", new BatchProgress(5, 1, 10, 42.4).line());
        assertEquals("0 done, 0 failed, 3 remaining, ETA unknown", new BatchProgress(0, 0, 3, -1).line());
        assertEquals("2 done, 0 failed, 1 remaining, ETA 1:01:05", new BatchProgress(2, 0, 1, 3665).line());
        assertEquals(0.375, new BatchProgress(2, 1, 5, 1).fraction());
    }

    @Test
    void macroArgumentsInImageJOptionsForm() {
        assertEquals("plate=[/a b/c.png] out=/o overwrite n=", MacroArguments.format(List.of("plate=/a b/c.png",
                "out=/o", "overwrite", "n=")).replace("n=[]", "n="));
        assertEquals("plate", MacroArguments.key(" plate =x"));
    }
}
