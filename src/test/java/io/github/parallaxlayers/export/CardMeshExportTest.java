package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.CardFit;
import io.github.parallaxlayers.geometry.CardKind;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.layers.LayerStackEdits;
import io.github.parallaxlayers.mask.Mask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ground and wall cards in the glTF/GLB scene: meshes whose vertices lie on their planes, whose UVs are where the
 * reference camera sees them, which cover the layer, and which the Khronos validator accepts.
 */
class CardMeshExportTest {
    /** Tilted up 4°, rolled −2°, 1.6 m high, 50° vertical field, principal point off the centre. */
    private static final Camera CAMERA = new Camera(320, 240, 50, 166, 118, 4, -2, 1.6, "m");

    @TempDir
    Path temp;

    /** A street (ground, its top 20 px below the horizon), a facade on the plane x = −3 (wall) and the sky. */
    private static LayerStack stack() {
        int w = 320;
        int h = 240;
        int top = (int) Math.ceil(Math.max(CAMERA.horizonY(0), CAMERA.horizonY(w))) + 20;
        Mask street = Mask.empty(w, h);
        for (int y = top; y < h; y++) {
            for (int x = 0; x < w; x++) {
                street.set(x, y, true);
            }
        }
        Mask facade = Mask.empty(w, h);
        for (int y = 10; y < top; y++) {
            for (int x = 0; x < 90; x++) {
                facade.set(x, y, true);
            }
        }
        LayerStack stack = LayerStackBuilder.build("plate.png", Plate.rgb(w, h, new int[w * h]),
                List.of(facade, street, Mask.full(w, h)), List.of("facade", "street", "sky"), null);
        stack = LayerStackEdits.setDepth(stack, "facade", 6);
        stack = LayerStackEdits.setDepth(stack, "street", 8);
        stack = LayerStackEdits.setDepth(stack, "sky", 60);
        stack = LayerStackEdits.setCard(stack, 0, CardFit.fromWorld(CAMERA, CardKind.WALL, new Vec3(1, 0, 0), -3));
        stack = LayerStackEdits.setCard(stack, 1, CardFit.ground(CAMERA));
        return LayerStackEdits.setCard(stack, 2, CardPlane.sky(60));
    }

    private static float[] floats(ByteBuffer bin, JsonNode gltf, int accessor) {
        JsonNode a = gltf.at("/accessors/" + accessor);
        JsonNode view = gltf.at("/bufferViews/" + a.get("bufferView").asInt());
        int n = a.get("count").asInt() * (a.get("type").asText().equals("VEC3") ? 3 : 2);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = bin.getFloat(view.get("byteOffset").asInt() + 4 * i);
        }
        return out;
    }

    private static int[] indices(ByteBuffer bin, JsonNode gltf, int accessor) {
        JsonNode a = gltf.at("/accessors/" + accessor);
        JsonNode view = gltf.at("/bufferViews/" + a.get("bufferView").asInt());
        boolean shorts = a.get("componentType").asInt() == 5123;
        int[] out = new int[a.get("count").asInt()];
        for (int i = 0; i < out.length; i++) {
            int at = view.get("byteOffset").asInt() + (shorts ? 2 : 4) * i;
            out[i] = shorts ? bin.getShort(at) & 0xffff : bin.getInt(at);
        }
        return out;
    }

    @Test
    void groundAndWallAreMeshesOnTheirPlanesWithTheReferenceProjectionAsUvs() throws Exception {
        LayerStack stack = stack();
        Path out = temp.resolve("scene");
        LayerStackExporter.Result result = LayerStackExporter.export(stack, out, false, ExportFormat.GLTF,
                new SceneSettings(40, AlphaMode.BLEND).withCamera(CAMERA), null, ProgressListener.NONE);
        JsonNode gltf = new ObjectMapper().readTree(out.resolve(GltfWriter.FILE).toFile());
        ByteBuffer bin = ByteBuffer.wrap(Files.readAllBytes(out.resolve(GltfWriter.BUFFER)))
                .order(ByteOrder.LITTLE_ENDIAN);
        double focal = CAMERA.focalPixels();
        double worst = 0;
        for (int k = 0; k < 3; k++) {
            Layer layer = stack.layers().get(k);
            CardPlane plane = layer.card();
            JsonNode primitive = gltf.at("/meshes/" + k + "/primitives/0");
            float[] p = floats(bin, gltf, primitive.at("/attributes/POSITION").asInt());
            float[] uv = floats(bin, gltf, primitive.at("/attributes/TEXCOORD_0").asInt());
            int[] index = indices(bin, gltf, primitive.get("indices").asInt());
            LayersManifest.Bounds image = result.manifest().layers().get(k).image();
            if (plane.kind() == CardKind.SKY) {
                assertEquals(4, p.length / 3, "the sky is a quad");
                for (int v = 0; v < 4; v++) {
                    assertEquals(-60, p[3 * v + 2], 1e-4);
                }
                continue;
            }
            assertTrue(p.length / 3 > 4, layer.name() + " is a mesh");
            System.out.printf(Locale.ROOT, "%s: %d vertices, %d triangles%n", layer.name(), p.length / 3,
                    index.length / 3);
            for (int v = 0; v < p.length / 3; v++) {
                Vec3 x = new Vec3(p[3 * v], p[3 * v + 1], p[3 * v + 2]);
                assertEquals(0, plane.offset(x), 1e-5 * Math.max(1, -x.z()), layer.name() + " vertex " + v);
            }
            // every point of every triangle: where the camera sees it against where its interpolated UV samples
            double covered = 0;
            for (int t = 0; t < index.length; t += 3) {
                double[][] q = new double[3][];
                for (int e = 0; e < 3; e++) {
                    int v = index[t + e];
                    q[e] = new double[] {image.x() + uv[2 * v] * image.width(), image.y() + uv[2 * v + 1] * image.height()};
                }
                covered += Math.abs((q[1][0] - q[0][0]) * (q[2][1] - q[0][1]) - (q[1][1] - q[0][1]) * (q[2][0] - q[0][0])) / 2;
                int steps = 12;
                for (int i = 0; i <= steps; i++) {
                    for (int j = 0; i + j <= steps; j++) {
                        double[] l = {i / (double) steps, j / (double) steps, 1 - (i + j) / (double) steps};
                        double x = 0;
                        double y = 0;
                        double z = 0;
                        double u = 0;
                        double w = 0;
                        for (int e = 0; e < 3; e++) {
                            int v = index[t + e];
                            x += l[e] * p[3 * v];
                            y += l[e] * p[3 * v + 1];
                            z += l[e] * p[3 * v + 2];
                            u += l[e] * q[e][0];
                            w += l[e] * q[e][1];
                        }
                        double[] seen = CardPlane.project(new Vec3(x, y, z), focal, CAMERA.principalX(),
                                CAMERA.principalY());
                        worst = Math.max(worst, Math.hypot(seen[0] - u, seen[1] - w));
                    }
                }
            }
            // the mesh covers the layer's bounding box (all of it in front of the camera, nearer than the far clip)
            double box = layer.bounds().width() * (double) layer.bounds().height();
            assertEquals(box, covered, 1e-3 * box, layer.name() + " covers its box");
        }
        System.out.printf(Locale.ROOT, "card mesh texture error: %.4f px%n", worst);
        assertTrue(worst <= CardMesh.MAX_TEXTURE_ERROR, "texture error " + worst + " px");
    }

    @Test
    void aGroundReachingTheHorizonStopsAtTheFarClip() {
        // the street's box reaches up to the horizon row: the mesh is cut where the depth passes the far limit
        LayersManifest.Bounds image = new LayersManifest.Bounds(0, 0, 320, 240);
        double cx = CAMERA.principalX();
        double cy = CAMERA.principalY();
        CardMesh mesh = CardMesh.of(CardFit.ground(CAMERA), 0, 60, 320, 240, image, CAMERA.focalPixels(), cx, cy, 100);
        for (int v = 0; v < mesh.vertexCount(); v++) {
            assertTrue(-mesh.positions()[3 * v + 2] <= 100 * (1 + 1e-5), "vertex " + v + " beyond the far limit");
        }
        assertTrue(mesh.maxError() <= CardMesh.MAX_TEXTURE_ERROR, "error " + mesh.maxError());
        // somewhere the mesh reaches the far limit
        double farthest = 0;
        for (int v = 0; v < mesh.vertexCount(); v++) {
            farthest = Math.max(farthest, -mesh.positions()[3 * v + 2]);
        }
        assertEquals(100, farthest, 0.01);
    }

    @Test
    void khronosValidatorAcceptsTheMeshes() throws Exception {
        Assumptions.assumeTrue(NodeTools.has("gltf-validator"), NodeTools.missing("gltf-validator"));
        Path out = temp.resolve("validated");
        LayerStackExporter.export(stack(), out, false, ExportFormat.ALL,
                new SceneSettings(40, AlphaMode.MASK, true, 4).withCamera(CAMERA), null, ProgressListener.NONE);
        JsonNode report = NodeTools.validGltf(out.resolve(GltfWriter.FILE));
        assertEquals(3, report.at("/info/drawCallCount").asInt(), report.toString());
        JsonNode binary = NodeTools.validGltf(out.resolve(GltfWriter.BINARY_FILE));
        assertEquals(3, binary.at("/info/drawCallCount").asInt(), binary.toString());
    }
}
