package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.segment.sam.AutomaticMask;
import io.github.parallaxlayers.segment.sam.AutomaticMaskGenerator;
import io.github.parallaxlayers.segment.sam.AutomaticMaskSettings;
import io.github.parallaxlayers.segment.sam.AutomaticMasks;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.MaskLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plugins › Parallax Layers › Automatic Masks: SAM's "segment everything" ({@link AutomaticMaskGenerator}). Outputs
 * the label image {@code <plate>-automatic-masks} (each pixel the index of the smallest mask covering it, 0 none),
 * the masks' outlines in the ROI Manager (headless: in the label image's overlay, as Mask to Outline does), a
 * Results table (index, area, predicted IoU, stability, box) and, with {@code mask_stack}, the
 * label image as a mask stack {@code <plate>-automatic-layers}.
 */
public class AutomaticMasksCommand extends PlateCommand {
    static final String TITLE = "Automatic Masks";
    private static final AutomaticMaskSettings DEFAULTS = AutomaticMaskSettings.DEFAULTS;
    private final SegmenterOptions model = SegmenterOptions.declare(options(), SegmenterBackend.MOBILE_SAM);
    private final Option<Integer> pointsPerSide = integer("points_per_side", DEFAULTS.pointsPerSide(), 1, 128);
    private final Option<Double> predIou = number("pred_iou_thresh", DEFAULTS.predIouThresh(), 0, 1);
    private final Option<Double> stability = number("stability_score_thresh", DEFAULTS.stabilityScoreThresh(), 0, 1);
    private final Option<Integer> minArea = integer("min_area", DEFAULTS.minArea(), 0, Integer.MAX_VALUE);
    private final Option<Integer> cropLayers = integer("crop_n_layers", DEFAULTS.cropNLayers(), 0, 2);
    private final Option<Boolean> maskStack = flag("mask_stack");

    public AutomaticMasksCommand() {
        super(TITLE);
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image, Plate plate) {
        AutomaticMaskSettings settings = new AutomaticMaskSettings(pointsPerSide.get(), predIou.get(),
                stability.get(), DEFAULTS.stabilityOffset(), minArea.get(), cropLayers.get(), DEFAULTS.boxNmsThresh());
        SamSegmenter segmenter = model.everyCandidateSegmenter();
        reportFallback(segmenter);
        AutomaticMasks result = new AutomaticMaskGenerator(segmenter, settings)
                .generate(plate, progress());
        List<AutomaticMask> masks = result.masks();
        int[] labels = result.labels();
        ImagePlus labelImage = new ImagePlus(image.getShortTitle() + "-automatic-masks",
                labelProcessor(labels, plate.width(), plate.height(), masks.size()));
        labelImage.setCalibration(image.getCalibration());
        labelImage.setDisplayRange(0, Math.max(1, masks.size()));
        addOutlines(labelImage, masks);
        fill(ResultsTable.getResultsTable(), masks).show("Results");
        labelImage.show();
        if (maskStack.get()) {
            String step = options.recorded();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= masks.size(); i++) {
                names.add(Images.layerLabel("mask-" + i, List.of(step)));
            }
            DepthImages.maskStack(image.getShortTitle() + "-automatic-layers", image,
                    MaskLabels.toMasks(labels, plate.width(), plate.height(), masks.size()), names,
                    new double[masks.size()]).show();
        }
        IJ.showProgress(1.0);
        IJ.log(String.format(Locale.ROOT, "%s: %d masks on '%s' from %d prompts (%d candidates: %d at or below "
                        + "pred_iou_thresh, %d unstable, %d below min_area, %d cut by crops, %d duplicates)", TITLE,
                masks.size(), image.getTitle(), result.decoderRuns(), result.candidates(), result.belowIou(),
                result.unstable(), result.tooSmall(), result.cutByCrop(), result.duplicates()));
    }

    private static ImageProcessor labelProcessor(int[] labels, int width, int height, int count) {
        if (count <= 65535) {
            short[] s = new short[labels.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) labels[i];
            }
            return new ShortProcessor(width, height, s, null);
        }
        float[] f = new float[labels.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = labels[i];
        }
        return new FloatProcessor(width, height, f);
    }

    /** The system Results table (cleared first), so macros read the masks with getResult("area", row). */
    static ResultsTable fill(ResultsTable table, List<AutomaticMask> masks) {
        table.reset();
        for (int i = 0; i < masks.size(); i++) {
            AutomaticMask m = masks.get(i);
            Box b = m.box();
            table.incrementCounter();
            table.addValue("index", i + 1);
            table.addValue("area", m.area());
            table.addValue("predicted_iou", m.predictedIou());
            table.addValue("stability", m.stability());
            table.addValue("box_x", b.x());
            table.addValue("box_y", b.y());
            table.addValue("box_width", b.width());
            table.addValue("box_height", b.height());
        }
        return table;
    }

    /** Outlines to the ROI Manager; without a display (no ROI Manager window) to the label image's overlay. */
    private void addOutlines(ImagePlus labelImage, List<AutomaticMask> masks) {
        OutlineSink sink = new OutlineSink(labelImage);
        for (int i = 0; i < masks.size(); i++) {
            sink.add(masks.get(i).mask(), 1, "mask-" + (i + 1), 0);
        }
        log(sink.finish());
    }
}
