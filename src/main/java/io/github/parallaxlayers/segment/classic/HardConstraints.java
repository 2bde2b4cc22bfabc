package io.github.parallaxlayers.segment.classic;

import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import java.util.List;

/**
 * The hard constraints of a prompt (Boykov and Jolly, ICCV 2001): a small disk around every click is fixed to
 * the click's label and, with a box, everything outside it is background. Later clicks override earlier ones
 * where their disks overlap, so a correction always takes effect.
 */
final class HardConstraints {
    static final byte FREE = 0;
    static final byte OBJECT = 1;
    static final byte BACKGROUND = 2;

    private final List<Click> clicks;
    private final Box box;
    private final double radius;

    HardConstraints(Prompt prompt, double radius) {
        this.clicks = prompt.clicks();
        this.box = prompt.box();
        this.radius = radius;
    }

    double radius() {
        return radius;
    }

    /** The label at full-resolution pixel (x, y). */
    byte at(int x, int y) {
        byte label = box != null && !box.contains(x, y) ? BACKGROUND : FREE;
        double r2 = radius * radius;
        for (Click c : clicks) {
            double dx = x - c.x();
            double dy = y - c.y();
            if (dx * dx + dy * dy <= r2) {
                label = c.positive() ? OBJECT : BACKGROUND;
            }
        }
        return label;
    }

    /** The labels on a grid scaled by (sx, sy) from full resolution; disks keep at least a 3×3 footprint. */
    byte[] paint(int w, int h, double sx, double sy) {
        byte[] labels = new byte[w * h];
        if (box != null) {
            for (int y = 0; y < h; y++) {
                double fy = (y + 0.5) / sy - 0.5;
                for (int x = 0; x < w; x++) {
                    double fx = (x + 0.5) / sx - 0.5;
                    if (fx < box.x() - 0.5 || fy < box.y() - 0.5 || fx > box.maxX() + 0.5 || fy > box.maxY() + 0.5) {
                        labels[y * w + x] = BACKGROUND;
                    }
                }
            }
        }
        double r = Math.max(1, radius * 0.5 * (sx + sy));
        int ri = (int) Math.ceil(r);
        for (Click c : clicks) {
            int cx = gridX(c, w, sx);
            int cy = gridY(c, h, sy);
            byte label = c.positive() ? OBJECT : BACKGROUND;
            for (int y = Math.max(0, cy - ri); y <= Math.min(h - 1, cy + ri); y++) {
                for (int x = Math.max(0, cx - ri); x <= Math.min(w - 1, cx + ri); x++) {
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                        labels[y * w + x] = label;
                    }
                }
            }
        }
        return labels;
    }

    static int gridX(Click c, int w, double sx) {
        return Math.min(w - 1, (int) ((c.x() + 0.5) * sx));
    }

    static int gridY(Click c, int h, double sy) {
        return Math.min(h - 1, (int) ((c.y() + 0.5) * sy));
    }
}
