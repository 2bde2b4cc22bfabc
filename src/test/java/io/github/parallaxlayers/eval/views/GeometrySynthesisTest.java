package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.geometry.CardKind;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small street ray-cast by hand: a textured ground under a camera 1.6 m high, a facade 2 m to the left receding
 * down the view axis, a post 5 m ahead, a far sky. The geometry method must find the ground, the facade as a wall,
 * the post upright and the sky, and show moved views far closer to the truth than Auto Layers' cards.
 */
class GeometrySynthesisTest {
    private static final int W = 160;
    private static final int H = 120;
    private static final PinholeCamera CAMERA = new PinholeCamera(W, H, 50);
    private static final double HEIGHT = 1.6;

    /** {rgb, planar depth} seen at a pixel of the camera at pose. */
    private static double[] trace(int px, int py, Pose pose) {
        double f = CAMERA.focal();
        double kx = (px + 0.5 - W / 2.0) / f;
        double ky = (H / 2.0 - py - 0.5) / f;
        double c = Math.cos(pose.yaw());
        double s = Math.sin(pose.yaw());
        Vec3 d = new Vec3(c * kx - s, ky, -s * kx - c);
        Vec3 o = new Vec3(pose.x(), pose.y(), pose.z());
        double best = Double.POSITIVE_INFINITY;
        int surface = -1;
        double t;
        t = (-HEIGHT - o.y()) / d.y(); // ground
        if (t > 0 && t < best) {
            best = t;
            surface = 0;
        }
        t = (-2 - o.x()) / d.x(); // facade x = −2, up to 6 m high
        if (t > 0 && t < best && o.y() + t * d.y() < 6) {
            best = t;
            surface = 1;
        }
        t = (-5 - o.z()) / d.z(); // post at z = −5
        if (t > 0 && t < best) {
            Vec3 p = o.plus(d.times(t));
            if (p.x() > 0.3 && p.x() < 0.7 && p.y() < 1.0) {
                best = t;
                surface = 2;
            }
        }
        t = (-200 - o.z()) / d.z();
        if (t > 0 && t < best) {
            best = t;
            surface = 3;
        }
        Vec3 p = o.plus(d.times(best));
        double g = switch (surface) {
            case 0 -> 120 + 60 * Math.sin(4 * p.x()) * Math.cos(4 * p.z());
            case 1 -> 90 + 70 * Math.sin(3 * p.z()) * Math.sin(5 * p.y());
            case 2 -> 200 + 40 * Math.sin(20 * p.y());
            default -> 230 - p.y() / 3;
        };
        int v = (int) Math.round(Math.max(0, Math.min(255, g)));
        int rgb = switch (surface) {
            case 0 -> v << 16 | v << 8 | v;
            case 1 -> v << 16 | (v / 2) << 8 | 40;
            case 2 -> 60 << 16 | v << 8 | 60;
            default -> 120 << 16 | 170 << 8 | v;
        };
        return new double[] {rgb, best}; // the ray's z component is −1 in the camera: t is the planar depth
    }

    private record Rendered(int[] rgb, float[] depth) {
    }

    private static Rendered view(Pose pose) {
        int[] rgb = new int[W * H];
        float[] depth = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double[] r = trace(x, y, pose);
                rgb[y * W + x] = (int) r[0];
                depth[y * W + x] = (float) r[1];
            }
        }
        return new Rendered(rgb, depth);
    }

    private static ViewScene scene(List<Pose> poses) {
        Rendered reference = view(new Pose(0, 0, 0, 0));
        float[] inverse = new float[W * H];
        for (int i = 0; i < inverse.length; i++) {
            inverse[i] = 1 / reference.depth()[i];
        }
        List<TargetView> targets = new ArrayList<>();
        for (Pose pose : poses) {
            Rendered truth = view(pose);
            targets.add(new TargetView("v" + targets.size(), "move", 0, pose, truth.rgb(), truth.depth()));
        }
        return new ViewScene("street", CAMERA, reference.rgb(), inverse, reference.depth(), targets,
                new Visibility.Tolerance(0.02, 0), CardPlane.ground(new Vec3(0, 1, 0), HEIGHT));
    }

    private static double psnr(int[] a, int[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int s = 0; s < 24; s += 8) {
                double d = (a[i] >> s & 255) - (b[i] >> s & 255);
                sum += d * d;
            }
        }
        return 10 * Math.log10(255.0 * 255 / (sum / (3.0 * a.length)));
    }

    @Test
    void theLayoutFindsTheGroundTheFacadeThePostAndTheSky() {
        ViewScene scene = scene(List.of());
        int[] slabs = new int[W * H]; // one slab: the surfaces must come from the planes, not the slabs
        CardLayout layout = CardLayout.of(CAMERA, scene.depth(), slabs, 1, scene.ground());
        List<CardKind> kinds = layout.planes().stream().map(CardPlane::kind).toList();
        assertTrue(kinds.contains(CardKind.GROUND), kinds.toString());
        assertEquals(CardKind.SKY, kinds.get(kinds.size() - 1), kinds.toString());
        CardPlane wall = layout.planes().get(kinds.indexOf(CardKind.WALL));
        assertEquals(1, Math.abs(wall.normal().x()), 1e-3, wall.toString());
        assertEquals(2, Math.abs(wall.distance()), 0.02, wall.toString());
        // the facade's pixels are all the wall's (or the ground's, at its foot where both planes meet)
        int onWall = 0;
        int wallIndex = kinds.indexOf(CardKind.WALL);
        int groundIndex = kinds.indexOf(CardKind.GROUND);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < 20; x++) {
                double[] r = trace(x, y, new Pose(0, 0, 0, 0));
                if (((int) r[0] & 255) == 40 && layout.owner()[y * W + x] != wallIndex
                        && layout.owner()[y * W + x] != groundIndex) {
                    onWall++;
                }
            }
        }
        assertEquals(0, onWall, "facade pixels on another card");
    }

    @Test
    void perSlabCardsKeepAFacadeCutIntoAsManyCardsAsSlabsItCrosses() {
        ViewScene scene = scene(List.of());
        int[] slabs = new int[W * H];
        for (int i = 0; i < slabs.length; i++) {
            float d = scene.depth()[i];
            slabs[i] = d < 6 ? 0 : d < 20 ? 1 : 2; // near, middle, far: the facade and the ground cross all three
        }
        CardLayout cut = CardLayout.perSlab(CAMERA, scene.depth(), slabs, 3, scene.ground());
        assertEquals(3, cut.planes().size(), cut.names().toString());
        CardLayout merged = CardLayout.of(CAMERA, scene.depth(), slabs, 3, scene.ground());
        long walls = merged.planes().stream().filter(p -> p.kind() == CardKind.WALL).count();
        assertEquals(1, walls, merged.names().toString());
        assertEquals(1, merged.planes().stream().filter(p -> p.kind() == CardKind.GROUND).count());
        // no slab is mostly ground or mostly one facade, so none of the three cards is the ground's plane
        assertTrue(cut.planes().stream().noneMatch(p -> p.kind() == CardKind.GROUND), cut.planes().toString());
    }

    @Test
    void movedViewsAreCloserToTheTruthThanAutoLayersCards() {
        double angle = Math.toRadians(10);
        List<Pose> poses = List.of(new Pose(0.4, 0, 0, 0), new Pose(0, 0, -0.8, 0),
                new Pose(4 * Math.sin(angle), 0, -4 + 4 * Math.cos(angle), angle));
        ViewScene scene = scene(poses);
        Synthesis.Prepared geometry = new GeometrySynthesis(io.github.parallaxlayers.fill.FillBackend.TELEA, 10, false)
                .prepare(scene, ProgressListener.NONE);
        Synthesis.Prepared layers = new LayerSynthesis(io.github.parallaxlayers.fill.FillBackend.TELEA)
                .prepare(scene, ProgressListener.NONE);
        Synthesis.View reference = geometry.render(new TargetView("reference", "none", 0, new Pose(0, 0, 0, 0),
                scene.rgb(), scene.depth()), ProgressListener.NONE);
        assertEquals(Double.POSITIVE_INFINITY, psnr(reference.rgb(), scene.rgb()), "the reference view is unchanged");
        for (TargetView target : scene.views()) {
            double g = psnr(geometry.render(target, ProgressListener.NONE).rgb(), target.rgb());
            double l = psnr(layers.render(target, ProgressListener.NONE).rgb(), target.rgb());
            System.out.println("geometry " + g + " dB, layers " + l + " dB at " + target.pose());
            assertTrue(g > l + 2, "geometry " + g + " dB, layers " + l + " dB at " + target.pose());
        }
    }
}
