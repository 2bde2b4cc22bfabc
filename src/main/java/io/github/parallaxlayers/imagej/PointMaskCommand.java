package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.PointRoi;
import ij.gui.Roi;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.PointList;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;
import io.github.parallaxlayers.segment.Segmenter;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.SamSettings;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Plugins › Parallax Layers › Point Mask: a mask of the object under the positive points. Points come from
 * {@code points=}/{@code negative=} or, when those are empty, from the image's multi-point selection (counter 0
 * positive, counter 1 negative); a rectangle selection or {@code box=} is a box prompt. SAM backends
 * ({@code backend=mobile-sam|sam-vit-b|sam-vit-l|sam-vit-h}, or {@code model_file=} for SAM files of one's own)
 * take {@code device=}, {@code multimask=} and {@code cache=}; {@code multimask=all} adds every candidate as a
 * layer ({@code <layer>}, {@code <layer>-2}, ...); {@code crop_to_prompts} encodes a crop around the prompts. Plain {@code backend=classic} with {@code model_file=} means
 * the SAM model in the file. {@code backend=hybrid} (and {@code subject}) take an IS-Net file as {@code model_file=},
 * with {@code device=} and {@code cache=}.
 */
public class PointMaskCommand extends PlateCommand {
    static final String TITLE = "Point Mask";
    private final Option<String> points = text("points", "");
    private final Option<String> negative = text("negative", "");
    private final Option<String> box = text("box", "");
    private final SegmenterOptions segmenterChoice = SegmenterOptions.declare(options(), SegmenterBackend.CLASSIC);
    private final Option<Multimask> multimask = choice("multimask", Multimask.class, Multimask.BEST);
    private final Option<CacheMode> cache = choice("cache", CacheMode.class, CacheMode.MEMORY);
    private final Option<Boolean> cropToPrompts = flag("crop_to_prompts");
    private final Option<String> layer = text("layer", "object");
    private final Option<String> stack = text("stack", "");
    private final Option<Boolean> outline = flag("outline");

    public PointMaskCommand() {
        super(TITLE);
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image, Plate plate) {
        MaskStacks.checkNewLayer(layer.get(), stack.get());

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

        ImageJProgress progress = progress();
        Segmenter segmenter = segmenterChoice.segmenter(new SamSettings(multimask.get(), cache.get(),
                EmbeddingCache.shared(), cropToPrompts.get()));
        List<Segmentation> results;
        try (SegmentationSession session = segmenter.open(plate, progress.stage(0, 0.5))) {
            // after open: the subject and hybrid backends open their network only then
            reportFallback(segmenter);
            ProgressListener stage = progress.stage(0.5, 1);
            results = session.candidates(prompt, stage);
        }
        IJ.showProgress(1.0);
        String step = options.recorded() + (prompt.clicks().isEmpty() || !points.get().isBlank() ? ""
                : " points=[" + PointList.format(prompt.positives()) + "] negative=["
                + PointList.format(prompt.negatives()) + "]");
        for (int i = 0; i < results.size(); i++) {
            Segmentation result = results.get(i);
            String name = i == 0 ? layer.get() : layer.get() + "-" + (i + 1);
            ImagePlus target = MaskStacks.addOrShow(image, result.mask(), name, stack.get(), step);
            if (outline.get()) {
                OutlineSink sink = new OutlineSink(target);
                sink.add(result.mask(), 1, name, target.getStackSize() > 1 ? target.getStackSize() : 0);
                log(sink.finish());
            }
            IJ.log(TITLE + ": layer '" + name + "' on '" + image.getTitle() + "', " + result.mask().count()
                    + " px" + result.scoreText() + ", points "
                    + PointList.format(prompt.positives()) + (prompt.negatives().isEmpty() ? ""
                    : ", negative " + PointList.format(prompt.negatives())) + ", backend " + segmenter.id());
        }
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
