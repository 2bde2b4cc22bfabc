package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.CameraMatch;
import io.github.parallaxlayers.geometry.GroundPlacement;
import io.github.parallaxlayers.geometry.LineGroup;
import io.github.parallaxlayers.geometry.SyntheticLines;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scene geometry speed on a 3840×2160 plate (issue 17: Match Camera and Place Layers on Ground under 200 ms):
 * the camera from three directions of eight lines each (0.5 px noise), and ground placement of eight layers —
 * sky, six objects standing at 4–20 m (rasterised by ray casting with the true camera) and the background.
 * Run: {@code scripts/bench.sh GeometryBenchmark}
 */
public final class GeometryBenchmark {

    public static void main(String[] args) {
        int w = 3840;
        int h = 2160;
        Camera truth = new Camera(w, h, 45, w / 2.0, h / 2.0, -3, 1.5, 1.6, "m");
        SyntheticLines scene = new SyntheticLines(truth, 3, 0.5);
        List<LineGroup> groups = List.of(scene.group("x", SyntheticLines.horizontal(30), 8, 4),
                scene.group("z", SyntheticLines.horizontal(120), 8, 4),
                scene.group("vertical", new Vec3(0, 1, 0), 8, 2));
        System.out.println("Scene geometry on a " + w + "x" + h + " plate, " + BenchTimer.machine());
        row("Match Camera: 3 directions × 8 lines",
                BenchTimer.medianMillis(20, 51, () -> CameraMatch.fromLines(groups, w, h, Double.NaN, 1.6, "m")));
        List<Mask> masks = layers(truth);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < masks.size(); i++) {
            names.add(i == 0 ? "sky" : i == masks.size() - 1 ? "background" : "object-" + i);
        }
        List<Mask> frontFirst = new ArrayList<>(masks.subList(1, masks.size()));
        frontFirst.add(masks.get(0));
        List<String> frontNames = new ArrayList<>(names.subList(1, names.size()));
        frontNames.add(names.get(0));
        row("Place Layers on Ground: " + masks.size() + " layers",
                BenchTimer.medianMillis(3, 11, () -> GroundPlacement.place(truth, frontFirst, frontNames, 10, 2,
                        ProgressListener.NONE)));
        for (GroundPlacement.Placement p : GroundPlacement.place(truth, frontFirst, frontNames, 10, 2,
                ProgressListener.NONE)) {
            System.out.printf(Locale.ROOT, "  %s: %s depth %.3f distance %.3f height %.3f%n", p.name(), p.kind(),
                    p.depth(), p.distance(), p.height());
        }
    }

    /** Sky, six 0.8 m × 1.8 m boards from 4 to 20 m (front first), and the rest as background. */
    private static List<Mask> layers(Camera camera) {
        int w = camera.width();
        int h = camera.height();
        List<Mask> masks = new ArrayList<>();
        byte[] sky = new byte[w * h];
        byte[] taken = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (y < camera.horizonY(x) - 200) {
                    sky[y * w + x] = Mask.ON;
                    taken[y * w + x] = 1;
                }
            }
        }
        masks.add(Mask.wrap(w, h, sky));
        double[] distances = {4, 6, 8, 11, 15, 20};
        for (int k = 0; k < distances.length; k++) {
            byte[] m = new byte[w * h];
            double x0 = -3 + k;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    Vec3 d = camera.ray(x + 0.5, y + 0.5);
                    double t = (-distances[k] - camera.position().z()) / d.z();
                    Vec3 p = camera.position().plus(d.times(t));
                    if (taken[y * w + x] == 0 && p.x() >= x0 && p.x() <= x0 + 0.8 && p.y() >= 0 && p.y() <= 1.8) {
                        m[y * w + x] = Mask.ON;
                        taken[y * w + x] = 1;
                    }
                }
            }
            masks.add(Mask.wrap(w, h, m));
        }
        byte[] rest = new byte[w * h];
        for (int i = 0; i < rest.length; i++) {
            rest[i] = taken[i] == 0 ? Mask.ON : 0;
        }
        masks.add(Mask.wrap(w, h, rest));
        return masks;
    }

    private static void row(String what, double ms) {
        System.out.printf(Locale.ROOT, "| %s | %.1f ms |%n", what, ms);
    }
}
