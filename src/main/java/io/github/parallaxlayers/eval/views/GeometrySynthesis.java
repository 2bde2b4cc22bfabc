package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.depth.AutoLayers;
import io.github.parallaxlayers.depth.AutoLayersSettings;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.depth.DepthPlanes;
import io.github.parallaxlayers.fill.FillBackend;
import io.github.parallaxlayers.fill.Inpainter;
import io.github.parallaxlayers.fill.Outpainting;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.layers.CardRenderer;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.OverscanLayers;
import io.github.parallaxlayers.layers.ParallaxRenderer;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;

/**
 * Scene geometry: the reference's surfaces as ground, wall, upright and sky cards ({@link CardLayout}, from Auto
 * Layers' slabs and the same true depth every method gets; the ground from the scene's camera, as Match Camera
 * gives it on a real plate), each card's texture the reference on its plane, rendered through the planes'
 * homographies ({@link CardRenderer}).
 * <p>Behind nearer surfaces each card is filled as {@code layers} fills: a pixel joins a card where the card's plane
 * passes behind the plane of the card that owns the pixel (by at least {@link #BEHIND} of its depth, so the owner is
 * always the nearest card there and the reference view stays exactly the plate) and
 * within {@link #REACH} of the frame's width from the card's own pixels (what a move of the benchmark's size can
 * uncover), and the card's plate is filled there. With {@code overscanPercent} > 0 every card that reaches the
 * frame's edge continues beyond it by that share of the frame per side: its filled plate is outpainted
 * ({@link Outpainting}) and each margin pixel takes the card's coverage at the edge pixel straight in from it.
 *
 * @param fill            the fill behind nearer cards and beyond the frame
 * @param overscanPercent margin per side, percent of the frame (0: none)
 * @param perSlab         the ablation: Auto Layers' slabs as the cards, each given a kind and plane
 *                        ({@link CardLayout#perSlab})
 */
record GeometrySynthesis(FillBackend fill, double overscanPercent, boolean perSlab) implements Synthesis {
    static final double BEHIND = 0.02;
    static final double REACH = 0.15;

    @Override
    public Prepared prepare(ViewScene scene, ProgressListener progress) {
        PinholeCamera camera = scene.camera();
        int w = camera.width();
        int h = camera.height();
        Plate plate = Plate.rgb(w, h, scene.rgb());
        DepthPlanes slabs = AutoLayers.split(plate, new DepthMap(w, h, scene.inverseDepth()),
                AutoLayersSettings.DEFAULTS, progress.stage(0, 0.1));
        CardLayout layout = perSlab
                ? CardLayout.perSlab(camera, scene.depth(), slabs.planeIndex(), slabs.masks().size(), scene.ground())
                : CardLayout.of(camera, scene.depth(), slabs.planeIndex(), slabs.masks().size(), scene.ground());
        Inpainter inpainter = fill.create();
        int cards = layout.planes().size();
        int mx = OverscanLayers.margin(w, overscanPercent);
        int my = OverscanLayers.margin(h, overscanPercent);
        List<Layer> layers = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            ProgressListener stage = progress.stage(0.1 + 0.9 * c / cards, 0.1 + 0.9 * (c + 1) / cards);
            byte[] cover = cover(layout, c, scene.depth(), camera);
            byte[] hole = new byte[w * h];
            boolean any = false;
            for (int i = 0; i < hole.length; i++) {
                if (cover[i] != 0 && layout.owner()[i] != c) {
                    hole[i] = Mask.ON;
                    any = true;
                }
            }
            Plate filled = any ? inpainter.fill(plate, Mask.wrap(w, h, hole), stage.stage(0, 0.5)) : plate;
            layers.add(texture(layout.names().get(c), filled, cover, mx, my, inpainter, stage.stage(0.5, 1),
                    layout.planes().get(c)));
        }
        LayerStack stack = new LayerStack(scene.name(), w + 2 * mx, h + 2 * my, layers, null, List.of(), null, w, h);
        CardRenderer renderer = new CardRenderer(stack, layout.planes(), camera.verticalFovDegrees());
        return (target, p) -> {
            ParallaxRenderer.Frame frame = renderer.render(ParallaxRenderer.view(target.pose()), w, h, p);
            return new View(frame.rgb(), frame.holeFraction(), frame.maxStretch());
        };
    }

    /** The pixels card c holds: its own, and those within reach where its plane lies behind the owner's plane. */
    static byte[] cover(CardLayout layout, int c, float[] depth, PinholeCamera camera) {
        int w = camera.width();
        int h = camera.height();
        int[] owner = layout.owner();
        int reach = (int) Math.ceil(REACH * w);
        int[] distance = chessboardDistance(owner, c, w, h, reach + 1);
        CardPlane plane = layout.planes().get(c);
        double f = camera.focal();
        byte[] cover = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (owner[i] == c) {
                    cover[i] = Mask.ON;
                } else if (distance[i] <= reach) {
                    double d = plane.depthAt(x + 0.5, y + 0.5, f, w / 2.0, h / 2.0);
                    double seen = layout.planes().get(owner[i]).depthAt(x + 0.5, y + 0.5, f, w / 2.0, h / 2.0);
                    if (!(seen == seen)) {
                        seen = depth[i];
                    }
                    if (d == d && seen < d * (1 - BEHIND)) {
                        cover[i] = Mask.ON;
                    }
                }
            }
        }
        return cover;
    }

    /** Per pixel the chessboard distance to the nearest pixel of card c, capped at {@code cap} (two-pass chamfer). */
    static int[] chessboardDistance(int[] owner, int c, int w, int h, int cap) {
        int[] d = new int[w * h];
        for (int i = 0; i < d.length; i++) {
            d[i] = owner[i] == c ? 0 : cap;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int v = d[i];
                if (x > 0) v = Math.min(v, d[i - 1] + 1);
                if (y > 0) {
                    v = Math.min(v, d[i - w] + 1);
                    if (x > 0) v = Math.min(v, d[i - w - 1] + 1);
                    if (x < w - 1) v = Math.min(v, d[i - w + 1] + 1);
                }
                d[i] = v;
            }
        }
        for (int y = h - 1; y >= 0; y--) {
            for (int x = w - 1; x >= 0; x--) {
                int i = y * w + x;
                int v = d[i];
                if (x < w - 1) v = Math.min(v, d[i + 1] + 1);
                if (y < h - 1) {
                    v = Math.min(v, d[i + w] + 1);
                    if (x < w - 1) v = Math.min(v, d[i + w + 1] + 1);
                    if (x > 0) v = Math.min(v, d[i + w - 1] + 1);
                }
                d[i] = v;
            }
        }
        return d;
    }

    /**
     * The card's layer on the canvas with margins mx, my: its filled plate where it covers; beyond the frame, when
     * it reaches an edge, the outpainted plate with the coverage of the edge pixel straight in.
     */
    private static Layer texture(String name, Plate filled, byte[] cover, int mx, int my, Inpainter inpainter,
                                 ProgressListener progress, CardPlane plane) {
        int w = filled.width();
        int h = filled.height();
        int cw = w + 2 * mx;
        int ch = h + 2 * my;
        boolean edge = false;
        for (int x = 0; x < w && !edge; x++) {
            edge = cover[x] != 0 || cover[(h - 1) * w + x] != 0;
        }
        for (int y = 0; y < h && !edge; y++) {
            edge = cover[y * w] != 0 || cover[y * w + w - 1] != 0;
        }
        int[] colours = (int[]) filled.pixels();
        int[] extended = colours;
        boolean margins = (mx > 0 || my > 0) && edge;
        if (margins) {
            extended = (int[]) Outpainting.extend(filled, mx, my, inpainter, progress).pixels();
        }
        int[] argb = new int[cw * ch];
        int x0 = cw;
        int y0 = ch;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                int fx = x - mx;
                int fy = y - my;
                boolean inside = fx >= 0 && fy >= 0 && fx < w && fy < h;
                if (!inside && !margins) {
                    continue;
                }
                int src = Math.max(0, Math.min(h - 1, fy)) * w + Math.max(0, Math.min(w - 1, fx));
                if (cover[src] == 0) {
                    continue;
                }
                int rgb = margins ? extended[y * cw + x] : colours[fy * w + fx];
                argb[y * cw + x] = 0xff000000 | rgb & 0xffffff;
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
            }
        }
        Box bounds = x1 < 0 ? new Box(0, 0, 0, 0) : new Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
        double depth = plane.depthAt(w / 2.0, h / 2.0, 1, w / 2.0, h / 2.0);
        return new Layer(name, argb, bounds, depth == depth ? depth : 1);
    }
}
