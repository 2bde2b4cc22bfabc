package io.github.parallaxlayers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.eval.NearestClickSegmenter;
import io.github.parallaxlayers.eval.OracleSegmenter;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Segmenter;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluateCommandTest {
    private static final List<String> LABELS = List.of("oracle", "nearest");

    /** The object of these synthetic images is their bright part, so the oracle can read it from the plate. */
    private static Mask brightPart(Plate plate) {
        return Mask.threshold(plate.width(), plate.height(), (byte[]) plate.pixels(), 128);
    }

    private static Segmenter resolve(String label) {
        return switch (label) {
            case "oracle" -> new OracleSegmenter(EvaluateCommandTest::brightPart, p -> 3);
            case "nearest" -> new NearestClickSegmenter(6);
            default -> null;
        };
    }

    /** Three 40 x 30 grey images with a bright rectangle each, and 0/255 masks of the rectangles. */
    private static Path pairsDataset(Path root) throws IOException {
        Files.createDirectories(root.resolve("images"));
        Files.createDirectories(root.resolve("masks"));
        for (int i = 0; i < 3; i++) {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
            BufferedImage mask = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 5; y < 20 + i; y++) {
                for (int x = 8; x < 30 - i; x++) {
                    image.getRaster().setSample(x, y, 0, 200);
                    mask.getRaster().setSample(x, y, 0, 255);
                }
            }
            ImageIO.write(image, "png", root.resolve("images/img" + i + ".png").toFile());
            ImageIO.write(mask, "png", root.resolve("masks/img" + i + ".png").toFile());
        }
        return root;
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand(EvaluateCommandTest::resolve, LABELS));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void oracleRightFromClickThreeGivesNocThreeInEveryOutput(@TempDir Path temp) throws IOException {
        Path data = pairsDataset(temp.resolve("data"));
        Path out = temp.resolve("out");
        Run r = run("--dataset", data.toString(), "--layout", "pairs", "--backend", "oracle", "--max-clicks", "5",
                "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("NoC@85 3.00  NoC@90 3.00"), r.out());

        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("dataset", "layout", "backend", "images", "noc85", "noc90", "over_max_90", "miou",
                "ms_per_click_median", "ms_per_click_p95")) {
            assertTrue(s.has(key), "summary.json lacks " + key);
        }
        assertEquals("pairs", s.get("layout").asText());
        assertEquals("oracle", s.get("backend").asText());
        assertEquals(3, s.get("images").asInt());
        assertEquals(3.0, s.get("noc85").asDouble());
        assertEquals(3.0, s.get("noc90").asDouble());
        assertEquals(0, s.get("over_max_90").asInt());
        double[] miou = new ObjectMapper().convertValue(s.get("miou"), double[].class);
        assertArrayEquals(new double[]{0, 0, 1, 1, 1}, miou, 0);

        List<String> csv = Files.readAllLines(out.resolve("per_image.csv"));
        assertEquals("image,noc85,noc90,clicks_made,open_ms,iou_1,iou_2,iou_3,iou_4,iou_5,ms_1,ms_2,ms_3,ms_4,ms_5",
                csv.get(0));
        assertEquals(4, csv.size());
        String[] row = csv.get(1).split(",", -1);
        assertEquals("img0", row[0]);
        assertEquals(List.of("3", "3", "3"), List.of(row[1], row[2], row[3]));
        assertEquals(List.of("0.000000", "0.000000", "1.000000", "1.000000", "1.000000"),
                List.of(row).subList(5, 10));
        assertEquals("", row[13], "no fourth click was made");

        BufferedImage plot = ImageIO.read(out.resolve("miou_vs_clicks.png").toFile());
        assertEquals(900, plot.getWidth());
        assertEquals(600, plot.getHeight());
    }

    @Test
    void existingResultsAreKeptUnlessOverwriteIsGiven(@TempDir Path temp) throws IOException {
        Path data = pairsDataset(temp.resolve("data"));
        Path out = temp.resolve("out");
        String[] args = {"--dataset", data.toString(), "--layout", "pairs", "--backend", "oracle", "--max-clicks",
                "4", "--out", out.toString()};
        assertEquals(0, run(args).status());
        byte[] before = Files.readAllBytes(out.resolve("summary.json"));
        Run again = run(args);
        assertEquals(EvaluateCommand.INVALID_INPUT, again.status());
        assertEquals("evaluate: " + out + " already holds per_image.csv, summary.json, miou_vs_clicks.png: choose "
                + "another --out folder or add --overwrite.", again.err().strip());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("summary.json")));
        Run limited = run("--dataset", data.toString(), "--layout", "pairs", "--backend", "oracle", "--out",
                out.toString(), "--overwrite", "--limit", "2");
        assertEquals(0, limited.status(), limited.err());
        JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, s.get("images").asInt());
        assertEquals(20, s.get("miou").size());
        try (var files = Files.list(out)) {
            assertEquals(3, files.count(), "no temporary files are left behind");
        }
    }

    @Test
    void comparedRunsAddCurvesToThePlot(@TempDir Path temp) throws IOException {
        Path data = pairsDataset(temp.resolve("data"));
        Path first = temp.resolve("oracle");
        assertEquals(0, run("--dataset", data.toString(), "--layout", "pairs", "--backend", "oracle",
                "--out", first.toString()).status());
        Path second = temp.resolve("nearest");
        Run r = run("--dataset", data.toString(), "--layout", "pairs", "--backend", "nearest",
                "--out", second.toString(), "--compare", first.toString());
        assertEquals(0, r.status(), r.err());
        BufferedImage plot = ImageIO.read(second.resolve("miou_vs_clicks.png").toFile());
        // the first curve is blue (this run), the compared one red
        assertTrue(hasColour(plot, 0x1f77b4) && hasColour(plot, 0xd62728), "both curves drawn");
    }

    @Test
    void badInputGetsOneClearMessage(@TempDir Path temp) throws IOException {
        Path data = pairsDataset(temp.resolve("data"));
        Path out = temp.resolve("out");
        Run backend = run("--dataset", data.toString(), "--layout", "pairs", "--backend", "sam9", "--out",
                out.toString());
        assertEquals(EvaluateCommand.INVALID_INPUT, backend.status());
        assertEquals("evaluate: Unknown backend 'sam9'; valid backends are: oracle, nearest.", backend.err().strip());
        Run layout = run("--dataset", data.toString(), "--layout", "coco", "--backend", "oracle", "--out",
                out.toString());
        assertEquals("evaluate: Unknown value 'coco' for --layout=; valid values are: grabcut, berkeley, davis, "
                + "pairs.", layout.err().strip());
        Files.delete(data.resolve("masks/img1.png"));
        Run missing = run("--dataset", data.toString(), "--layout", "pairs", "--backend", "oracle", "--out",
                out.toString());
        assertEquals(EvaluateCommand.INVALID_INPUT, missing.status());
        assertTrue(missing.err().contains("have no mask of the same name") && missing.err().contains("img1.png"),
                missing.err());
        assertTrue(Files.notExists(out), "nothing is written for bad input");
        Run clicks = run("--dataset", data.toString(), "--layout", "pairs", "--backend", "oracle", "--out",
                out.toString(), "--max-clicks", "0");
        assertEquals("evaluate: max_clicks must be at least 1; got 0.", clicks.err().strip());
    }

    private static boolean hasColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

}
