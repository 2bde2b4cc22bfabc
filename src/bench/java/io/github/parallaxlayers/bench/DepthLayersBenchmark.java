package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.depth.AutoLayers;
import io.github.parallaxlayers.depth.AutoLayersSettings;
import io.github.parallaxlayers.depth.DepthKind;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.depth.DepthOrdering;
import io.github.parallaxlayers.depth.DepthPlanes;
import io.github.parallaxlayers.depth.NaturalBreaks;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Depth clustering and plane snapping on a 1920×1080 plate (issue 10: ≤ 1.5 s on 2 cores, network excluded): the
 * Middlebury 2014 motorcycle view and its true disparity, each resized to 1920×1080, through Auto Layers with the
 * default settings (automatic plane count, superpixels from colour) and with depth in the superpixels, plus the clustering alone and Order Layers by Depth on the planes.
 * Run: {@code scripts/bench.sh DepthLayersBenchmark}
 */
public final class DepthLayersBenchmark {

    public static void main(String[] args) throws IOException {
        Path scene = Path.of(System.getProperty("parallax.shared", "../shared"), "data", "depth",
                "middlebury2014_motorcycle_skimage");
        int w = 1920;
        int h = 1080;
        Plate plate = rgb(ImageIO.read(scene.resolve("motorcycle_left.png").toFile()), w, h);
        DepthMap depth = disparity(ImageIO.read(scene.resolve("motorcycle_disp_x256.png").toFile()), w, h);
        System.out.println("Depth layers on a " + w + "x" + h + " plate (motorcycle, true disparity), "
                + BenchTimer.machine());
        DepthPlanes[] last = new DepthPlanes[1];
        row("clustering alone (1024-bin histogram, Fisher DP for N = 1..5)", BenchTimer.medianMillis(2, 5, () -> {
            NaturalBreaks histogram = NaturalBreaks.histogram(depth.values(), 1024);
            for (int k = 1; k <= 5; k++) {
                histogram.classify(k);
            }
            return histogram;
        }));
        row("Auto Layers: clustering + automatic N + SLIC regions + snapping + masks",
                BenchTimer.medianMillis(2, 5, () -> last[0] = AutoLayers.split(plate, depth,
                        AutoLayersSettings.DEFAULTS, ProgressListener.NONE)));
        System.out.println("planes: " + last[0].masks().size() + " " + last[0].names());
        row("Auto Layers with depth_weight 0.25", BenchTimer.medianMillis(2, 5, () -> AutoLayers.split(plate, depth,
                AutoLayersSettings.DEFAULTS.withDepthWeight(0.25), ProgressListener.NONE)));
        stages(plate, depth);
        row("Order Layers by Depth on those planes (border 3)", BenchTimer.medianMillis(2, 5,
                () -> DepthOrdering.order(last[0].masks(), last[0].names(), depth, 3, 0.25, ProgressListener.NONE)));
    }

    /** One more run with a listener that stamps the time of each stage's first progress message. */
    private static void stages(Plate plate, DepthMap depth) {
        java.util.LinkedHashMap<String, Long> first = new java.util.LinkedHashMap<>();
        long start = System.nanoTime();
        AutoLayers.split(plate, depth, AutoLayersSettings.DEFAULTS, new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                first.putIfAbsent(message, System.nanoTime());
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        long end = System.nanoTime();
        String previous = null;
        long previousTime = start;
        for (var e : first.entrySet()) {
            if (previous != null) {
                System.out.printf(Locale.ROOT, "  stage %-30s %5.0f ms%n", previous, (e.getValue() - previousTime) / 1e6);
            }
            previous = e.getKey();
            previousTime = e.getValue();
        }
        System.out.printf(Locale.ROOT, "  stage %-30s %5.0f ms%n", previous, (end - previousTime) / 1e6);
    }

    private static void row(String what, double ms) {
        System.out.printf(Locale.ROOT, "| %s | %.0f ms |%n", what, ms);
    }

    private static Plate rgb(BufferedImage image, int w, int h) {
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return Plate.rgb(w, h, scaled.getRGB(0, 0, w, h, null, 0, w));
    }

    /** Nearest-neighbour resize, so unknown (0) pixels stay unknown rather than blending into their neighbours. */
    private static DepthMap disparity(BufferedImage image, int w, int h) {
        Raster raster = image.getRaster();
        int sw = image.getWidth();
        int sh = image.getHeight();
        float[] values = new float[w * h];
        for (int y = 0; y < h; y++) {
            int sy = Math.min(sh - 1, (int) ((y + 0.5) * sh / h));
            for (int x = 0; x < w; x++) {
                int sx = Math.min(sw - 1, (int) ((x + 0.5) * sw / w));
                values[y * w + x] = raster.getSample(sx, sy, 0);
            }
        }
        return DepthMap.fromPlate(new Plate(w, h, io.github.parallaxlayers.core.PixelType.GRAY32, values),
                DepthKind.DISPARITY, true);
    }
}
