package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Parallel;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.geometry.Vec3;
import io.github.parallaxlayers.layers.ParallaxRenderer.Frame;
import io.github.parallaxlayers.layers.ParallaxRenderer.View;
import io.github.parallaxlayers.mask.Box;

import java.util.List;

/**
 * Renders a layer stack whose cards are planes of any orientation ({@link CardPlane}: upright, ground, wall, sky):
 * each output pixel is mapped through every card's plane-induced homography to the reference pixel its texture
 * holds there (inverse mapping, bilinear, premultiplied alpha), and the hits are composited with "over" in the
 * order in which the pixel's ray meets the planes — per pixel, since a ground plane lies in front of an upright card
 * at one pixel and behind it at another. The reference view maps every pixel to itself, so it shows the layers'
 * composite unchanged; upright cards alone give what {@link ParallaxRenderer} gives. Texture coordinates beyond the
 * frame reach a stack's overscan margins. The stretch reported is the texture magnification of the nearest opaque
 * card: 1 / √|det J| of the homography's Jacobian J.
 */
public final class CardRenderer {
    /** Texture coordinates this close to a pixel centre are snapped to it, so the reference view is exact. */
    private static final double SNAP = 1e-6;

    private final LayerStack stack;
    private final List<CardPlane> planes;
    private final double focal;
    private final double principalX;
    private final double principalY;
    private final float[][] premultiplied;

    /** Cards for the layers of {@code stack}, one plane per layer in the same order. */
    public CardRenderer(LayerStack stack, List<CardPlane> planes, double verticalFovDegrees) {
        this(stack, planes, verticalFovDegrees, stack.frameWidth() / 2.0, stack.frameHeight() / 2.0);
    }

    /**
     * As above, with a matched camera's principal point (frame pixels): the cards' planes are in that camera's frame,
     * so the renderer must project through the same point.
     */
    public CardRenderer(LayerStack stack, List<CardPlane> planes, double verticalFovDegrees, double principalX,
                        double principalY) {
        if (stack.layers().isEmpty()) {
            throw new InvalidInputException("The layer stack has no layers to preview.");
        }
        if (planes.size() != stack.layers().size()) {
            throw new InvalidInputException("The stack has " + stack.layers().size() + " layers but "
                    + planes.size() + " card planes: give one plane per layer.");
        }
        this.stack = stack;
        this.planes = List.copyOf(planes);
        this.focal = stack.frameHeight() / 2.0 / Math.tan(Math.toRadians(verticalFovDegrees) / 2);
        this.principalX = principalX;
        this.principalY = principalY;
        this.premultiplied = ParallaxRenderer.premultiplied(stack);
    }

    /** The cards of a stack's layers: each layer's own ({@link Layer#plane()}: its card, or upright at its depth hint). */
    public static List<CardPlane> planes(LayerStack stack) {
        return stack.layers().stream().map(Layer::plane).toList();
    }

    public Frame render(View view, int width, int height, ProgressListener progress) {
        int w = stack.width();
        int h = stack.height();
        int mx = stack.marginX();
        int my = stack.marginY();
        int n = planes.size();
        Vec3 position = new Vec3(view.x(), view.y(), view.z());
        double[][] hom = new double[n][];
        double[][] row = new double[n][];
        double[] reach = new double[n];
        double[][] bounds = new double[n][];
        for (int l = 0; l < n; l++) {
            CardPlane plane = planes.get(l);
            double[][] m = plane.homography(view.rotation(), position, focal, principalX, principalY);
            hom[l] = new double[] {m[0][0], m[0][1], m[0][2], m[1][0], m[1][1], m[1][2], m[2][0], m[2][1], m[2][2]};
            row[l] = plane.rayRow(view.rotation(), focal, principalX, principalY);
            reach[l] = plane.reach(position);
            Box b = stack.layers().get(l).bounds();
            bounds[l] = b == null ? null : new double[] {b.x() - 1, b.y() - 1, b.x() + b.width() + 1, b.y() + b.height() + 1};
        }
        int[] out = new int[width * height];
        float[] coverage = new float[width * height];
        float[] stretchOut = new float[width * height];
        double outScale = height / (double) stack.frameHeight();
        Parallel.rows(height, (from, to) -> {
            double[] hitT = new double[n];
            int[] order = new int[n];
            double[] texX = new double[n];
            double[] texY = new double[n];
            double[] jac = new double[n];
            float[] sample = new float[4];
            for (int py = from; py < to; py++) {
                double v = (py + 0.5) / outScale;
                for (int px = 0; px < width; px++) {
                    double u = (px + 0.5) / outScale;
                    int hits = 0;
                    for (int l = 0; l < n; l++) {
                        if (bounds[l] == null) {
                            continue;
                        }
                        double[] a = row[l];
                        double nd = a[0] * u + a[1] * v + a[2];
                        double t = reach[l] / nd;
                        if (!(t > 0) || Double.isInfinite(t)) {
                            continue; // the ray never meets the plane in front of the camera
                        }
                        double[] m = hom[l];
                        double bigW = m[6] * u + m[7] * v + m[8];
                        if (!(bigW / nd > 0)) {
                            continue; // the plane's point lies behind the reference camera: no texture there
                        }
                        double tu = (m[0] * u + m[1] * v + m[2]) / bigW + mx;
                        double tv = (m[3] * u + m[4] * v + m[5]) / bigW + my;
                        double[] r = bounds[l];
                        if (tu < 0 || tv < 0 || tu > w || tv > h || tu < r[0] || tv < r[1] || tu > r[2] || tv > r[3]) {
                            continue;
                        }
                        // insertion by ray distance: the nearest plane first
                        int k = hits++;
                        while (k > 0 && hitT[k - 1] > t) {
                            hitT[k] = hitT[k - 1];
                            order[k] = order[k - 1];
                            texX[k] = texX[k - 1];
                            texY[k] = texY[k - 1];
                            jac[k] = jac[k - 1];
                            k--;
                        }
                        hitT[k] = t;
                        order[k] = l;
                        texX[k] = tu;
                        texY[k] = tv;
                        jac[k] = jacobian(m, bigW, outScale);
                    }
                    double cr = 0;
                    double cg = 0;
                    double cb = 0;
                    double ca = 0;
                    double stretch = 0;
                    for (int k = 0; k < hits && ca < 0.999; k++) {
                        ParallaxRenderer.sample(premultiplied[order[k]], w, h, snap(texX[k] - 0.5), snap(texY[k] - 0.5),
                                sample);
                        double keep = 1 - ca;
                        cr += keep * sample[0];
                        cg += keep * sample[1];
                        cb += keep * sample[2];
                        if (sample[3] > 0.5 && stretch == 0) {
                            stretch = 1 / Math.sqrt(Math.abs(jac[k]));
                        }
                        ca += keep * sample[3];
                    }
                    int i = py * width + px;
                    coverage[i] = (float) ca;
                    stretchOut[i] = (float) stretch;
                    if (ca > 0) {
                        out[i] = ParallaxRenderer.clamp(cr / ca) << 16 | ParallaxRenderer.clamp(cg / ca) << 8
                                | ParallaxRenderer.clamp(cb / ca);
                    }
                }
            }
        });
        progress.checkCancelled();
        return Frame.of(out, coverage, stretchOut);
    }

    /**
     * det of the Jacobian of (u, v) ↦ (U / W, V / W) per output pixel: det(H) / W³, in texture pixels² per
     * output pixel² (the output's pixels are 1 / outScale plate pixels).
     */
    private static double jacobian(double[] m, double bigW, double outScale) {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
        return det / (bigW * bigW * bigW) / (outScale * outScale);
    }

    private static double snap(double x) {
        double r = Math.rint(x);
        return Math.abs(x - r) < SNAP ? r : x;
    }
}
