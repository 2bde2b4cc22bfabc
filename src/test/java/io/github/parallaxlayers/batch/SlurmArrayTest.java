package io.github.parallaxlayers.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.cli.WorkerLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/slurm/batch-array.sh on a real one-node SLURM cluster (Debian's slurm-wlm and munge, started by
 * scripts/slurm/local-cluster.sh with its state in target/slurm): a 4-task array over 8 plates.
 */
@Tag("batch")
class SlurmArrayTest {
    static final Path STATE = Path.of("target/slurm").toAbsolutePath();
    static boolean started;

    @BeforeAll
    static void startCluster() throws Exception {
        for (String tool : List.of("sbatch", "slurmctld", "slurmd", "munged")) {
            Assumptions.assumeTrue(onPath(tool), tool + " is not installed; scripts/test.sh installs slurm-wlm and "
                    + "munge when run as root (apt-get install slurm-wlm munge)");
        }
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "the local SLURM daemons need root");
        BatchFixtures.deleteTree(STATE);
        Files.createDirectories(STATE);
        ProcessBuilder start = new ProcessBuilder("scripts/slurm/local-cluster.sh", "start", STATE.toString())
                .redirectErrorStream(true).redirectOutput(STATE.resolveSibling("slurm-start.log").toFile());
        start.environment().put("SLURMCTLD_PORT", Integer.toString(freePort()));
        start.environment().put("SLURMD_PORT", Integer.toString(freePort()));
        started = true;
        Process process = start.start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the cluster did not start in 90 s");
        assertEquals(0, process.exitValue(), () -> read(STATE.resolveSibling("slurm-start.log")));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (started) {
            new ProcessBuilder("scripts/slurm/local-cluster.sh", "stop", STATE.toString()).inheritIO().start()
                    .waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void fourTaskArrayOverEightPlatesMergesOneManifest() throws Exception {
        Path plates = BatchFixtures.sequence(Path.of("target/slurm-plates").toAbsolutePath(), 8);
        Path out = Path.of("target/slurm-out").toAbsolutePath();
        BatchFixtures.deleteTree(out);
        List<String> command = new ArrayList<>(List.of("sbatch", "--wait", "--array=1-4", "--cpus-per-task=1",
                "--mem=1500M", "--chdir=" + Path.of("").toAbsolutePath(), "--output=" + STATE + "/job-%A_%a.out",
                "scripts/slurm/batch-array.sh", "--macro", BatchFixtures.MAIN_JOB.toString(), "--input",
                plates.toString(), "--out", out.toString()));
        ProcessBuilder sbatch = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(STATE.resolve("sbatch.log").toFile());
        List<String> worker = WorkerLaunch.command("1g");
        sbatch.environment().put("SLURM_CONF", STATE.resolve("slurm.conf").toString());
        sbatch.environment().put("PARALLAX_CLASSPATH", worker.get(worker.indexOf("-cp") + 1));
        sbatch.environment().put("JAVA", worker.get(0));
        sbatch.environment().put("PARALLAX_HEAP", "1g");
        Process job = sbatch.start();
        if (!job.waitFor(300, TimeUnit.SECONDS)) {
            job.destroy();
            new ProcessBuilder("scancel", "--name=parallax-batch").start().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the array job did not finish in 300 s: " + read(STATE.resolve("sbatch.log")));
        }
        assertEquals(0, job.exitValue(), () -> "sbatch --wait: " + read(STATE.resolve("sbatch.log")) + jobOutputs());

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("batch.json").toFile());
        assertEquals(8, manifest.at("/counts/ok").asInt(), manifest::toPrettyString);
        Map<String, Integer> perShard = new HashMap<>();
        for (JsonNode row : manifest.get("plates")) {
            perShard.merge(row.get("shard").asText(), 1, Integer::sum);
            Path folder = Path.of(row.get("output").asText());
            JsonNode layers = new ObjectMapper().readTree(folder.resolve("layers.json").toFile());
            assertEquals(List.of("pillar", "house", "background"), layers.get("layers").findValuesAsText("name"));
            for (JsonNode layer : layers.get("layers")) {
                assertTrue(Files.size(folder.resolve(layer.at("/files/rgba").asText())) > 100);
            }
        }
        assertEquals(Map.of("1/4", 2, "2/4", 2, "3/4", 2, "4/4", 2), perShard);
        assertEquals(9, Files.readAllLines(out.resolve("batch.csv")).size());
        assertEquals(List.of(), BatchFixtures.hiddenLeftovers(out));
        String outputs = jobOutputs();
        for (int task = 1; task <= 4; task++) {
            assertTrue(outputs.contains("task " + task + " of 4"), outputs);
        }
    }

    private static String jobOutputs() {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.newDirectoryStream(STATE, "job-*.out")) {
            for (Path f : files) {
                sb.append('\n').append(f.getFileName()).append(":\n").append(read(f));
            }
        } catch (IOException e) {
            sb.append("(cannot list the job outputs: ").append(e.getMessage()).append(')');
        }
        return sb.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : (System.getenv("PATH") + ":/usr/sbin:/sbin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
