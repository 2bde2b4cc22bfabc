package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.mask.Box;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blender (Debian's blender, with its bundled glTF importer) imports the glTF scene in background mode; the
 * report written by src/test/resources/dcc/blender-import-gltf.py is checked against what the writer meant, and
 * a Cycles render from the imported reference camera is compared with the layers composited by hand.
 */
class BlenderGltfImportTest {
    static final Path SCRIPT = Path.of("src/test/resources/dcc/blender-import-gltf.py");
    static final double FOV = 40;
    static final List<String> NAMES = List.of(DccScene.FRONT, DccScene.MIDDLE, DccScene.BACK);

    @TempDir
    Path temp;

    private static Boolean hasNumpy;

    // per test, not per class: Surefire reports a skipped class without its reason
    @BeforeEach
    void needsBlender() {
        Assumptions.assumeTrue(DccTools.find("blender").isPresent(), DccTools.missing("blender", "blender"));
        if (hasNumpy == null) {
            hasNumpy = DccTools.exitStatus(List.of("blender", "-b", "--factory-startup", "--python-exit-code", "1",
                    "--python-expr", "import numpy")) == 0;
        }
        Assumptions.assumeTrue(hasNumpy, "Blender's glTF importer needs numpy in Blender's Python (Debian package "
                + "python3-numpy, only recommended by blender)");
    }

    @Test
    void blendedFullFrameCardsImportAtTheirDepthsAndRenderAsThePlate() throws Exception {
        LayerStack stack = DccScene.stack();
        Imported scene = importInBlender(stack, new SceneSettings(FOV, AlphaMode.BLEND));
        Box frame = new Box(0, 0, DccScene.W, DccScene.H);
        scene.assertCards(List.of(frame, frame, frame), "BLEND");
        // Blender blends in linear light, as every renderer does with sRGB textures.
        int[] expected = linearComposite(stack);
        scene.assertRender(expected);
    }

    @Test
    void maskedCroppedCardsCoverTheirRegionsAndRenderAsThePlate() throws Exception {
        LayerStack stack = DccScene.stack();
        Imported scene = importInBlender(stack, new SceneSettings(FOV, AlphaMode.MASK, true, 3));
        scene.assertCards(List.of(DccScene.FRONT_BOX.grownWithin(3, DccScene.W, DccScene.H),
                DccScene.MIDDLE_BOX.grownWithin(3, DccScene.W, DccScene.H), new Box(0, 0, DccScene.W, DccScene.H)),
                "CLIP");
        scene.assertAlphaThreshold(0.5);
        // Blender 3.4 turns alphaCutoff into EEVEE's Alpha Clip setting only: the node graph Cycles renders still
        // blends by alpha, so the half-transparent card blends here (EEVEE and Unreal would draw it opaque).
        scene.assertRender(linearComposite(stack));
    }

    @Test
    void theBinarySceneImportsWithItsTexturesInside() throws Exception {
        LayerStack stack = DccScene.stack();
        Imported scene = importInBlender(stack, new SceneSettings(FOV, AlphaMode.BLEND, true, 2),
                ExportFormat.GLB);
        scene.assertCards(List.of(DccScene.FRONT_BOX.grownWithin(2, DccScene.W, DccScene.H),
                DccScene.MIDDLE_BOX.grownWithin(2, DccScene.W, DccScene.H), new Box(0, 0, DccScene.W, DccScene.H)),
                "BLEND");
        scene.assertRender(linearComposite(stack));
    }

    /**
     * The middle layer on a tilted plane (a card kind's mesh): Blender imports it as a mesh of many vertices, all on
     * the plane, and renders the reference view as the plate — the UVs are where the camera sees each vertex.
     */
    @Test
    void aCardOnATiltedPlaneImportsAsAMeshAndRendersAsThePlate() throws Exception {
        LayerStack stack = io.github.parallaxlayers.layers.LayerStackEdits.setCard(DccScene.stack(), 1,
                new io.github.parallaxlayers.geometry.CardPlane(io.github.parallaxlayers.geometry.CardKind.WALL,
                        new io.github.parallaxlayers.geometry.Vec3(0.3, 0.4, -1), 5));
        Imported scene = importInBlender(stack, new SceneSettings(FOV, AlphaMode.BLEND));
        JsonNode glass = null;
        for (JsonNode o : scene.report().get("objects")) {
            if (o.get("name").asText().equals(DccScene.MIDDLE)) {
                glass = o;
            }
        }
        assertTrue(glass != null && glass.get("vertices_world").size() > 4, "the tilted card is a mesh");
        io.github.parallaxlayers.geometry.CardPlane plane = stack.layers().get(1).card();
        for (JsonNode v : glass.get("vertices_world")) {
            // Blender's world is Z up: glTF's (x, y, z) is Blender's (x, −z, y)
            io.github.parallaxlayers.geometry.Vec3 x = new io.github.parallaxlayers.geometry.Vec3(v.get(0).asDouble(),
                    v.get(2).asDouble(), -v.get(1).asDouble());
            assertEquals(0, plane.offset(x), 1e-4, "vertex " + v + " on the plane");
        }
        scene.assertRender(linearComposite(stack));
    }

    private Imported importInBlender(LayerStack stack, SceneSettings settings) throws Exception {
        return importInBlender(stack, settings, ExportFormat.GLTF);
    }

    private Imported importInBlender(LayerStack stack, SceneSettings settings, ExportFormat format) throws Exception {
        Path out = temp.resolve("scene");
        LayersManifest manifest = LayerStackExporter.export(stack, out, false, format, settings, null,
                ProgressListener.NONE).manifest();
        // the binary scene alone, away from the PNG folder, so Blender can only use the textures inside it
        Path file = format == ExportFormat.GLB
                ? Files.copy(out.resolve(GltfWriter.BINARY_FILE), Files.createDirectories(temp.resolve("alone"))
                .resolve(GltfWriter.BINARY_FILE))
                : out.resolve(GltfWriter.FILE);
        Path report = temp.resolve("report.json");
        Path render = temp.resolve("render.png");
        // Cycles on the CPU, 16 samples at plate size: well under a second for 120 × 80
        DccTools.run(List.of("blender", "-b", "--factory-startup", "--python-exit-code", "1", "--python",
                SCRIPT.toString(), "--", file.toString(), report.toString(), render.toString(),
                String.valueOf(DccScene.W), String.valueOf(DccScene.H), "16"),
                Map.of(), temp.resolve("blender.log"), 240);
        return new Imported(new ObjectMapper().readTree(report.toFile()), manifest, ImageIO.read(render.toFile()),
                format == ExportFormat.GLB);
    }

    /** What Blender made of the scene. */
    private record Imported(JsonNode report, LayersManifest manifest, BufferedImage render, boolean binary) {

        void assertCards(List<Box> images, String blendMethod) {
            Map<String, JsonNode> objects = new HashMap<>();
            report.get("objects").forEach(o -> objects.put(o.get("name").asText(), o));
            List<String> expectedNames = new ArrayList<>(NAMES);
            expectedNames.add("reference camera");
            assertEquals(expectedNames.stream().sorted().toList(), objects.keySet().stream().sorted().toList(),
                    "one object per layer, names kept (non-ASCII too), plus the camera");
            JsonNode cameraObject = objects.get("reference camera");
            assertEquals("CAMERA", cameraObject.get("type").asText());
            BlenderCamera camera = BlenderCamera.of(cameraObject, DccScene.W, DccScene.H);
            assertEquals(Math.toRadians(FOV), cameraObject.at("/camera/angle_y").asDouble(), 1e-6);
            assertEquals(DccScene.DEPTHS[0] / 10, cameraObject.at("/camera/clip_start").asDouble(), 1e-6);
            assertEquals(DccScene.DEPTHS[2] * 10, cameraObject.at("/camera/clip_end").asDouble(), 1e-4);

            for (int k = 0; k < NAMES.size(); k++) {
                JsonNode card = objects.get(NAMES.get(k));
                assertEquals("MESH", card.get("type").asText());
                JsonNode vertices = card.get("vertices_world");
                assertEquals(4, vertices.size(), NAMES.get(k));
                Box image = images.get(k);
                List<double[]> projected = new ArrayList<>();
                for (JsonNode v : vertices) {
                    double[] pixel = camera.project(v.get(0).asDouble(), v.get(1).asDouble(), v.get(2).asDouble());
                    // the layers' depths grow front to back, so this also checks their order
                    assertEquals(DccScene.DEPTHS[k], pixel[2], 1e-4, NAMES.get(k) + " distance along the view axis");
                    projected.add(pixel);
                }
                int[][] corners = {{image.x(), image.y()}, {image.x() + image.width(), image.y()},
                        {image.x() + image.width(), image.y() + image.height()}, {image.x(), image.y() + image.height()}};
                for (int[] corner : corners) {
                    assertTrue(projected.stream().anyMatch(p -> Math.abs(p[0] - corner[0]) < 1e-3
                                    && Math.abs(p[1] - corner[1]) < 1e-3),
                            NAMES.get(k) + ": no card corner lands on pixel corner " + corner[0] + "," + corner[1]
                                    + " from the reference camera; projected: " + projected.stream()
                                    .map(p -> String.format("%.4f,%.4f", p[0], p[1])).toList());
                }

                JsonNode material = card.at("/materials/0");
                assertEquals(NAMES.get(k), material.get("name").asText());
                assertEquals(blendMethod, material.get("blend_method").asText(), NAMES.get(k));
                assertEquals(false, material.get("use_backface_culling").asBoolean(), "double-sided");
                JsonNode texture = material.at("/images/0");
                if (binary) {
                    assertTrue(texture.get("packed").asBoolean(), "texture packed from the GLB: " + texture);
                } else {
                    assertTrue(texture.get("filepath").asText().endsWith(manifest.layers().get(k).files().rgba()),
                            texture.toString());
                }
                assertEquals(List.of(image.width(), image.height()),
                        List.of(texture.at("/size/0").asInt(), texture.at("/size/1").asInt()));
                assertEquals("STRAIGHT", texture.get("alpha_mode").asText());
                assertEquals("sRGB", texture.get("colorspace").asText());
            }
        }

        void assertAlphaThreshold(double cutoff) {
            for (JsonNode object : report.get("objects")) {
                if (object.get("type").asText().equals("MESH")) {
                    assertEquals(cutoff, object.at("/materials/0/alpha_threshold").asDouble(), 1e-6);
                }
            }
        }

        /**
         * The render against the expected image: within 2 levels wherever the expected image is flat over the
         * pixel's 3 × 3 neighbourhood (at edges the render's texture filtering and pixel area mix neighbours).
         */
        void assertRender(int[] expected) {
            assertEquals(DccScene.W, render.getWidth());
            assertEquals(DccScene.H, render.getHeight());
            int compared = 0;
            int worst = 0;
            String where = "";
            for (int y = 1; y < DccScene.H - 1; y++) {
                for (int x = 1; x < DccScene.W - 1; x++) {
                    if (!flat(expected, x, y)) {
                        continue;
                    }
                    compared++;
                    int e = expected[y * DccScene.W + x];
                    int r = render.getRGB(x, y);
                    for (int shift = 0; shift < 32; shift += 8) {
                        int d = Math.abs((e >>> shift & 255) - (r >>> shift & 255));
                        if (d > worst) {
                            worst = d;
                            where = String.format("(%d, %d): expected %08x, rendered %08x", x, y, e, r);
                        }
                    }
                }
            }
            assertTrue(compared > DccScene.W * DccScene.H / 2, "compared " + compared + " pixels");
            assertTrue(worst <= 2, "largest difference " + worst + " levels at " + where);
        }

        private static boolean flat(int[] image, int x, int y) {
            int centre = image[y * DccScene.W + x];
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (image[(y + dy) * DccScene.W + x + dx] != centre) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * Back-to-front "over" in linear light (sRGB decoded, blended, encoded again), as a renderer does with sRGB
     * textures.
     */
    static int[] linearComposite(LayerStack stack) {
        int n = stack.width() * stack.height();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double[] c = new double[3];
            double a = 0;
            for (int l = stack.layers().size() - 1; l >= 0; l--) {
                int p = stack.layers().get(l).argb()[i];
                double alpha = (p >>> 24) / 255.0;
                for (int ch = 0; ch < 3; ch++) {
                    c[ch] = toLinear((p >> (16 - 8 * ch) & 255) / 255.0) * alpha + c[ch] * (1 - alpha);
                }
                a = alpha + a * (1 - alpha);
            }
            if (a > 0) {
                out[i] = (int) Math.round(a * 255) << 24;
                for (int ch = 0; ch < 3; ch++) {
                    out[i] |= (int) Math.round(toSrgb(c[ch] / a) * 255) << (16 - 8 * ch);
                }
            }
        }
        return out;
    }

    private static double toLinear(double s) {
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double toSrgb(double l) {
        return l <= 0.0031308 ? l * 12.92 : 1.055 * Math.pow(l, 1 / 2.4) - 0.055;
    }
}
