package io.github.parallaxlayers.export;

import io.github.parallaxlayers.core.PluginInfo;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A Nuke script ({@code layers.nk}) that rebuilds the glTF scene as a 2.5D setup: per layer a Read of its PNG
 * (straight alpha, so a Premult follows) and a Card placed and scaled exactly like the glTF card; a Scene of all
 * cards; a Camera with the reference camera's focal length and film back (and, for a matched camera, its pose:
 * position, tilt and roll, principal point — the cards then carry the same rotation); and a ScanlineRender at the
 * plate's format. Knob names follow Foundry's Nuke reference guide (docs/unreal-blender.md lists the pages). Paths are
 * relative to the script's own folder ({@code [file dirname [value root.name]]}), so the export folder can move.
 */
public final class NukeScriptWriter {
    public static final String FILE = "layers.nk";

    private NukeScriptWriter() {
    }

    static void write(LayerStack stack, LayersManifest manifest, PlateCamera camera, Path file) throws IOException {
        Files.writeString(file, script(stack, manifest, camera), StandardCharsets.UTF_8);
    }

    static String script(LayerStack stack, LayersManifest manifest, PlateCamera camera) {
        List<Layer> layers = LayerStackExporter.nonEmpty(stack);
        // the frame: the camera's format; with overscan the cards' images reach beyond it
        int w = stack.frameWidth();
        int h = stack.frameHeight();
        int mx = stack.marginX();
        int my = stack.marginY();
        String format = quote(w + " " + h + " 0 0 " + w + " " + h + " 1 parallax_plate");
        StringBuilder nk = new StringBuilder();
        nk.append("#! nuke\n");
        nk.append("# Made by ").append(PluginInfo.name()).append(' ').append(PluginInfo.version())
                .append(" from ").append(stack.sourceName()).append(": one card per layer, as scene.gltf.\n");
        nk.append("version 12.0\n");
        nk.append("Root {\n inputs 0\n format ").append(format).append("\n}\n");
        double aspect = w / (double) h;
        int x = 0;
        for (int k = 0; k < layers.size(); k++) {
            Layer layer = layers.get(k);
            LayersManifest.Entry entry = manifest.layers().get(k);
            String id = nodeName(k, entry);
            LayersManifest.Bounds image = entry.image();
            nk.append("Read {\n inputs 0\n file ")
                    .append("\"[file dirname [value root.name]]/").append(entry.files().rgba()).append('"')
                    .append("\n format ").append(quote(image.width() + " " + image.height() + " 0 0 " + image.width()
                            + " " + image.height() + " 1 " + id))
                    .append("\n colorspace sRGB\n premultiplied false\n name Read_").append(id)
                    .append("\n label ").append(quote(layer.name()))
                    .append("\n xpos ").append(x).append("\n ypos 0\n}\n");
            nk.append("Premult {\n name Premult_").append(id).append("\n xpos ").append(x).append("\n ypos 100\n}\n");
            // the glTF card's rectangle in the camera's frame (around the principal point, as glTF places it):
            // a unit card (image aspect off) scaled to it, its centre carried into the scene with the camera's pose
            double[] size = GltfWriter.cardSize(layer.depthHint(), camera.verticalFov(), aspect);
            double x0 = ((image.x() - mx) / (double) w - camera.principalX()) * size[0];
            double x1 = ((image.x() - mx + image.width()) / (double) w - camera.principalX()) * size[0];
            double y1 = (camera.principalY() - (image.y() - my) / (double) h) * size[1];
            double y0 = (camera.principalY() - (image.y() - my + image.height()) / (double) h) * size[1];
            double[] centre = camera.toWorld((x0 + x1) / 2, (y0 + y1) / 2, -layer.depthHint());
            nk.append("Card2 {\n image_aspect false\n translate {").append(num(centre[0])).append(' ')
                    .append(num(centre[1])).append(' ').append(num(centre[2])).append('}');
            appendRotation(nk, camera);
            nk.append("\n scaling {")
                    .append(num(x1 - x0)).append(' ').append(num(y1 - y0)).append(" 1}\n name Card_").append(id)
                    .append("\n label ").append(quote(layer.name())).append("\n xpos ").append(x)
                    .append("\n ypos 200\n}\n");
            nk.append("set N_").append(id).append(" [stack 0]\n");
            x += 150;
        }
        // Scene takes every card: pushed back to front, so the front card is its last input
        for (int k = layers.size() - 1; k >= 0; k--) {
            nk.append("push $N_").append(nodeName(k, manifest.layers().get(k))).append('\n');
        }
        nk.append("Scene {\n inputs ").append(layers.size()).append("\n name Scene_layers\n xpos 0\n ypos 300\n}\n");
        nk.append("set N_scene [stack 0]\n");
        double nearest = layers.stream().mapToDouble(Layer::depthHint).min().orElse(1);
        double farthest = layers.stream().mapToDouble(Layer::depthHint).max().orElse(1);
        nk.append("Camera2 {\n inputs 0\n focal ").append(num(camera.focalLength()))
                .append("\n haperture ").append(num(camera.filmBackWidth()))
                .append("\n vaperture ").append(num(camera.filmBackHeight()))
                .append(cameraPose(camera))
                .append("\n near ").append(num(nearest / 10)).append("\n far ").append(num(farthest * 10))
                .append("\n name Camera_reference\n xpos 300\n ypos 300\n}\n");
        nk.append("set N_camera [stack 0]\n");
        // ScanlineRender's inputs in order: bg (none: the Root format), obj/scn, cam
        nk.append("push 0\npush $N_scene\npush $N_camera\n");
        nk.append("ScanlineRender {\n inputs 3\n format ").append(format)
                .append("\n name ScanlineRender_layers\n xpos 0\n ypos 400\n}\n");
        return nk.toString();
    }

    /**
     * A matched camera's pose on the Camera node: translate, rotate and (where the principal point is off the
     * frame's centre) win_translate. Nothing for the level camera at the origin, whose knobs are Nuke's defaults.
     */
    private static String cameraPose(PlateCamera camera) {
        if (camera.atOrigin()) {
            return "";
        }
        StringBuilder nk = new StringBuilder();
        double[] p = camera.position();
        nk.append("\n translate {").append(num(p[0])).append(' ').append(num(p[1])).append(' ').append(num(p[2]))
                .append('}');
        appendRotation(nk, camera);
        if (camera.principalX() != 0.5 || camera.principalY() != 0.5) {
            // win_translate moves the frame in screen-window units, 2 across the horizontal aperture: the frame's
            // centre lies (½ − px) widths right of and (py − ½) heights above the view axis
            nk.append("\n win_translate {").append(num(1 - 2 * camera.principalX())).append(' ')
                    .append(num((2 * camera.principalY() - 1) / camera.aspect())).append('}');
        }
        return nk.toString();
    }

    /**
     * The camera's rotation Rx(tilt) · Rz(roll) as Nuke rotate angles: with rot_order ZXY (Nuke's default, written
     * out) the Z rotation is applied first, then X, then Y, which is that same matrix.
     */
    private static void appendRotation(StringBuilder nk, PlateCamera camera) {
        if (camera.atOrigin()) {
            return;
        }
        double[] tr = camera.tiltAndRoll();
        nk.append("\n rot_order ZXY\n rotate {").append(num(tr[0])).append(" 0 ").append(num(tr[1])).append('}');
    }

    /** Node names must be identifiers: the layer's number and its file-safe name. */
    private static String nodeName(int k, LayersManifest.Entry entry) {
        return String.format(Locale.ROOT, "%02d_", k + 1)
                + FileNames.sanitize(entry.name()).replaceAll("[^A-Za-z0-9_]", "_");
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.9g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    /** A Tcl word in double quotes, taken literally: backslash, quote, dollar and brackets escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c == '$' || c == '[' || c == ']') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
