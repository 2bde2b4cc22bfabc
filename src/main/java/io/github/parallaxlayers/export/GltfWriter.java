package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parallaxlayers.core.PluginInfo;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.CardKind;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A glTF 2.0 scene (https://registry.khronos.org/glTF/specs/2.0/glTF-2.0.html) of the layer cards: the reference
 * camera at the origin looking down −Z (+Y up) and one textured quad per layer at z = −depth, sized so that from
 * the camera it covers exactly the part of the frame the plate showed (height = 2·depth·tan(fov/2), width =
 * height·aspect). Cards are unlit (KHR_materials_unlit), double-sided, alpha-blended (or alpha-masked), and use
 * the layer PNGs of the export folder as textures; geometry is in {@code scene.bin}. The binary form
 * {@code scene.glb} holds the same scene, geometry and textures in one file. A layer on a ground or wall card (Set
 * Card Kind) is a mesh on its plane instead ({@link CardMesh}: its UVs where the reference camera sees each vertex,
 * so the reference view is still the plate), cut at the camera's far clipping distance; a sky card is the quad at
 * its plane's distance.
 */
public final class GltfWriter {
    public static final String FILE = "scene.gltf";
    public static final String BUFFER = "scene.bin";
    public static final String BINARY_FILE = "scene.glb";
    private static final int GLB_MAGIC = 0x46546C67; // "glTF"
    private static final int CHUNK_JSON = 0x4E4F534A;
    private static final int CHUNK_BIN = 0x004E4942;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GltfWriter() {
    }

    /** Width and height of the card at {@code depth} that fills the frame of a camera with vertical field {@code fov}. */
    public static double[] cardSize(double depth, double verticalFovDegrees, double aspect) {
        double height = 2 * depth * Math.tan(Math.toRadians(verticalFovDegrees) / 2);
        return new double[] {height * aspect, height};
    }

    /** {@code scene.gltf} and {@code scene.bin}, referring to the layer PNGs already written in {@code folder}. */
    static void write(LayerStack stack, LayersManifest manifest, Path folder, SceneSettings settings)
            throws IOException {
        Scene scene = scene(stack, manifest, folder, settings, false);
        scene.root().putArray("buffers").addObject().put("uri", BUFFER).put("byteLength", scene.geometry().length);
        Files.write(folder.resolve(BUFFER), scene.geometry());
        JSON.writeValue(folder.resolve(FILE).toFile(), scene.root());
    }

    /**
     * {@code scene.glb}: the same scene as one binary glTF (glTF 2.0, "GLB File Format Specification"), its
     * buffer the geometry followed by the layer PNGs of {@code folder}, each padded to 4 bytes.
     */
    static void writeBinary(LayerStack stack, LayersManifest manifest, Path folder, SceneSettings settings)
            throws IOException {
        Scene scene = scene(stack, manifest, folder, settings, true);
        scene.root().putArray("buffers").addObject().put("byteLength", scene.bufferLength());
        byte[] json = new ObjectMapper().writeValueAsBytes(scene.root());
        int jsonLength = padded(json.length);
        long length = 12L + 8 + jsonLength + 8 + scene.bufferLength();
        if (length > 0xFFFFFFFFL) {
            throw new IOException("The layers are too large for one .glb file (" + length + " bytes, at most 4 GiB):"
                    + " export format=gltf instead.");
        }
        ByteBuffer head = ByteBuffer.allocate(12 + 8 + jsonLength + 8).order(ByteOrder.LITTLE_ENDIAN);
        head.putInt(GLB_MAGIC).putInt(2).putInt((int) length).putInt(jsonLength).putInt(CHUNK_JSON).put(json);
        while (head.position() < 20 + jsonLength) {
            head.put((byte) ' '); // the JSON chunk is padded with spaces
        }
        head.putInt((int) scene.bufferLength()).putInt(CHUNK_BIN);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(BINARY_FILE)), 1 << 16)) {
            out.write(head.array());
            out.write(scene.geometry());
            // the PNG folder's own files, already encoded: streamed, never all in memory at once
            for (Path png : scene.embedded()) {
                long size = Files.copy(png, out);
                out.write(new byte[(int) (padded(size) - size)]);
            }
        }
    }

    /** A mesh cut at this share of the far clipping distance stays visible to the camera. */
    private static final double FAR_MARGIN = 0.99;

    private static int indexSize(CardMesh mesh) {
        return mesh.vertexCount() <= 65535 ? 2 : 4;
    }

    private static long padded(long length) {
        return (length + 3) / 4 * 4;
    }

    private static int padded(int length) {
        return (length + 3) / 4 * 4;
    }

    /**
     * With a matched camera every card stays where it was in the camera's frame (so the reference view is the
     * plate) and the camera and the cards together stand at the camera's height with its tilt and roll: the
     * ground of the scene is then the plane y = 0.
     */
    private static void place(ObjectNode node, Camera matched) {
        if (matched == null) {
            return;
        }
        double[] q = matched.quaternion();
        node.putArray("rotation").add(q[0]).add(q[1]).add(q[2]).add(q[3]);
        node.putArray("translation").add(0.0).add(matched.eyeHeight()).add(0.0);
    }

    /**
     * The glTF document without its buffer entry; the geometry bytes (a multiple of 4 long) that start the
     * buffer; the PNG files that follow them in a .glb, and the whole buffer's length.
     */
    private record Scene(ObjectNode root, byte[] geometry, List<Path> embedded, long bufferLength) {
    }

    private static Scene scene(LayerStack stack, LayersManifest manifest, Path folder, SceneSettings settings,
                               boolean embedImages) throws IOException {
        double verticalFov = settings.verticalFov();
        AlphaMode alpha = settings.alpha();
        Camera matched = settings.camera();
        List<Layer> layers = LayerStackExporter.nonEmpty(stack);
        double aspect = stack.frameWidth() / (double) stack.frameHeight();
        // the plate's frame at depth 1: where the view axis meets it and how many scene units a pixel spans; with
        // overscan the layer images (and the cards) reach beyond the frame and the camera stays the frame's
        double focal = stack.frameHeight() / 2.0 / Math.tan(Math.toRadians(verticalFov) / 2);
        double centreX = stack.marginX() + (matched == null ? stack.frameWidth() / 2.0 : matched.principalX());
        double centreY = stack.marginY() + (matched == null ? stack.frameHeight() / 2.0 : matched.principalY());
        int n = layers.size();
        double nearest = layers.stream().mapToDouble(Layer::depthHint).min().orElse(1);
        double farthest = layers.stream().mapToDouble(Layer::depthHint).max().orElse(1);
        // a ground or wall card becomes a mesh on its plane, cut where it passes the camera's far clipping distance
        List<CardMesh> meshes3d = new java.util.ArrayList<>();
        int binLength = 0;
        for (int k = 0; k < n; k++) {
            Layer layer = layers.get(k);
            CardMesh mesh = null;
            if (layer.hasCard() && layer.card().kind() != CardKind.SKY && layer.card().kind() != CardKind.UPRIGHT) {
                LayersManifest.Bounds b = manifest.layers().get(k).bbox();
                mesh = CardMesh.of(layer.card(), b.x(), b.y(), b.x() + b.width(), b.y() + b.height(),
                        manifest.layers().get(k).image(), focal, centreX, centreY, farthest * 10 * FAR_MARGIN);
            }
            meshes3d.add(mesh);
            // Per quad: 4 positions (12 floats), 4 uvs (8 floats), 6 indices (unsigned shorts, padded to 4 bytes).
            binLength += mesh == null ? 48 + 32 + 12
                    : mesh.vertexCount() * 20 + padded(mesh.indices().length * indexSize(mesh));
        }
        ByteBuffer bin = ByteBuffer.allocate(binLength).order(ByteOrder.LITTLE_ENDIAN);

        ObjectNode root = JSON.createObjectNode();
        ObjectNode asset = root.putObject("asset");
        asset.put("version", "2.0");
        asset.put("generator", PluginInfo.name() + " " + PluginInfo.version());
        root.putArray("extensionsUsed").add("KHR_materials_unlit");
        root.put("scene", 0);
        ArrayNode sceneNodes = root.putArray("scenes").addObject().put("name", stack.sourceName()).putArray("nodes");
        ArrayNode nodes = root.putArray("nodes");
        ArrayNode meshes = root.putArray("meshes");
        ArrayNode materials = root.putArray("materials");
        ArrayNode textures = root.putArray("textures");
        ArrayNode images = root.putArray("images");
        ArrayNode accessors = root.putArray("accessors");
        ArrayNode bufferViews = root.putArray("bufferViews");
        root.putArray("samplers").addObject().put("magFilter", 9729).put("minFilter", 9987)
                .put("wrapS", 33071).put("wrapT", 33071);
        ObjectNode camera = root.putArray("cameras").addObject();
        camera.put("name", "reference camera");
        camera.put("type", "perspective");
        camera.putObject("perspective").put("aspectRatio", aspect).put("yfov", Math.toRadians(verticalFov))
                .put("znear", nearest / 10).put("zfar", farthest * 10);
        ObjectNode cameraNode = nodes.addObject().put("name", "reference camera").put("camera", 0);
        place(cameraNode, matched);
        sceneNodes.add(0);

        for (int k = 0; k < n; k++) {
            Layer layer = layers.get(k);
            CardMesh mesh = meshes3d.get(k);
            int positionOffset = bin.position();
            int vertices;
            int indexCount;
            int indexType;
            float[] min;
            float[] max;
            if (mesh == null) {
                // an upright (or sky) card: the quad at its depth
                double depth = layer.hasCard() && layer.card().kind() == CardKind.SKY ? layer.card().distance()
                        : layer.depthHint();
                // the card covers the part of the layer canvas its image covers (all of it unless cropped)
                LayersManifest.Bounds image = manifest.layers().get(k).image();
                float x0 = (float) ((image.x() - centreX) / focal * depth);
                float x1 = (float) ((image.x() + image.width() - centreX) / focal * depth);
                float y1 = (float) ((centreY - image.y()) / focal * depth);
                float y0 = (float) ((centreY - image.y() - image.height()) / focal * depth);
                float z = (float) -depth;
                float[][] corners = {{x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}}; // top-left, top-right, bottom-right, bottom-left
                for (float[] c : corners) {
                    bin.putFloat(c[0]).putFloat(c[1]).putFloat(z);
                }
                float[][] uvs = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
                for (float[] uv : uvs) {
                    bin.putFloat(uv[0]).putFloat(uv[1]);
                }
                for (int index : new int[] {0, 3, 2, 0, 2, 1}) { // counter-clockwise seen from the camera
                    bin.putShort((short) index);
                }
                vertices = 4;
                indexCount = 6;
                indexType = 5123;
                min = new float[] {x0, y0, z};
                max = new float[] {x1, y1, z};
            } else {
                vertices = mesh.vertexCount();
                indexCount = mesh.indices().length;
                indexType = indexSize(mesh) == 2 ? 5123 : 5125;
                min = new float[] {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY};
                max = new float[] {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
                float[] p = mesh.positions();
                for (int i = 0; i < p.length; i++) {
                    bin.putFloat(p[i]);
                    min[i % 3] = Math.min(min[i % 3], p[i]);
                    max[i % 3] = Math.max(max[i % 3], p[i]);
                }
                for (float uv : mesh.uvs()) {
                    bin.putFloat(uv);
                }
                for (int index : mesh.indices()) {
                    if (indexType == 5123) {
                        bin.putShort((short) index);
                    } else {
                        bin.putInt(index);
                    }
                }
                while (bin.position() % 4 != 0) {
                    bin.put((byte) 0);
                }
            }
            int uvOffset = positionOffset + vertices * 12;
            int indexOffset = uvOffset + vertices * 8;
            int indexBytes = indexCount * (indexType == 5123 ? 2 : 4);
            int view = bufferViews.size();
            bufferViews.addObject().put("buffer", 0).put("byteOffset", positionOffset).put("byteLength", vertices * 12)
                    .put("target", 34962);
            bufferViews.addObject().put("buffer", 0).put("byteOffset", uvOffset).put("byteLength", vertices * 8)
                    .put("target", 34962);
            bufferViews.addObject().put("buffer", 0).put("byteOffset", indexOffset).put("byteLength", indexBytes)
                    .put("target", 34963);
            int accessor = accessors.size();
            ObjectNode position = accessors.addObject().put("bufferView", view).put("componentType", 5126)
                    .put("count", vertices).put("type", "VEC3");
            position.putArray("min").add(min[0]).add(min[1]).add(min[2]);
            position.putArray("max").add(max[0]).add(max[1]).add(max[2]);
            accessors.addObject().put("bufferView", view + 1).put("componentType", 5126).put("count", vertices)
                    .put("type", "VEC2");
            accessors.addObject().put("bufferView", view + 2).put("componentType", indexType).put("count", indexCount)
                    .put("type", "SCALAR");
            images.addObject().put("uri", manifest.layers().get(k).files().rgba()).put("name", layer.name());
            textures.addObject().put("sampler", 0).put("source", k);
            ObjectNode material = materials.addObject().put("name", layer.name()).put("doubleSided", true);
            material.put("alphaMode", alpha == AlphaMode.BLEND ? "BLEND" : "MASK");
            if (alpha == AlphaMode.MASK) {
                material.put("alphaCutoff", 0.5);
            }
            ObjectNode pbr = material.putObject("pbrMetallicRoughness");
            pbr.putObject("baseColorTexture").put("index", k);
            pbr.put("metallicFactor", 0.0).put("roughnessFactor", 1.0);
            material.putObject("extensions").putObject("KHR_materials_unlit");
            ObjectNode primitive = meshes.addObject().put("name", layer.name()).putArray("primitives").addObject();
            primitive.putObject("attributes").put("POSITION", accessor).put("TEXCOORD_0", accessor + 1);
            primitive.put("indices", accessor + 2).put("material", k).put("mode", 4);
            place(nodes.addObject().put("name", layer.name()).put("mesh", k), matched);
            sceneNodes.add(nodes.size() - 1);
        }
        List<Path> embedded = new java.util.ArrayList<>();
        long bufferLength = bin.capacity();
        if (embedImages) {
            for (int k = 0; k < n; k++) {
                Path png = folder.resolve(manifest.layers().get(k).files().rgba());
                long size = Files.size(png);
                ObjectNode image = (ObjectNode) images.get(k);
                image.remove("uri");
                image.put("bufferView", bufferViews.size()).put("mimeType", "image/png");
                bufferViews.addObject().put("buffer", 0).put("byteOffset", bufferLength).put("byteLength", size);
                embedded.add(png);
                bufferLength += padded(size);
            }
        }
        return new Scene(root, bin.array(), embedded, bufferLength);
    }
}
