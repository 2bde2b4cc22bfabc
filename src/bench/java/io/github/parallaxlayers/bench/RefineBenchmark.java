package io.github.parallaxlayers.bench;

import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.DistanceTransform;
import io.github.parallaxlayers.refine.EdgeAwareFeather;
import io.github.parallaxlayers.refine.Feather;
import io.github.parallaxlayers.refine.FeatherMode;
import io.github.parallaxlayers.refine.MaskRefinement;

import java.util.Locale;
import java.util.Random;

/**
 * Refinement speed on a 4096×2160 mask (issue: EDT ≤ 80 ms, grow/shrink/open/close ≤ 120 ms at any radius,
 * holes/islands ≤ 60 ms, guided-filter feather ≤ 400 ms), side by side with ImageJ's own Binary › Dilate
 * repeated R times (a 3×3 step per iteration), whose cost grows with the radius.
 * Run: {@code scripts/bench.sh RefineBenchmark}
 */
public final class RefineBenchmark {

    public static void main(String[] args) {
        int w = 4096;
        int h = 2160;
        Mask mask = blobs(w, h, 7);
        Plate plate = texturedPlate(mask, 9);
        System.out.println("Refinement on a " + w + "x" + h + " mask, " + BenchTimer.machine());
        row("EDT (squared, to outside)", BenchTimer.medianMillis(2, 5, () -> DistanceTransform.squaredToOutside(mask)));
        row("fill holes (all)", BenchTimer.medianMillis(2, 5, () -> MaskRefinement.fillHoles(mask, 0)));
        row("remove islands < 500 px²", BenchTimer.medianMillis(2, 5, () -> MaskRefinement.removeIslands(mask, 500)));
        for (int r : new int[] {2, 8, 32, 128}) {
            row("grow r=" + r, BenchTimer.medianMillis(2, 5, () -> MaskRefinement.grow(mask, r)));
            row("shrink r=" + r, BenchTimer.medianMillis(2, 5, () -> MaskRefinement.shrink(mask, r)));
            row("open r=" + r, BenchTimer.medianMillis(1, 3, () -> MaskRefinement.open(mask, r)));
            row("close r=" + r, BenchTimer.medianMillis(1, 3, () -> MaskRefinement.close(mask, r)));
        }
        row("feather w=8 (distance only)", BenchTimer.medianMillis(2, 5, () -> Feather.alpha(mask, 8, FeatherMode.CENTRED)));
        row("edge-aware feather w=8, r=8 (colour guided filter)",
                BenchTimer.medianMillis(1, 3, () -> EdgeAwareFeather.alpha(mask, plate, 8, FeatherMode.CENTRED, 8, 1e-3)));
        for (int r : new int[] {2, 8, 32}) {
            double ours = BenchTimer.medianMillis(1, 3, () -> MaskRefinement.grow(mask, r));
            double imagej = BenchTimer.medianMillis(1, 3, () -> imagejDilate(mask, r));
            System.out.printf(Locale.ROOT, "| ImageJ Binary>Dilate x%d vs grow r=%d | %.0f ms vs %.0f ms | ratio %.1f |%n",
                    r, r, imagej, ours, imagej / ours);
        }
    }

    private static void row(String what, double ms) {
        System.out.printf(Locale.ROOT, "| %s | %.0f ms |%n", what, ms);
    }

    /** ImageJ's own dilation, repeated: what Process › Binary › Dilate does with iterations = r. */
    private static Object imagejDilate(Mask mask, int r) {
        ByteProcessor ip = new ByteProcessor(mask.width(), mask.height(), mask.data().clone());
        ip.setBinaryThreshold();
        for (int i = 0; i < r; i++) {
            ip.dilate(1, 0);
        }
        return ip;
    }

    /** Large blobs with holes, plus speckle islands: a busy but plausible mask. */
    static Mask blobs(int w, int h, long seed) {
        Random random = new Random(seed);
        Mask m = Mask.empty(w, h);
        for (int k = 0; k < 40; k++) {
            int cx = random.nextInt(w);
            int cy = random.nextInt(h);
            int rad = 60 + random.nextInt(300);
            disk(m, cx, cy, rad, true);
            disk(m, cx + rad / 3, cy, rad / 6, false);
        }
        for (int k = 0; k < 4000; k++) {
            disk(m, random.nextInt(w), random.nextInt(h), 1 + random.nextInt(6), random.nextBoolean());
        }
        return m;
    }

    private static void disk(Mask m, int cx, int cy, int r, boolean value) {
        for (int y = Math.max(0, cy - r); y <= Math.min(m.height() - 1, cy + r); y++) {
            for (int x = Math.max(0, cx - r); x <= Math.min(m.width() - 1, cx + r); x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                    m.set(x, y, value);
                }
            }
        }
    }

    private static Plate texturedPlate(Mask mask, long seed) {
        Random random = new Random(seed);
        int[] rgb = new int[mask.size()];
        for (int i = 0; i < rgb.length; i++) {
            int n = random.nextInt(24);
            rgb[i] = mask.get(i) ? (180 + n) << 16 | (60 + n) << 8 | 40 : 40 << 16 | (90 + n) << 8 | (200 + n);
        }
        return Plate.rgb(mask.width(), mask.height(), rgb);
    }
}
