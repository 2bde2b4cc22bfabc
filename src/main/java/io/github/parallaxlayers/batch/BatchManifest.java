package io.github.parallaxlayers.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parallaxlayers.core.Labeled;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run manifest of a batch output folder. Each shard keeps its own rows in {@code .batch/shard-I-of-N.json};
 * {@code batch.json} and {@code batch.csv} are the merge of every shard file, rebuilt under a file lock after
 * each plate, so array tasks writing into one folder never lose each other's rows. Every file is written to a
 * temporary name and renamed, so a reader (or a killed run) never sees half a manifest.
 */
public final class BatchManifest {
    public static final String JSON = "batch.json";
    public static final String CSV = "batch.csv";
    public static final String STATE_FOLDER = ".batch";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** File locks guard against other processes only; shards run in one JVM (tests, Fiji) take this first. */
    private static final Object MERGE_LOCK = new Object();

    private final Path out;

    public BatchManifest(Path out) {
        this.out = out;
    }

    public Path stateFolder() {
        return out.resolve(STATE_FOLDER);
    }

    Path shardFile(Shard shard) {
        return stateFolder().resolve("shard-" + shard.fileForm() + ".json");
    }

    /** The rows a shard wrote in an earlier run, by plate name; empty when it never ran. */
    Map<String, PlateRecord> readShard(Shard shard) throws IOException {
        Path file = shardFile(shard);
        Map<String, PlateRecord> rows = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (PlateRecord r : readRows(MAPPER.readTree(file.toFile()).get("plates"))) {
                rows.put(r.name(), r);
            }
        }
        return rows;
    }

    void writeShard(Shard shard, BatchDescription description, Collection<PlateRecord> rows) throws IOException {
        ObjectNode root = header(description);
        root.put("shard", shard.toString());
        root.set("plates", toJson(rows));
        Files.createDirectories(stateFolder());
        writeAtomically(shardFile(shard), MAPPER.writeValueAsBytes(root));
    }

    /** Rebuilds batch.json and batch.csv from every shard file; the newest row of a plate wins. */
    void merge(BatchDescription description) throws IOException {
        Files.createDirectories(stateFolder());
        synchronized (MERGE_LOCK) {
            mergeLocked(description);
        }
    }

    private void mergeLocked(BatchDescription description) throws IOException {
        try (FileChannel channel = FileChannel.open(stateFolder().resolve("manifest.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            Map<String, PlateRecord> merged = new LinkedHashMap<>();
            try (DirectoryStream<Path> shards = Files.newDirectoryStream(stateFolder(), "shard-*.json")) {
                for (Path file : shards) {
                    JsonNode plates;
                    try {
                        plates = MAPPER.readTree(file.toFile()).get("plates");
                    } catch (IOException e) {
                        continue; // Only ever replaced by rename, so this is a foreign file; leave it out.
                    }
                    for (PlateRecord r : readRows(plates)) {
                        merged.merge(r.name(), r, BatchManifest::newer);
                    }
                }
            }
            List<PlateRecord> rows = new ArrayList<>(merged.values());
            rows.sort((a, b) -> NaturalOrder.compare(a.plate(), b.plate()));
            ObjectNode root = header(description);
            ObjectNode counts = root.putObject("counts");
            for (PlateStatus status : PlateStatus.values()) {
                counts.put(status.label(), rows.stream().filter(r -> r.status() == status).count());
            }
            root.set("plates", toJson(rows));
            writeAtomically(out.resolve(JSON), MAPPER.writeValueAsBytes(root));
            writeAtomically(out.resolve(CSV), csv(rows).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static PlateRecord newer(PlateRecord a, PlateRecord b) {
        // A finished row beats an unfinished one; between finished rows the later one wins.
        if (a.finished() == null) {
            return b.finished() != null || b.status() != PlateStatus.PENDING ? b : a;
        }
        if (b.finished() == null) {
            return a;
        }
        return Instant.parse(b.finished()).isAfter(Instant.parse(a.finished())) ? b : a;
    }

    private static ObjectNode header(BatchDescription d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", "parallax-batch");
        root.put("version", 1);
        root.put("macro", d.macro());
        root.put("input", d.input());
        ArrayNode args = root.putArray("arguments");
        d.arguments().forEach(args::add);
        root.put("updated", Instant.now().toString());
        return root;
    }

    private static ArrayNode toJson(Collection<PlateRecord> rows) {
        ArrayNode array = MAPPER.createArrayNode();
        for (PlateRecord r : rows) {
            ObjectNode o = array.addObject();
            o.put("plate", r.plate());
            o.put("name", r.name());
            o.put("status", r.status().label());
            if (r.seconds() == null) {
                o.putNull("seconds");
            } else {
                o.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
            }
            o.put("output", r.output());
            o.put("error", r.error());
            o.put("finished", r.finished());
            o.put("worker_peak_mb", r.workerPeakMb());
            o.put("shard", r.shard());
        }
        return array;
    }

    static List<PlateRecord> readRows(JsonNode plates) {
        List<PlateRecord> rows = new ArrayList<>();
        if (plates == null) {
            return rows;
        }
        for (JsonNode o : plates) {
            rows.add(new PlateRecord(o.path("plate").asText(), o.path("name").asText(),
                    Labeled.parse(PlateStatus.class, "status", o.path("status").asText()),
                    o.path("seconds").isNumber() ? o.get("seconds").asDouble() : null, text(o, "output"),
                    text(o, "error"), text(o, "finished"), o.path("worker_peak_mb").asLong(), text(o, "shard")));
        }
        return rows;
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String csv(List<PlateRecord> rows) {
        StringBuilder sb = new StringBuilder("plate,status,seconds,output,error\n");
        for (PlateRecord r : rows) {
            sb.append(quote(r.plate())).append(',').append(r.status().label()).append(',')
                    .append(r.seconds() == null ? "" : String.format(java.util.Locale.ROOT, "%.3f", r.seconds()))
                    .append(',').append(quote(r.output())).append(',').append(quote(r.error())).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid()
                + "-" + Thread.currentThread().getId());
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
