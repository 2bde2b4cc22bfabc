package io.github.parallaxlayers.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Independent readers from the npm registry (ag-psd, the Khronos glTF validator), installed by scripts/test.sh
 * into .tools/npm. Tests that need them are skipped, with this reason, where they are missing.
 */
public final class NodeTools {
    public static final Path MODULES = Path.of(".tools/npm/node_modules");

    private NodeTools() {
    }

    public static boolean has(String module) {
        return Files.isDirectory(MODULES.resolve(module)) && run(List.of("node", "--version")) != null;
    }

    public static String missing(String module) {
        return "needs node and the npm package " + module + " in " + MODULES + " (scripts/test.sh installs them)";
    }

    /**
     * The Khronos glTF Validator's report on a .gltf or .glb, after asserting it has no errors and no warnings
     * (the message is the whole report).
     */
    public static com.fasterxml.jackson.databind.JsonNode validGltf(Path scene) throws IOException {
        String json = run(List.of("node", "src/test/resources/node/validate-gltf.js", scene.toString()));
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        org.junit.jupiter.api.Assertions.assertEquals(0, report.at("/issues/numErrors").asInt(), json);
        org.junit.jupiter.api.Assertions.assertEquals(0, report.at("/issues/numWarnings").asInt(), json);
        return report;
    }

    /** Runs a command with NODE_PATH set; returns standard output, or null when it could not run. */
    public static String run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
            builder.environment().put("NODE_PATH", MODULES.toAbsolutePath().toString());
            builder.redirectErrorStream(false);
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
