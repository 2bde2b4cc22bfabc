package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Parallel;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a layer stack as cards under a pinhole camera — the same scene as the glTF export: the reference camera
 * at the origin looking down −Z, each card at z = −depth filling the reference view. Per output pixel a ray meets
 * every card; the hits are composited front to back with the "over" operator (the same result as back-to-front),
 * each sampled bilinearly with premultiplied alpha. Per frame it reports the fraction of pixels no layer covers
 * (holes) and the largest texture stretch (how much the nearest opaque card is magnified relative to the
 * reference view: above 1 its texture gets soft). The camera is the frame's; a stack with overscan has cards that
 * reach its margins beyond the frame, so a move shows them instead of empty borders.
 */
public final class ParallaxRenderer {

    /** One rendered frame: packed RGB pixels, holes (0–1) and maximum stretch. */
    public record Frame(int[] rgb, double holeFraction, double maxStretch) {
        /** A frame from its pixels, each pixel's alpha coverage (a hole under one half) and texture stretch. */
        static Frame of(int[] rgb, float[] coverage, float[] stretch) {
            int holes = 0;
            double maxStretch = 0;
            for (int i = 0; i < rgb.length; i++) {
                if (coverage[i] < 0.5) {
                    holes++;
                }
                maxStretch = Math.max(maxStretch, stretch[i]);
            }
            return new Frame(rgb, holes / (double) rgb.length, maxStretch);
        }
    }

    private final LayerStack stack;
    private final double focal; // px of the stack
    private final double principalX;
    private final double principalY;
    private final float[][] premultiplied; // per layer: 4 floats per pixel (r, g, b, a), premultiplied

    public ParallaxRenderer(LayerStack stack, double verticalFovDegrees) {
        this(stack, verticalFovDegrees, stack.frameWidth() / 2.0, stack.frameHeight() / 2.0);
    }

    /**
     * A renderer for a plate whose view axis meets it at ({@code principalX}, {@code principalY}) px of the frame
     * (a matched camera's principal point; the centre otherwise).
     */
    public ParallaxRenderer(LayerStack stack, double verticalFovDegrees, double principalX, double principalY) {
        if (stack.layers().isEmpty()) {
            throw new InvalidInputException("The layer stack has no layers to preview.");
        }
        for (Layer layer : stack.layers()) {
            if (!(layer.depthHint() > 0)) {
                throw new InvalidInputException("Layer '" + layer.name() + "' has depth " + layer.depthHint()
                        + "; cards need a depth > 0 (Set Layer Depth).");
            }
        }
        this.stack = stack;
        this.focal = stack.frameHeight() / 2.0 / Math.tan(Math.toRadians(verticalFovDegrees) / 2);
        this.principalX = principalX;
        this.principalY = principalY;
        this.premultiplied = premultiplied(stack);
    }

    /** Per layer: 4 floats per pixel (r, g, b, a), the colour multiplied by alpha. */
    static float[][] premultiplied(LayerStack stack) {
        float[][] out = new float[stack.layers().size()][];
        for (int l = 0; l < stack.layers().size(); l++) {
            int[] argb = stack.layers().get(l).argb();
            float[] p = new float[argb.length * 4];
            for (int i = 0; i < argb.length; i++) {
                float a = (argb[i] >>> 24) / 255f;
                p[4 * i] = ((argb[i] >> 16) & 255) * a;
                p[4 * i + 1] = ((argb[i] >> 8) & 255) * a;
                p[4 * i + 2] = (argb[i] & 255) * a;
                p[4 * i + 3] = a;
            }
            out[l] = p;
        }
        return out;
    }

    /** The depth of the farthest card: the pivot of orbits. */
    public double pivotDepth() {
        return stack.layers().stream().mapToDouble(Layer::depthHint).max().orElse(1);
    }

    /** Camera poses for {@code frames} frames of a move from −amount to +amount. */
    public List<Pose> path(CameraMove move, double amount, int frames) {
        if (frames < 1) {
            throw new InvalidInputException("frames= must be at least 1.");
        }
        List<Pose> poses = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            double t = frames == 1 ? 1 : -1 + 2.0 * f / (frames - 1);
            double v = amount * t;
            poses.add(switch (move) {
                case SHIFT -> new Pose(v, 0, 0, 0);
                case PEDESTAL -> new Pose(0, v, 0, 0);
                case PUSH -> new Pose(0, 0, -v, 0);
                case ORBIT -> {
                    double angle = Math.toRadians(v);
                    double pivot = pivotDepth();
                    // on a circle around (0, 0, −pivot), still looking at it
                    yield new Pose(pivot * Math.sin(angle), 0, -pivot + pivot * Math.cos(angle), angle);
                }
            });
        }
        return poses;
    }

    /**
     * A camera position and a yaw (rotation about +Y, positive turns the view towards −X... i.e. the camera on
     * the +X side looks back at the pivot).
     */
    public record Pose(double x, double y, double z, double yaw) {
    }

    /**
     * Any pinhole camera with the reference camera's field of view, in the reference camera's frame (x right, y up,
     * looking down −z from the origin): its position and its camera-to-reference rotation (row-major; columns are
     * its right, up and back axes). A novel-view benchmark turns a target camera into one with
     * {@code geometry.Camera.relativeRotation} and {@code relativePosition}.
     */
    public record View(double[][] rotation, double x, double y, double z) {
    }

    /** The view of a pose: its position, turned by its yaw about +Y. */
    public static View view(Pose pose) {
        double c = Math.cos(pose.yaw());
        double s = Math.sin(pose.yaw());
        return new View(new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}}, pose.x(), pose.y(), pose.z());
    }

    public Frame render(Pose pose, int width, int height, ProgressListener progress) {
        return render(view(pose), width, height, progress);
    }

    public Frame render(View pose, int width, int height, ProgressListener progress) {
        int w = stack.width();
        int h = stack.height();
        int mx = stack.marginX(); // texture x = frame x + mx
        int my = stack.marginY();
        int n = stack.layers().size();
        double[] depth = new double[n];
        // Texture-space bounds (one texel of bilinear reach around the layer's pixels): rays outside skip the sample.
        double[][] reach = new double[n][];
        for (int l = 0; l < n; l++) {
            Layer layer = stack.layers().get(l);
            depth[l] = layer.depthHint();
            Box b = layer.bounds();
            reach[l] = b == null ? null : new double[] {b.x() - 1, b.y() - 1, b.x() + b.width() + 1, b.y() + b.height() + 1};
        }
        // Every ray meets the cards in order of depth (t = (−depth − z) / dz with dz shared by all cards), so the
        // front-to-back order is fixed for the whole frame.
        Integer[] byDepth = new Integer[n];
        for (int l = 0; l < n; l++) {
            byDepth[l] = l;
        }
        java.util.Arrays.sort(byDepth, java.util.Comparator.comparingDouble(l -> depth[l]));
        double[][] m = pose.rotation();
        int[] out = new int[width * height];
        float[] coverage = new float[width * height];
        float[] stretchOut = new float[width * height];
        double outScale = height / (double) stack.frameHeight(); // output pixels per plate pixel
        Parallel.rows(height, (from, to) -> {
            double[] hitT = new double[n];
            int[] order = new int[n];
            double[] texX = new double[n];
            double[] texY = new double[n];
            float[] sample = new float[4];
            for (int py = from; py < to; py++) {
                for (int px = 0; px < width; px++) {
                    double cx = ((px + 0.5) / outScale - principalX) / focal;
                    double cy = (principalY - (py + 0.5) / outScale) / focal;
                    // camera-space ray (cx, cy, −1) rotated into the reference camera's frame
                    double dx = m[0][0] * cx + m[0][1] * cy - m[0][2];
                    double dy = m[1][0] * cx + m[1][1] * cy - m[1][2];
                    double dz = m[2][0] * cx + m[2][1] * cy - m[2][2];
                    int hits = 0;
                    for (int k0 = 0; k0 < n; k0++) {
                        int l = byDepth[k0];
                        if (reach[l] == null) {
                            continue;
                        }
                        double t = (-depth[l] - pose.z()) / dz;
                        if (t <= 0) {
                            continue;
                        }
                        double x = pose.x() + t * dx;
                        double y = pose.y() + t * dy;
                        double u = principalX + focal * x / depth[l] + mx;
                        double v = principalY - focal * y / depth[l] + my;
                        if (u < 0 || v < 0 || u > w || v > h) {
                            continue;
                        }
                        double[] r = reach[l];
                        if (u < r[0] || v < r[1] || u > r[2] || v > r[3]) {
                            continue; // transparent there: no colour, no coverage
                        }
                        int k = hits++;
                        hitT[k] = t;
                        order[k] = l;
                        texX[k] = u;
                        texY[k] = v;
                    }
                    double r = 0;
                    double g = 0;
                    double b = 0;
                    double a = 0;
                    double stretch = 0;
                    for (int k = 0; k < hits && a < 0.999; k++) {
                        int l = order[k];
                        sample(premultiplied[l], w, h, texX[k] - 0.5, texY[k] - 0.5, sample);
                        double keep = 1 - a;
                        r += keep * sample[0];
                        g += keep * sample[1];
                        b += keep * sample[2];
                        if (sample[3] > 0.5 && stretch == 0) {
                            stretch = stretchAt(hitT[k], dz, depth[l]);
                        }
                        a += keep * sample[3];
                    }
                    int i = py * width + px;
                    coverage[i] = (float) a;
                    stretchOut[i] = (float) stretch;
                    if (a > 0) {
                        out[i] = clamp(r / a) << 16 | clamp(g / a) << 8 | clamp(b / a);
                    }
                }
            }
        });
        progress.checkCancelled();
        return Frame.of(out, coverage, stretchOut);
    }

    /**
     * How much a card is magnified where a ray meets it, relative to the reference view: the card was made for
     * viewing from distance {@code depth} along the axis; seen from {@code t·|dz|} instead, one texture pixel
     * covers depth / (t·|dz|) output pixels. Above 1 the card's texture is stretched (it gets soft).
     */
    private static double stretchAt(double t, double dz, double depth) {
        return depth / (t * Math.abs(dz));
    }

    /** Bilinear sample of premultiplied RGBA at continuous pixel coordinates (pixel centres at integers). */
    static void sample(float[] p, int w, int h, double x, double y, float[] out) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        java.util.Arrays.fill(out, 0f);
        accumulate(p, w, h, x0, y0, (1 - fx) * (1 - fy), out);
        accumulate(p, w, h, x0 + 1, y0, fx * (1 - fy), out);
        accumulate(p, w, h, x0, y0 + 1, (1 - fx) * fy, out);
        accumulate(p, w, h, x0 + 1, y0 + 1, fx * fy, out);
    }

    private static void accumulate(float[] p, int w, int h, int x, int y, float weight, float[] out) {
        int cx = Math.max(0, Math.min(w - 1, x));
        int cy = Math.max(0, Math.min(h - 1, y));
        int i = 4 * (cy * w + cx);
        out[0] += weight * p[i];
        out[1] += weight * p[i + 1];
        out[2] += weight * p[i + 2];
        out[3] += weight * p[i + 3];
    }

    static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) Math.round(v);
    }
}
