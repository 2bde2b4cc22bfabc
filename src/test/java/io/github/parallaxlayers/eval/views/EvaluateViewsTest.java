package io.github.parallaxlayers.eval.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.cli.ParallaxCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** evaluate-views as a user meets it: a tiny stereo pair with known disparity, and the folders it refuses. */
class EvaluateViewsTest {
    private static final int W = 48;
    private static final int H = 32;
    private static final int SHIFT = 4;

    private record Run(int status, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = ParallaxCli.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "evaluate-views";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = line.execute(all);
        return new Run(status, out.toString(), err.toString());
    }

    private static Path stereoScene(Path folder) throws IOException {
        return ViewFixtures.stereoScene(folder, W, H, SHIFT);
    }

    @Test
    void aCardAtTheTrueDisparityAndTheWarpReproduceTheRightViewExactlyWhereTheLeftSawIt(@TempDir Path temp)
            throws IOException {
        Path data = temp.resolve("data");
        stereoScene(data.resolve("flat"));
        List<ViewScene> scenes = ViewEvaluation.open(data, ViewLayout.MIDDLEBURY);
        ViewEvaluation.Result result = ViewEvaluation.run(data.toString(), ViewLayout.MIDDLEBURY, scenes,
                List.of(ViewMethod.PLATE, ViewMethod.CARD, ViewMethod.WARP),
                io.github.parallaxlayers.core.ProgressListener.NONE, r -> { });
        for (ViewEvaluation.Row row : result.rows()) {
            // the right SHIFT columns lie beyond the left view's frame; nothing is hidden in a flat scene
            assertEquals(100.0 * SHIFT / W, row.outOfFramePercent(), 1e-9);
            assertEquals(0, row.disoccludedPercent(), 1e-9);
            switch (row.method()) {
                case "card", "warp" -> assertEquals(Double.POSITIVE_INFINITY, row.psnrVisible(), row.method());
                default -> assertTrue(row.psnrVisible() < 15, "random texture moved by 4 px: " + row.psnrVisible());
            }
        }
        ViewEvaluation.Row card = result.rows().stream().filter(r -> r.method().equals("card")).findFirst().get();
        assertEquals(100.0 * SHIFT / W, card.holesPercent(), 1e-9, "the card leaves the out-of-frame columns empty");
    }

    @Test
    void writesTheSummaryCsvAndPicturesAndRefusesToOverwrite(@TempDir Path temp) throws IOException {
        Path data = temp.resolve("data");
        stereoScene(data.resolve("a"));
        stereoScene(data.resolve("b"));
        Path out = temp.resolve("out");
        Run first = cli("--dataset", data.toString(), "--layout", "middlebury", "--methods", "plate,card", "--out",
                out.toString());
        assertEquals(0, first.status(), first.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("middlebury", summary.get("layout").asText());
        assertEquals(2, summary.get("scenes").size());
        JsonNode card = summary.get("results").get("card").get("stereo");
        for (String key : List.of("psnr", "ssim", "psnr_disoccluded", "ssim_disoccluded", "holes_percent")) {
            assertTrue(card.has(key), key);
        }
        assertTrue(card.get("psnr_disoccluded").isNull(), "no pixel is disoccluded in a flat scene");
        assertEquals(100.0 * SHIFT / W, card.get("holes_percent").asDouble(), 1e-3);
        // The outputs follow the umask as a plain file write does (createTempFile made them 600).
        java.util.Set<java.nio.file.attribute.PosixFilePermission> plain = Files.getPosixFilePermissions(
                Files.writeString(temp.resolve("plain"), "x"));
        for (String file : List.of("summary.json", "per_view.csv", "psnr_vs_move.png")) {
            assertEquals(plain, Files.getPosixFilePermissions(out.resolve(file)), file);
        }
        List<String> csv = Files.readAllLines(out.resolve("per_view.csv"));
        assertEquals(1 + 2 * 2, csv.size());
        assertTrue(csv.get(0).startsWith("scene,view,move,amount,method,psnr,ssim"));
        for (String file : List.of("psnr_vs_move.png", "strip_a.png", "strip_b.png")) {
            BufferedImage image = ImageIO.read(out.resolve(file).toFile());
            assertTrue(image.getWidth() > 100, file);
        }
        Run again = cli("--dataset", data.toString(), "--layout", "middlebury", "--methods", "plate", "--out",
                out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already holds") && again.err().contains("--overwrite"), again.err());
        assertEquals(1 + 2 * 2, Files.readAllLines(out.resolve("per_view.csv")).size(), "nothing was replaced");
        Run forced = cli("--dataset", data.toString(), "--layout", "middlebury", "--methods", "plate", "--out",
                out.toString(), "--overwrite");
        assertEquals(0, forced.status(), forced.err());
        assertEquals(1 + 2, Files.readAllLines(out.resolve("per_view.csv")).size());
    }

    private static void assertOneLine(Run r, String... fragments) {
        assertEquals(2, r.status(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        for (String f : fragments) {
            assertTrue(err.contains(f), "'" + f + "' in: " + err);
        }
    }

    @Test
    void badInputGetsOneClearLine(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        Path data = temp.resolve("data");
        Path scene = stereoScene(data.resolve("s"));
        assertOneLine(cli("--dataset", data.toString(), "--layout", "middlebury", "--methods", "plate,nerf",
                "--out", out.toString()), "Unknown value 'nerf'", "layers-telea");
        assertOneLine(cli("--dataset", data.toString(), "--layout", "stereo", "--out", out.toString()),
                "Unknown value 'stereo'", "middlebury, scenes");
        assertOneLine(cli("--dataset", temp.resolve("nowhere").toString(), "--layout", "middlebury", "--out",
                out.toString()), "does not exist");

        // a right view of another size
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", scene.resolve("im6.png").toFile());
        assertOneLine(cli("--dataset", data.toString(), "--layout", "middlebury", "--out", out.toString()),
                "im6.png is 20x10 but the left view im2.png is 48x32");
        // no disparity
        Files.delete(scene.resolve("disp2.png"));
        assertOneLine(cli("--dataset", data.toString(), "--layout", "middlebury", "--out", out.toString()),
                "holds no complete stereo pair", "disp2.png");
        assertFalse(Files.exists(out.resolve("summary.json")));
    }

    /** A one-view rendered scene folder as render_scenes.py writes it (flat depth). */
    private static Path renderedScene(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : List.of("reference", "truck+")) {
            ImageIO.write(new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB), "png",
                    folder.resolve(name + ".png").toFile());
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * W * H).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < W * H; i++) {
                b.putFloat(5f);
            }
            Files.write(folder.resolve(name + ".depth.f32"), b.array());
        }
        Files.writeString(folder.resolve("camera.json"), """
                {"width": 48, "height": 32, "vertical_fov_degrees": 40, "views": [
                 {"name": "reference", "move": "reference", "amount": 0, "image": "reference.png",
                  "depth": "reference.depth.f32", "relative": {"x": 0, "y": 0, "z": 0, "yaw_degrees": 0}},
                 {"name": "truck+", "move": "truck", "amount": 0.5, "image": "truck+.png",
                  "depth": "truck+.depth.f32", "relative": {"x": 0.5, "y": 0, "z": 0, "yaw_degrees": 0}}]}
                """);
        return folder;
    }

    @Test
    void renderedScenesWithMissingOrMismatchedFilesGetOneClearLine(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");
        Path data = temp.resolve("data");
        Path scene = renderedScene(data.resolve("street"));
        Run ok = cli("--dataset", data.toString(), "--layout", "scenes", "--methods", "plate,card", "--out",
                out.toString());
        assertEquals(0, ok.status(), ok.err());

        byte[] sky = new byte[4 * W * H]; // all zero: no depth anywhere
        Files.write(scene.resolve("reference.depth.f32"), sky);
        assertOneLine(cli("--dataset", data.toString(), "--layout", "scenes", "--out", out.toString(), "--overwrite"),
                "reference.depth.f32 has 1536 pixels without a finite depth above 0");
        Files.write(scene.resolve("truck+.depth.f32"), new byte[100]);
        assertOneLine(cli("--dataset", data.toString(), "--layout", "scenes", "--out", out.toString(), "--overwrite"),
                "truck+.depth.f32 holds 100 bytes but a 48x32 depth needs 6144");
        Files.delete(scene.resolve("truck+.depth.f32"));
        assertOneLine(cli("--dataset", data.toString(), "--layout", "scenes", "--out", out.toString(), "--overwrite"),
                "truck+.depth.f32 is missing");
        Files.delete(scene.resolve("reference.png"));
        assertOneLine(cli("--dataset", data.toString(), "--layout", "scenes", "--out", out.toString(), "--overwrite"),
                "reference.png is missing");
        Files.delete(scene.resolve("camera.json"));
        assertOneLine(cli("--dataset", data.toString(), "--layout", "scenes", "--out", out.toString(), "--overwrite"),
                "has no camera.json (the camera calibration)");
        Files.writeString(scene.resolve("camera.json"), "{\"width\": 48, \"height\": 32, \"views\": []}");
        assertOneLine(cli("--dataset", data.toString(), "--layout", "scenes", "--out", out.toString(), "--overwrite"),
                "has no 'vertical_fov_degrees'");
    }
}
