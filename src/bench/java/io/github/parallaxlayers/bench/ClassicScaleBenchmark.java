package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.eval.ClickProtocol;
import io.github.parallaxlayers.eval.Dataset;
import io.github.parallaxlayers.eval.DatasetLayout;
import io.github.parallaxlayers.eval.ImageClickResult;
import io.github.parallaxlayers.eval.Sample;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.SegmenterBackend;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The classic segmenter on large plates: GrabCut images scaled up to 1920×1080 and 3840×2160 (bilinear for the
 * plate, nearest for the truth), 5 simulated clicks each; median time per click and the peak heap (issue 6:
 * ≤ 1 s per click at 1080p; state the 4K peak heap). Run with a small heap to show the bound:
 * {@code BENCH_HEAP=512m scripts/bench.sh ClassicScaleBenchmark}
 */
public final class ClassicScaleBenchmark {

    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("parallax.shared", "../shared"), "data/grabcut");
        Dataset dataset = Dataset.open(data, DatasetLayout.GRABCUT);
        System.out.println("Classic segmenter on scaled GrabCut images, 5 clicks, " + BenchTimer.machine());
        for (int[] size : new int[][] {{1920, 1080}, {3840, 2160}}) {
            double[] ms = new double[0];
            BenchTimer.resetPeakHeap();
            for (String name : new String[] {"teddy", "banana1", "llama"}) {
                Sample sample = dataset.pairs().stream().filter(p -> p.name().equals(name)).findFirst()
                        .map(dataset::load).orElseThrow();
                Plate plate = scalePlate(sample.plate(), size[0], size[1]);
                Mask truth = scaleMask(sample.truth(), size[0], size[1]);
                Mask ignore = sample.ignore() == null ? null : scaleMask(sample.ignore(), size[0], size[1]);
                ImageClickResult r = new ClickProtocol(5).run(name, SegmenterBackend.CLASSIC.create(), plate, truth,
                        ignore, ProgressListener.NONE);
                int old = ms.length;
                ms = Arrays.copyOf(ms, old + r.msPerClick().length);
                System.arraycopy(r.msPerClick(), 0, ms, old, r.msPerClick().length);
                System.out.printf(Locale.ROOT, "  %s %dx%d: IoU after 5 clicks %.3f%n", name, size[0], size[1],
                        r.iouPerClick()[r.iouPerClick().length - 1]);
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "| %dx%d | median %.0f ms per click | peak heap %d MiB |%n", size[0], size[1],
                    ms[ms.length / 2], BenchTimer.peakHeapMiB());
        }
    }

    static Plate scalePlate(Plate plate, int w, int h) {
        int sw = plate.width();
        int sh = plate.height();
        float[][] in = plate.toChannels();
        float[][] out = new float[in.length][w * h];
        for (int y = 0; y < h; y++) {
            double fy = Math.max(0, Math.min(sh - 1.0, (y + 0.5) * sh / h - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(sh - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < w; x++) {
                double fx = Math.max(0, Math.min(sw - 1.0, (x + 0.5) * sw / w - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(sw - 1, x0 + 1);
                double tx = fx - x0;
                for (int c = 0; c < in.length; c++) {
                    float[] s = in[c];
                    double top = s[y0 * sw + x0] + tx * (s[y0 * sw + x1] - s[y0 * sw + x0]);
                    double bottom = s[y1 * sw + x0] + tx * (s[y1 * sw + x1] - s[y1 * sw + x0]);
                    out[c][y * w + x] = (float) (top + ty * (bottom - top));
                }
            }
        }
        Object blank = switch (plate.type()) {
            case GRAY8 -> new byte[w * h];
            case GRAY16 -> new short[w * h];
            case GRAY32 -> new float[w * h];
            case RGB -> new int[w * h];
            case RGB48 -> new short[3][w * h];
        };
        return new Plate(w, h, plate.type(), blank).withChannels(out);
    }

    static Mask scaleMask(Mask mask, int w, int h) {
        Mask out = Mask.empty(w, h);
        for (int y = 0; y < h; y++) {
            int sy = Math.min(mask.height() - 1, y * mask.height() / h);
            for (int x = 0; x < w; x++) {
                out.set(x, y, mask.get(Math.min(mask.width() - 1, x * mask.width() / w), sy));
            }
        }
        return out;
    }
}
