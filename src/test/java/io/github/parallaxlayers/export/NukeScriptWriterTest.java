package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.LayerStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code layers.nk} against the glTF scene of the same export: every card's rectangle and depth, the camera's
 * field of view and aspect, and the script's structure (nodes, their inputs, the files they read).
 */
class NukeScriptWriterTest {
    @TempDir
    Path temp;

    /** One node of the script: its class and knobs (raw text after the knob name). */
    record Node(String type, Map<String, String> knobs) {
        double[] numbers(String knob) {
            String v = knobs.get(knob).replaceAll("[{}]", " ").trim();
            return java.util.Arrays.stream(v.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        }
    }

    /** The nodes and the stack commands (set/push) in order; a node's block is "Class {" … "}". */
    static List<Object> parse(String script) {
        List<Object> out = new ArrayList<>();
        Node current = null;
        for (String line : script.split("\n")) {
            if (line.startsWith("#") || line.startsWith("version ")) {
                continue;
            }
            Matcher open = Pattern.compile("^(\\w+) \\{$").matcher(line);
            if (current == null && open.find()) {
                current = new Node(open.group(1), new LinkedHashMap<>());
            } else if (current != null && line.equals("}")) {
                out.add(current);
                current = null;
            } else if (current != null) {
                String[] kv = line.trim().split(" ", 2);
                current.knobs().put(kv[0], kv.length > 1 ? kv[1] : "");
            } else {
                out.add(line);
            }
        }
        assertEquals(null, current, "every node block is closed");
        return out;
    }

    @Test
    void cardsAndCameraMatchTheGltfScene() throws IOException {
        LayerStack stack = DccScene.stack();
        Path folder = temp.resolve("out");
        // cropped with a margin, so the cards are not all the full frame
        SceneSettings scene = new SceneSettings(33, AlphaMode.BLEND, true, 4);
        LayerStackExporter.Result result = LayerStackExporter.export(stack, folder, false, ExportFormat.ALL, scene,
                ExportBits.AUTO, null, ProgressListener.NONE);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("vertical field of view 33.00°")
                && n.contains("focal length")), result.notes().toString());
        String script = Files.readString(folder.resolve(NukeScriptWriter.FILE), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("#! nuke\n"));
        List<Object> items = parse(script);
        List<Node> nodes = items.stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
        assertEquals(List.of("Root", "Read", "Premult", "Card2", "Read", "Premult", "Card2", "Read", "Premult",
                "Card2", "Scene", "Camera2", "ScanlineRender"), nodes.stream().map(Node::type).toList());
        assertEquals("\"120 80 0 0 120 80 1 parallax_plate\"", nodes.get(0).knobs().get("format"));

        JsonNode gltf = new ObjectMapper().readTree(folder.resolve(GltfWriter.FILE).toFile());
        LayersManifest manifest = LayerStackExporter.readManifest(folder);
        for (int k = 0; k < 3; k++) {
            Node read = nodes.get(1 + 3 * k);
            Node card = nodes.get(3 + 3 * k);
            String png = manifest.layers().get(k).files().rgba();
            assertEquals("\"[file dirname [value root.name]]/" + png + "\"", read.knobs().get("file"));
            assertTrue(Files.exists(folder.resolve(png)));
            assertEquals("false", read.knobs().get("premultiplied"), "the PNGs have straight alpha");
            assertEquals("false", card.knobs().get("image_aspect"), "a unit card, scaled to the glTF card");
            // the glTF card's corners: the POSITION accessor's min and max
            JsonNode mesh = gltf.get("meshes").get(k);
            assertEquals(manifest.layers().get(k).name(), mesh.get("name").asText());
            JsonNode position = gltf.get("accessors").get(mesh.at("/primitives/0/attributes/POSITION").asInt());
            double[] min = {position.get("min").get(0).asDouble(), position.get("min").get(1).asDouble(),
                    position.get("min").get(2).asDouble()};
            double[] max = {position.get("max").get(0).asDouble(), position.get("max").get(1).asDouble(),
                    position.get("max").get(2).asDouble()};
            double[] translate = card.numbers("translate");
            double[] scaling = card.numbers("scaling");
            for (int a = 0; a < 2; a++) {
                assertEquals((min[a] + max[a]) / 2, translate[a], 1e-5, "card centre " + k);
                assertEquals(max[a] - min[a], scaling[a], 1e-5, "card size " + k);
            }
            assertEquals(min[2], translate[2], 1e-6, "card depth " + k);
            assertEquals(-DccScene.DEPTHS[k], translate[2], 1e-9);
            assertEquals(1, scaling[2]);
        }
        Node camera = nodes.get(11);
        JsonNode perspective = gltf.at("/cameras/0/perspective");
        double vaperture = camera.numbers("vaperture")[0];
        double haperture = camera.numbers("haperture")[0];
        double focal = camera.numbers("focal")[0];
        assertEquals(perspective.get("yfov").asDouble(), 2 * Math.atan(vaperture / 2 / focal), 1e-8);
        assertEquals(perspective.get("aspectRatio").asDouble(), haperture / vaperture, 1e-8);
        assertEquals(perspective.get("znear").asDouble(), camera.numbers("near")[0], 1e-8);
        assertEquals(perspective.get("zfar").asDouble(), camera.numbers("far")[0], 1e-8);

        // layers.json records the same camera
        LayersManifest.Lens recorded = manifest.lens();
        assertEquals(33, recorded.verticalFov(), 1e-12);
        assertEquals(focal, recorded.focalLength(), 1e-6);
        assertEquals(haperture, recorded.filmBack()[0], 1e-6);
        assertEquals(vaperture, recorded.filmBack()[1], 1e-6);
        assertEquals(Math.toDegrees(2 * Math.atan(haperture / 2 / focal)), recorded.horizontalFov(), 1e-6);

        // wiring: each card is remembered, the Scene takes all three (back first), the render takes bg, scene, camera
        List<String> commands = items.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        assertEquals(List.of("set N_01_tur-vorn [stack 0]".replace('-', '_'), "set N_02_glass [stack 0]",
                "set N_03_sky [stack 0]", "push $N_03_sky", "push $N_02_glass", "push $N_01_tur_vorn",
                "set N_scene [stack 0]", "set N_camera [stack 0]", "push 0", "push $N_scene", "push $N_camera"),
                commands);
        assertEquals("3", nodes.get(10).knobs().get("inputs"));
        assertEquals("3", nodes.get(12).knobs().get("inputs"));
        assertEquals("\"Tür vorn\"", nodes.get(3).knobs().get("label"), "the artist's name, kept as a label");
    }

    @Test
    void numbersAndQuotingAreTclSafe() {
        assertEquals("1.5", NukeScriptWriter.num(1.5));
        assertEquals("-2", NukeScriptWriter.num(-2));
        assertEquals("0.333333333", NukeScriptWriter.num(1 / 3.0));
        assertEquals("1.23456789e-07", NukeScriptWriter.num(1.23456789e-7));
        assertEquals("\"a \\[b\\] \\$c \\\"d\\\"\"", NukeScriptWriter.quote("a [b] $c \"d\""));
    }
}
