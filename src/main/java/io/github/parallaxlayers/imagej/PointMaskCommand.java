package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.onnx.Device;
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
import io.github.parallaxlayers.segment.sam.CropToPromptsSession;
import io.github.parallaxlayers.segment.sam.EmbeddingCache;
import io.github.parallaxlayers.segment.sam.Multimask;
import io.github.parallaxlayers.segment.sam.SamModel;
import io.github.parallaxlayers.segment.sam.SamModels;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.sam.SamSession;
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
 * the SAM model in the file.
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
        Option<String> modelFile = options.text("model_file", "");
        Option<Device> device = options.choice("device", Device.class, Device.AUTO);
        Option<Multimask> multimask = options.choice("multimask", Multimask.class, Multimask.BEST);
        Option<CacheMode> cache = options.choice("cache", CacheMode.class, CacheMode.MEMORY);
        Option<Boolean> cropToPrompts = options.flag("crop_to_prompts");
        Option<String> layer = options.text("layer", "object");
        Option<String> stack = options.text("stack", "");
        Option<Boolean> outline = options.flag("outline");
        ImagePlus image = Images.find("", "plate");
        if (!options.read()) {
            return;
        }
        image = Images.find(plateTitle.get(), "plate");
        Plate plate = Images.plate(image);
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

        ImageJProgress progress = new ImageJProgress(TITLE);
        Segmenter segmenter = segmenter(backend.get(), modelFile.get(), device.get(),
                new SamChoices(multimask.get(), cache.get(), cropToPrompts.get()));
        List<Segmentation> results;
        try (SegmentationSession session = segmenter.open(plate, progress.stage(0, 0.5))) {
            ProgressListener stage = progress.stage(0.5, 1);
            if (session instanceof SamSession sam) {
                results = sam.candidates(prompt, stage);
            } else if (session instanceof CropToPromptsSession cropped) {
                results = cropped.candidates(prompt, stage);
            } else {
                results = List.of(session.segment(prompt, stage));
            }
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
                IJ.log(TITLE + ": " + sink.finish());
            }
            IJ.log(TITLE + ": layer '" + name + "' on '" + image.getTitle() + "', " + result.mask().count()
                    + " px" + result.scoreText() + ", points "
                    + PointList.format(prompt.positives()) + (prompt.negatives().isEmpty() ? ""
                    : ", negative " + PointList.format(prompt.negatives())) + ", backend " + segmenter.id());
        }
    }

    /** The SAM-only options of the command. */
    private record SamChoices(Multimask multimask, CacheMode cache, boolean cropToPrompts) {
    }

    private static Segmenter segmenter(SegmenterBackend backend, String modelFile, Device device, SamChoices sam) {
        boolean fromFile = modelFile != null && !modelFile.isBlank();
        if (backend.modelId() == null && !fromFile) {
            return backend.create();
        }
        if (backend.modelId() == null && backend != SegmenterBackend.CLASSIC) {
            throw new InvalidInputException("model_file= gives a SAM model, but backend=" + backend.label()
                    + " takes none: use backend=mobile-sam (or another SAM backend), or leave model_file empty.");
        }
        SamModel model = fromFile ? SamModels.fromFiles(modelFile, device)
                : SamModels.registered(backend.modelId(), device);
        if (!model.fallback().isEmpty()) {
            IJ.log(TITLE + ": " + model.fallback());
        }
        return new SamSegmenter(model, new SamSettings(sam.multimask(), sam.cache(), EmbeddingCache.shared(),
                sam.cropToPrompts()));
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
