package io.github.parallaxlayers.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The line protocol between a batch and its worker JVMs: the batch writes one job per line to the worker's
 * standard input; the worker runs the macro with its output sent to the job's log file and answers with one line
 * on standard output, marked so that stray output of the JVM itself cannot be taken for an answer.
 */
public final class WorkerProtocol {
    public static final String MARK = "@parallax-batch ";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One plate for a worker: the macro file, its argument string and the log file for its output. */
    public record Job(String macro, String argument, String log) {
    }

    /** A worker's answer: {@code error} is null on success; {@code fatal} means the worker exits after it. */
    public record Reply(String error, double seconds, long peakMb, boolean fatal) {
    }

    private WorkerProtocol() {
    }

    public static String jobLine(Job job) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("macro", job.macro());
        o.put("argument", job.argument());
        o.put("log", job.log());
        return o.toString();
    }

    public static Job parseJob(String line) {
        JsonNode o = read(line);
        if (o.path("macro").asText().isBlank() || o.path("log").asText().isBlank()) {
            throw new IllegalArgumentException("A batch job line needs \"macro\" and \"log\" (batch-worker is "
                    + "started by batch, not by hand); got: " + line);
        }
        return new Job(o.path("macro").asText(), o.path("argument").asText(), o.path("log").asText());
    }

    public static String replyLine(Reply reply) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("error", reply.error());
        o.put("seconds", reply.seconds());
        o.put("peak_mb", reply.peakMb());
        o.put("fatal", reply.fatal());
        return MARK + o;
    }

    /** The reply on a worker's output line, or null for any other line. */
    public static Reply parseReply(String line) {
        if (line == null || !line.startsWith(MARK)) {
            return null;
        }
        JsonNode o = read(line.substring(MARK.length()));
        JsonNode error = o.get("error");
        return new Reply(error == null || error.isNull() ? null : error.asText(), o.path("seconds").asDouble(),
                o.path("peak_mb").asLong(), o.path("fatal").asBoolean());
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a batch protocol line: " + json, e);
        }
    }

    /** This process's peak resident memory in MB from /proc (Linux), or 0 where that is not available. */
    public static long peakResidentMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
