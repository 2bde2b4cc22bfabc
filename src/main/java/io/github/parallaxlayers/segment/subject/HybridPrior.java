package io.github.parallaxlayers.segment.subject;

import io.github.parallaxlayers.mask.Components;
import io.github.parallaxlayers.mask.Connectivity;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.classic.UnaryPrior;

import java.util.Arrays;

/**
 * The network's subject probability as a unary term of the classic graph cut, weighted by how well it agrees with
 * the clicks so far:
 * <ul>
 * <li>the subject components (8-connected, probability ≥ 0.5) that a positive click lands on are selected, the
 *     first click choosing the one the artist means; unselected components count as unknown (q = 0.5), so a second
 *     subject the network found does not join the mask;</li>
 * <li>a click the prior contradicts (negative on the selected subject, positive where the network sees
 *     background) overrides it locally: the prior fades to nothing around the click, and the hard constraint and
 *     colour models decide there;</li>
 * <li>each contradicting click also turns the whole prior down, so a network that keeps disagreeing ends up
 *     leaving the cut to the classic terms.</li>
 * </ul>
 * Deterministic: the terms depend only on the map, the grid and the clicks.
 */
final class HybridPrior implements UnaryPrior {
    private final SubjectMap map;
    private final HybridSettings settings;
    private Grid grid;
    private float[] probability;
    private Components components;

    HybridPrior(SubjectMap map, HybridSettings settings) {
        this.map = map;
        this.settings = settings;
    }

    /** How the clicks of a prompt relate to the prior: kept for tests and the session's log. */
    record Agreement(int agreeing, int disagreeing, double scale) {
    }

    @Override
    public synchronized Terms terms(Prompt prompt, Grid grid) {
        prepare(grid);
        int n = grid.size();
        boolean[] selected = new boolean[components.count() + 1];
        for (Click c : prompt.positives()) {
            selected[components.labels()[grid.index(c.x(), c.y())]] = true;
        }
        selected[0] = false;
        float[] q = new float[n];
        boolean any = false;
        int[] labels = components.labels();
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            if (l == 0) {
                q[i] = probability[i];
            } else if (selected[l]) {
                q[i] = probability[i];
                any = true;
            } else {
                q[i] = 0.5f;
            }
        }
        Agreement agreement = agreement(prompt, q, grid);
        float[] local = localWeights(prompt, q, grid);
        double w = settings.weight() * agreement.scale();
        float[] object = new float[n];
        float[] background = new float[n];
        float lo = (float) settings.floor();
        float hi = 1 - lo;
        for (int i = 0; i < n; i++) {
            float p = Math.min(hi, Math.max(lo, q[i]));
            float wi = (float) (w * local[i]);
            object[i] = (float) (-wi * Math.log(p));
            background[i] = (float) (-wi * Math.log(1 - p));
            // only differences matter to the cut: keep both costs non-negative and the smaller at 0
            float m = Math.min(object[i], background[i]);
            object[i] -= m;
            background[i] -= m;
        }
        byte[] start = null;
        if (any) {
            start = new byte[n];
            for (int i = 0; i < n; i++) {
                start[i] = (byte) (selected[labels[i]] ? 1 : 0);
            }
        }
        return new Terms(object, background, start);
    }

    /** Counts the clicks q agrees and disagrees with (clicks on unselected components count as neither). */
    Agreement agreement(Prompt prompt, float[] q, Grid grid) {
        int agree = 0;
        int disagree = 0;
        for (Click c : prompt.clicks()) {
            float v = q[grid.index(c.x(), c.y())];
            if (v == 0.5f) {
                continue;
            }
            if ((v > 0.5f) == c.positive()) {
                agree++;
            } else {
                disagree++;
            }
        }
        return new Agreement(agree, disagree, (1.0 + agree) / (1.0 + agree + settings.distrust() * disagree));
    }

    /** 1 everywhere, fading to 0 at each click the prior contradicts (Gaussian, localSigma grid diagonals). */
    private float[] localWeights(Prompt prompt, float[] q, Grid grid) {
        float[] local = new float[grid.size()];
        Arrays.fill(local, 1f);
        double sigma = settings.localSigma() * Math.hypot(grid.width(), grid.height());
        if (sigma <= 0) {
            return local;
        }
        double inv = 1 / (2 * sigma * sigma);
        int reach = (int) Math.ceil(3 * sigma);
        for (Click c : prompt.clicks()) {
            int index = grid.index(c.x(), c.y());
            float v = q[index];
            if (v == 0.5f || (v > 0.5f) == c.positive()) {
                continue;
            }
            int cx = index % grid.width();
            int cy = index / grid.width();
            for (int y = Math.max(0, cy - reach); y <= Math.min(grid.height() - 1, cy + reach); y++) {
                for (int x = Math.max(0, cx - reach); x <= Math.min(grid.width() - 1, cx + reach); x++) {
                    double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
                    int i = y * grid.width() + x;
                    local[i] = (float) Math.min(local[i], 1 - Math.exp(-d2 * inv));
                }
            }
        }
        return local;
    }

    /** The map on this grid and its subject components: once per grid (a session keeps one grid). */
    private void prepare(Grid g) {
        if (g.equals(grid)) {
            return;
        }
        grid = g;
        probability = map.resample(g.width(), g.height());
        byte[] inside = new byte[probability.length];
        for (int i = 0; i < inside.length; i++) {
            if (probability[i] >= 0.5f) {
                inside[i] = Mask.ON;
            }
        }
        components = Components.of(Mask.wrap(g.width(), g.height(), inside), Connectivity.EIGHT);
    }
}
