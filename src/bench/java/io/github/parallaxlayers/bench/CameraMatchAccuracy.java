package io.github.parallaxlayers.bench;

import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.CameraMatch;
import io.github.parallaxlayers.geometry.LineGroup;
import io.github.parallaxlayers.geometry.SyntheticLines;

import java.util.List;
import java.util.Locale;

/**
 * Match Camera's accuracy against the number of lines per direction: 50 known cameras (1920×1080, fov 45–49°,
 * tilt −4…2°, roll −2…0°), two perpendicular horizontal directions with 4, 6 or 8 lines each (at least 80 px long,
 * 0.5 px Gaussian noise on every endpoint); worst and rms error of field of view, worst tilt, roll and horizon.
 * Run: {@code scripts/bench.sh CameraMatchAccuracy}
 */
public final class CameraMatchAccuracy {

    public static void main(String[] args) {
        System.out.println("| lines per direction | fov worst | fov rms | tilt worst | roll worst | horizon worst (% of height) |");
        System.out.println("|---|---|---|---|---|---|");
        for (int count : new int[] {4, 6, 8}) {
            double worst = 0;
            double sum2 = 0;
            double tilt = 0;
            double roll = 0;
            double horizon = 0;
            for (long seed = 1; seed <= 50; seed++) {
                Camera truth = new Camera(1920, 1080, 45 + seed % 5, 960, 540, -4 + seed % 7, -2 + seed % 3, 1.6, "m");
                SyntheticLines scene = new SyntheticLines(truth, seed, 0.5);
                List<LineGroup> groups = List.of(scene.group("facade", SyntheticLines.horizontal(35), count, 4),
                        scene.group("street", SyntheticLines.horizontal(125), count, 4));
                Camera got = CameraMatch.fromLines(groups, 1920, 1080, Double.NaN, 1.6, "m").camera();
                double e = got.verticalFov() - truth.verticalFov();
                worst = Math.max(worst, Math.abs(e));
                sum2 += e * e;
                tilt = Math.max(tilt, Math.abs(got.tilt() - truth.tilt()));
                roll = Math.max(roll, Math.abs(got.roll() - truth.roll()));
                horizon = Math.max(horizon, Math.abs(got.horizonY(960) - truth.horizonY(960)) / 1080);
            }
            System.out.printf(Locale.ROOT, "| %d | %.2f° | %.2f° | %.2f° | %.2f° | %.2f |%n", count, worst,
                    Math.sqrt(sum2 / 50), tilt, roll, 100 * horizon);
        }
    }
}
