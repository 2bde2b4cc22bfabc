package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.PointList;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.SegmenterBackend;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Plugins › Parallax Layers › Point Mask: a mask of the object under the positive points. Points come from
 * {@code points=}/{@code negative=} or, when those are empty, from the image's multi-point selection (counter 0
 * positive, counter 1 negative); a rectangle selection or {@code box=} is a box prompt.
 */
public class PointMaskCommand implements PlugIn {
    static final String TITLE = "Point Mask";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> plateTitle = options.image("plate", "");
        Option<String> points = options.text("points", "");
        Option<String> negative = options.text("negative", "");
        Option<String> box = options.text("box", "");
        Option<SegmenterBackend> backend = options.choice("backend", SegmenterBackend.class, SegmenterBackend.CLASSIC);
        Option<String> layer = options.text("layer", "object");
        Option<String> stack = options.text("stack", "");
        ImagePlus image = Images.find("", "plate");
        if (!options.read()) {
            return;
        }
        image = Images.find(plateTitle.get(), "plate");
        Plate plate = Images.plate(image);

        List<Click> clicks = new ArrayList<>(PointList.parse(points.get(), true, "points"));
        clicks.addAll(PointList.parse(negative.get(), false, "negative"));
        Box boxPrompt = PointList.parseBox(box.get(), "box");
        Roi roi = image.getRoi();
        if (clicks.isEmpty() && roi instanceof PointRoi pointRoi) {
            clicks.addAll(clicksFrom(pointRoi));
        } else if (boxPrompt == null && roi != null && roi.getType() == Roi.RECTANGLE) {
            Rectangle r = roi.getBounds();
            boxPrompt = new Box(r.x, r.y, r.width, r.height);
        }
        Prompt prompt = new Prompt(clicks, boxPrompt, null);
        prompt.validate(plate.width(), plate.height());

        ImageJProgress progress = new ImageJProgress(TITLE);
        Segmentation result;
        try (SegmentationSession session = backend.get().create().open(plate, progress.stage(0, 0.5))) {
            result = session.segment(prompt, progress.stage(0.5, 1));
        }
        IJ.showProgress(1.0);
        MaskStacks.addOrShow(image, result.mask(), layer.get(), stack.get(), options.recorded()
                + (prompt.clicks().isEmpty() || !points.get().isBlank() ? "" : " points=[" + PointList.format(prompt.positives())
                + "] negative=[" + PointList.format(prompt.negatives()) + "]"));
        IJ.log(TITLE + ": layer '" + layer.get() + "' on '" + image.getTitle() + "', " + result.mask().count()
                + " px, score " + String.format(java.util.Locale.ROOT, "%.3f", result.score()) + ", points "
                + PointList.format(prompt.positives()) + (prompt.negatives().isEmpty() ? ""
                : ", negative " + PointList.format(prompt.negatives())));
    }

    /** Counter 0 of ImageJ's multi-point tool = positive, counter 1 = negative. */
    private static List<Click> clicksFrom(PointRoi roi) {
        List<Click> clicks = new ArrayList<>();
        java.awt.Polygon polygon = roi.getPolygon();
        int[] counters = roi.getCounters();
        for (int i = 0; i < polygon.npoints; i++) {
            int counter = counters == null ? 0 : counters[i] & 0xff;
            clicks.add(new Click(polygon.xpoints[i], polygon.ypoints[i], counter != 1));
        }
        return clicks;
    }

}
