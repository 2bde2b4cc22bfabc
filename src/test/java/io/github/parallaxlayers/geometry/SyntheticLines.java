package io.github.parallaxlayers.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Scene edges along known world directions, seen by a known camera, with optional Gaussian noise on the ends. */
public final class SyntheticLines {
    private final Camera camera;
    private final Random random;
    private final double noise;

    public SyntheticLines(Camera camera, long seed, double noisePixels) {
        this.camera = camera;
        this.random = new Random(seed);
        this.noise = noisePixels;
    }

    /** A horizontal direction at {@code yawDegrees} from the camera's right (+X) towards its back (+Z). */
    public static Vec3 horizontal(double yawDegrees) {
        double a = Math.toRadians(yawDegrees);
        return new Vec3(Math.cos(a), 0, Math.sin(a));
    }

    /**
     * {@code count} segments along {@code direction}, {@code length} scene units long, starting at points spread
     * in front of the camera and kept inside the frame.
     */
    public LineGroup group(String name, Vec3 direction, int count, double length) {
        List<LineSegment> lines = new ArrayList<>();
        int tries = 0;
        while (lines.size() < count) {
            if (++tries > 100_000) {
                throw new IllegalStateException("could not place " + count + " lines in the frame");
            }
            Vec3 start = new Vec3(-8 + 16 * random.nextDouble(), 0.2 + 6 * random.nextDouble(),
                    -4 - 16 * random.nextDouble());
            Vec3 end = start.plus(direction.unit().times(length));
            double[] a = camera.project(start);
            double[] b = camera.project(end);
            if (a[2] < 0.5 || b[2] < 0.5 || !inside(a) || !inside(b) || Math.hypot(a[0] - b[0], a[1] - b[1]) < 80) {
                continue;
            }
            lines.add(new LineSegment(a[0] + noise * random.nextGaussian(), a[1] + noise * random.nextGaussian(),
                    b[0] + noise * random.nextGaussian(), b[1] + noise * random.nextGaussian()));
        }
        return new LineGroup(name, lines);
    }

    private boolean inside(double[] p) {
        return p[0] >= 0 && p[1] >= 0 && p[0] <= camera.width() && p[1] <= camera.height();
    }
}
