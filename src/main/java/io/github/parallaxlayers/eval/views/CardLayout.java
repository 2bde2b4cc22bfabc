package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.geometry.CardKind;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.geometry.PlaneFit;
import io.github.parallaxlayers.geometry.Vec3;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which card each pixel of the reference belongs to, and each card's plane, from the reference's depth: the scene's
 * surfaces as a few planes instead of Auto Layers' depth slabs. A receding ground or facade spans every slab, so a
 * slab holds a strip of each and no plane fits it; here each surface is one card whatever depths it spans.
 * <ol>
 * <li>The ground (when the camera's ground is known): every pixel whose 3-D point lies on it.</li>
 * <li>Walls: planes fitted by RANSAC and least squares ({@link PlaneFit}) to the pixels left, largest first, while a
 * plane holds at least {@link #MIN_SUPPORT} of the frame — vertical planes when the ground is known (then a plane
 * facing the camera within {@link #FACING_DEGREES} is upright, the others walls), any plane otherwise.</li>
 * <li>The pixels no plane holds stay in their Auto Layers slab, as an upright card at the slab's depth (1 / its mean
 * inverse depth); a slab's remnant under {@link #MIN_REMNANT} of the frame joins the card whose plane passes
 * nearest to each of its points instead.</li>
 * <li>The farthest card, when it faces the camera, is the sky.</li>
 * </ol>
 * Cards are listed front to back by the median depth of their pixels.
 *
 * @param owner  per pixel, the index of its card
 * @param planes per card, its plane
 * @param names  per card, a name (ground, wall-1, plane-3, sky …)
 */
record CardLayout(int[] owner, List<CardPlane> planes, List<String> names) {
    static final double MIN_SUPPORT = 0.02;
    static final double MIN_REMNANT = 0.002;
    static final double FACING_DEGREES = 20;
    static final int MAX_WALLS = 6;
    /** A point lies on a plane within 1 % of its depth (plus 2 mm): the true depth is exact to float rounding. */
    static final PlaneFit FIT = new PlaneFit(0.01, 0.002, 300);

    /**
     * @param slabs  Auto Layers' plane of every pixel (0 = front)
     * @param slabCount how many slabs
     * @param depth  planar depth per pixel (> 0, finite)
     * @param ground the camera's ground, or null
     */
    static CardLayout of(PinholeCamera camera, float[] depth, int[] slabs, int slabCount, CardPlane ground) {
        int w = camera.width();
        int h = camera.height();
        int n = w * h;
        double f = camera.focal();
        float[] xyz = points(camera, depth);
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        List<CardPlane> planes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (ground != null) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (FIT.fits(ground.normal(), ground.distance(), xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2])) {
                    owner[i] = 0;
                    count++;
                }
            }
            if (count > 0) {
                planes.add(ground);
                names.add("ground");
            } else {
                Arrays.fill(owner, -1);
            }
        }
        Vec3 up = ground == null ? null : ground.normal();
        boolean[] free = new boolean[n];
        for (int i = 0; i < n; i++) {
            free[i] = owner[i] < 0;
        }
        int walls = 0;
        for (int k = 0; k < MAX_WALLS; k++) {
            PlaneFit.Result r = FIT.fit(xyz, free, up, 17 + k);
            if (r == null || r.count() < MIN_SUPPORT * n) {
                break;
            }
            int card = planes.size();
            boolean facing = Math.abs(r.normal().z()) > Math.cos(Math.toRadians(FACING_DEGREES));
            CardKind kind = up != null && !facing ? CardKind.WALL : CardKind.UPRIGHT;
            planes.add(new CardPlane(kind, r.normal(), r.distance()));
            names.add(kind == CardKind.WALL ? "wall-" + (++walls) : "plane-" + card);
            for (int i = 0; i < n; i++) {
                if (r.inliers()[i]) {
                    owner[i] = card;
                    free[i] = false;
                }
            }
        }
        // the rest: each slab's remnant as an upright card, tiny remnants to the nearest plane
        int[] remnant = new int[slabCount];
        double[] inverse = new double[slabCount];
        for (int i = 0; i < n; i++) {
            if (owner[i] < 0) {
                remnant[slabs[i]]++;
                inverse[slabs[i]] += 1 / depth[i];
            }
        }
        int[] slabCard = new int[slabCount];
        Arrays.fill(slabCard, -1);
        for (int s = 0; s < slabCount; s++) {
            if (remnant[s] >= MIN_REMNANT * n || (remnant[s] > 0 && planes.isEmpty())) {
                slabCard[s] = planes.size();
                planes.add(CardPlane.upright(remnant[s] / inverse[s]));
                names.add("plane-" + (s + 1));
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (owner[i] >= 0) {
                    continue;
                }
                if (slabCard[slabs[i]] >= 0) {
                    owner[i] = slabCard[slabs[i]];
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < planes.size(); c++) {
                    double d = planes.get(c).depthAt(x + 0.5, y + 0.5, f, w / 2.0, h / 2.0);
                    double err = d == d ? Math.abs(Math.log(d / depth[i])) : Double.POSITIVE_INFINITY;
                    if (err < best) {
                        best = err;
                        owner[i] = c;
                    }
                }
                if (owner[i] < 0) {
                    owner[i] = planes.size() - 1;
                }
            }
        }
        return ordered(owner, planes, names, depth);
    }

    /**
     * The ablation {@code geometry-slabs}: Auto Layers' slabs kept as the cards, each only given a kind and a plane —
     * the ground's when at least {@link #SLAB_SHARE} of its pixels lie on the ground, else the plane RANSAC fits
     * to its pixels when that plane holds {@link #SLAB_SHARE} of them, else upright at its depth. A receding
     * surface stays cut into as many cards as slabs it crosses, and a slab holding a strip of ground and a strip of
     * two facades fits none of them.
     */
    static CardLayout perSlab(PinholeCamera camera, float[] depth, int[] slabs, int slabCount, CardPlane ground) {
        int n = depth.length;
        float[] xyz = points(camera, depth);
        Vec3 up = ground == null ? null : ground.normal();
        int[] owner = slabs.clone();
        List<CardPlane> planes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < slabCount; s++) {
            boolean[] use = new boolean[n];
            int count = 0;
            int onGround = 0;
            double inverse = 0;
            for (int i = 0; i < n; i++) {
                if (slabs[i] == s) {
                    use[i] = true;
                    count++;
                    inverse += 1 / depth[i];
                    if (ground != null && FIT.fits(ground.normal(), ground.distance(), xyz[3 * i], xyz[3 * i + 1],
                            xyz[3 * i + 2])) {
                        onGround++;
                    }
                }
            }
            if (count == 0) {
                planes.add(CardPlane.upright(1));
                names.add("empty-" + (s + 1));
                continue;
            }
            if (onGround >= SLAB_SHARE * count) {
                planes.add(ground);
                names.add("ground-" + (s + 1));
                continue;
            }
            PlaneFit.Result r = FIT.fit(xyz, use, up, 31 + s);
            if (r != null && r.count() >= SLAB_SHARE * count) {
                boolean facing = Math.abs(r.normal().z()) > Math.cos(Math.toRadians(FACING_DEGREES));
                CardKind kind = up != null && !facing ? CardKind.WALL : CardKind.UPRIGHT;
                planes.add(new CardPlane(kind, r.normal(), r.distance()));
                names.add((kind == CardKind.WALL ? "wall-" : "plane-") + (s + 1));
            } else {
                planes.add(CardPlane.upright(count / inverse));
                names.add("plane-" + (s + 1));
            }
        }
        return ordered(owner, planes, names, depth);
    }

    static final double SLAB_SHARE = 0.5;

    private static float[] points(PinholeCamera camera, float[] depth) {
        int w = camera.width();
        int h = camera.height();
        double f = camera.focal();
        float[] xyz = new float[3 * w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double d = depth[i];
                xyz[3 * i] = (float) ((x + 0.5 - w / 2.0) / f * d);
                xyz[3 * i + 1] = (float) ((h / 2.0 - y - 0.5) / f * d);
                xyz[3 * i + 2] = (float) -d;
            }
        }
        return xyz;
    }

    /** Cards front to back by the median depth of their pixels; the farthest, when it faces the camera, is the sky. */
    private static CardLayout ordered(int[] owner, List<CardPlane> planes, List<String> names, float[] depth) {
        int m = planes.size();
        double[] median = new double[m];
        for (int c = 0; c < m; c++) {
            int count = 0;
            for (int o : owner) {
                count += o == c ? 1 : 0;
            }
            float[] d = new float[count];
            int k = 0;
            for (int i = 0; i < owner.length; i++) {
                if (owner[i] == c) {
                    d[k++] = depth[i];
                }
            }
            Arrays.sort(d);
            median[c] = count == 0 ? Double.POSITIVE_INFINITY : d[count / 2];
        }
        Integer[] order = new Integer[m];
        for (int c = 0; c < m; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Double.compare(median[a], median[b]));
        int[] rank = new int[m];
        List<CardPlane> p = new ArrayList<>();
        List<String> nm = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            rank[order[r]] = r;
            p.add(planes.get(order[r]));
            nm.add(names.get(order[r]));
        }
        CardPlane last = p.get(m - 1);
        if (m > 1 && last.kind() == CardKind.UPRIGHT
                && Math.abs(last.normal().z()) > Math.cos(Math.toRadians(FACING_DEGREES))) {
            p.set(m - 1, last.as(CardKind.SKY));
            nm.set(m - 1, "sky");
        }
        int[] out = new int[owner.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rank[owner[i]];
        }
        return new CardLayout(out, List.copyOf(p), List.copyOf(nm));
    }
}
