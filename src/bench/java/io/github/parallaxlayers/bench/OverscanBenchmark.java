package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.fill.Outpainting;
import io.github.parallaxlayers.fill.PatchMatchInpainter;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.layers.OverscanLayers;
import io.github.parallaxlayers.mask.Mask;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The overscan step of Build Layer Stack ({@code overscan=N}) on a plate resized to W×H: the farthest layers'
 * colours, the outpainting of the four margins with the embedded patch fill, and the larger layers. A foreground
 * layer (a centred box of a fifth of the plate) stands in front of a full background card.
 * <pre>scripts/bench.sh OverscanBenchmark [width height percent runs]</pre>
 */
public final class OverscanBenchmark {
    private static final String SHARED = System.getProperty("parallax.shared", "../shared");

    public static void main(String[] args) throws Exception {
        int w = args.length > 0 ? Integer.parseInt(args[0]) : 3840;
        int h = args.length > 1 ? Integer.parseInt(args[1]) : 2160;
        double percent = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Plate photo = BenchImages.readRgb(new File(SHARED, "data/photos/wikimedia/006_packard_factory_detroit.png"));
        System.out.println(BenchTimer.machine());
        // warm the JIT on a small plate
        time(stack(BenchImages.resizeBilinear(photo, 480, 270)), percent);
        LayerStack stack = stack(BenchImages.resizeBilinear(photo, w, h));
        double[] seconds = new double[runs];
        long peak = 0;
        for (int r = 0; r < runs; r++) {
            BenchTimer.resetPeakHeap();
            seconds[r] = time(stack, percent);
            peak = Math.max(peak, BenchTimer.peakHeapMiB());
            System.out.printf(Locale.ROOT, "run %d: %.2f s%n", r + 1, seconds[r]);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%dx%d, overscan %.0f %% per side (margins %d x %d px): median %.2f s over %d "
                        + "runs (%s), peak heap %d MiB%n", w, h, percent, OverscanLayers.margin(w, percent),
                OverscanLayers.margin(h, percent), sorted[runs / 2], runs, Arrays.toString(seconds), peak);
    }

    private static LayerStack stack(Plate plate) {
        int w = plate.width();
        int h = plate.height();
        Mask box = Mask.empty(w, h);
        for (int y = 2 * h / 5; y < 3 * h / 5; y++) {
            for (int x = 2 * w / 5; x < 3 * w / 5; x++) {
                box.set(y * w + x, true);
            }
        }
        return LayerStackBuilder.build("bench", plate, List.of(box, Mask.full(w, h)), List.of("box", "background"),
                null);
    }

    private static double time(LayerStack stack, double percent) {
        long t0 = System.nanoTime();
        int mx = OverscanLayers.margin(stack.width(), percent);
        int my = OverscanLayers.margin(stack.height(), percent);
        Plate extended = Outpainting.extend(OverscanLayers.farthestColours(stack), mx, my, new PatchMatchInpainter(),
                ProgressListener.NONE);
        LayerStack wide = OverscanLayers.extend(stack, mx, my, extended);
        if (wide.width() != stack.width() + 2 * mx) {
            throw new IllegalStateException("wrong canvas");
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
