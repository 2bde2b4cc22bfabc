package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.mask.Mask;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark (not a unit test): the time the click protocol itself adds per click — choosing the next click (two
 * distance transforms) and scoring the IoU — and the time of all metrics, on one image of a GrabCut-layout set.
 * Run: {@code java -cp target/classes:target/test-classes:CLASSPATH
 * io.github.parallaxlayers.eval.ProtocolOverheadBench ../shared/data/grabcut banana1}
 */
public final class ProtocolOverheadBench {

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/grabcut");
        String name = args.length > 1 ? args[1] : "banana1";
        Dataset dataset = Dataset.open(root, DatasetLayout.GRABCUT);
        Sample s = dataset.load(dataset.pairs().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no image " + name + " in " + root)));
        Mask prediction = Mask.empty(s.truth().width(), s.truth().height());
        for (int i = 0; i < 30; i++) {
            ClickProtocol.nextClick(s.truth(), s.ignore(), prediction, null);
        }
        int n = 200;
        long start = System.nanoTime();
        double sink = 0;
        for (int i = 0; i < n; i++) {
            sink += ClickProtocol.nextClick(s.truth(), s.ignore(), prediction, null).x();
            sink += MaskMetrics.iou(prediction, s.truth(), s.ignore());
        }
        double perClick = (System.nanoTime() - start) / 1e6 / n;
        int m = 50;
        start = System.nanoTime();
        for (int i = 0; i < m; i++) {
            sink += MaskMetrics.score(prediction, s.truth(), s.ignore()).boundaryF();
        }
        double perScore = (System.nanoTime() - start) / 1e6 / m;
        System.out.printf(Locale.ROOT, "%s %dx%d: protocol overhead %.2f ms per click, all metrics %.2f ms "
                + "(checksum %.1f)%n", name, s.truth().width(), s.truth().height(), perClick, perScore, sink);
    }
}
