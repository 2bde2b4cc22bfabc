package io.github.parallaxlayers.eval.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.cli.ParallaxCli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Blender scene generator and the benchmark together: renders the street scene small with the real Blender
 * (skipped, with the reason, when there is none) and checks that the rendered cameras are the ones the Java side
 * assumes — the reference depth warped into every moved view agrees with that view's own rendered depth — then runs
 * evaluate-views on it.
 */
class BlenderScenesTest {
    private static final Path OUT = Path.of("target", "blender-views-test");

    private static boolean blenderOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "blender"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void renderedViewsMatchTheJavaCamerasAndEvaluate() throws Exception {
        Assumptions.assumeTrue(blenderOnPath(), "blender is not installed (scripts/test.sh installs it): the "
                + "Blender-backed view benchmark test is skipped");
        deleteRecursively(OUT);
        Process p = new ProcessBuilder("blender", "-b", "--factory-startup", "--python",
                "scripts/blender/render_scenes.py", "--", "--out", OUT.resolve("renders").toString(), "--size",
                "160x120", "scripts/blender/scenes/street.json").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(8, TimeUnit.MINUTES), "blender did not finish");
        assertEquals(0, p.exitValue(), log);

        JsonNode camera = new ObjectMapper().readTree(OUT.resolve("renders/street/camera.json").toFile());
        assertEquals(160, camera.get("width").asInt());
        assertEquals(13, camera.get("views").size());
        List<ViewScene> scenes = ViewEvaluation.open(OUT.resolve("renders"), ViewLayout.SCENES);
        ViewScene scene = scenes.get(0);
        List<String> names = scene.views().stream().map(TargetView::name).toList();
        assertEquals(List.of("truck-", "truck+", "pedestal-", "pedestal+", "dolly-", "dolly+", "orbit-15",
                "orbit-10", "orbit-5", "orbit+5", "orbit+10", "orbit+15"), names);
        // camera.json's ground plane is where the rendered depth puts the street: the bottom row is all cobbles
        assertTrue(scene.ground() != null, "camera.json gives the ground plane");
        assertEquals(1.6, -scene.ground().distance(), 1e-6);
        double f = scene.camera().focal();
        int w = scene.camera().width();
        int h = scene.camera().height();
        for (int x = 0; x < w; x += 8) {
            double plane = scene.ground().depthAt(x + 0.5, h - 0.5, f, w / 2.0, h / 2.0);
            double seen = scene.depth()[(h - 1) * w + x];
            assertEquals(1, plane / seen, 0.01, "bottom row, x = " + x + ": ground plane " + plane + ", rendered " + seen);
        }
        for (TargetView view : scene.views()) {
            ForwardWarp.Result warped = ForwardWarp.warp(scene.rgb(), scene.depth(), scene.camera(), view.pose());
            List<Double> errors = new ArrayList<>();
            for (int i = 0; i < view.depth().length; i++) {
                if (!warped.hole()[i]) {
                    errors.add((double) Math.abs(warped.depth()[i] - view.depth()[i]) / view.depth()[i]);
                }
            }
            double[] e = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            assertTrue(e.length > 0.5 * view.depth().length, view.name() + ": most of the view is warped");
            // the median pixel agrees to 1 %: position, rotation and field of view of both sides agree
            assertTrue(e[e.length / 2] < 0.01, view.name() + ": median relative depth error " + e[e.length / 2]);
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = ParallaxCli.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int status = line.execute("evaluate-views", "--dataset", OUT.resolve("renders").toString(), "--layout",
                "scenes", "--methods", "plate,card,warp", "--out", OUT.resolve("result").toString());
        assertEquals(0, status, err.toString());
        JsonNode summary = new ObjectMapper().readTree(OUT.resolve("result/summary.json").toFile());
        assertEquals(List.of("street"), List.of(summary.get("scenes").get(0).asText()));
        JsonNode results = summary.get("results");
        for (String view : names) {
            double plate = results.get("plate").get(view).get("psnr_visible").asDouble();
            double warp = results.get("warp").get(view).get("psnr_visible").asDouble();
            assertTrue(warp > plate, view + ": the true-depth warp (" + warp + " dB) beats the unmoved plate ("
                    + plate + " dB) where the reference saw the surface");
        }
        assertTrue(Files.size(OUT.resolve("result/strip_street.png")) > 1000);
        assertTrue(Files.size(OUT.resolve("result/psnr_street.png")) > 1000);
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var s = Files.walk(root)) {
            for (Path path : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
