package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.KeepMode;
import io.github.parallaxlayers.refine.RefineSettings;
import io.github.parallaxlayers.segment.PointList;

/**
 * Plugins › Parallax Layers › Refine Mask: fill holes, remove small islands, open, close, keep parts, grow or
 * shrink (all with exact Euclidean disks), on every slice of a mask or mask stack. Writes a new image unless
 * {@code in_place}.
 */
public class RefineMaskCommand extends ImageCommand {
    static final String TITLE = "Refine Mask";
    private final Option<String> layers = text(LayerSelection.KEY, "");
    private final Option<Boolean> fillHoles = flag("fill_holes");
    private final Option<Integer> maxHole = integer("max_hole", 0, 0, Integer.MAX_VALUE);
    private final Option<Integer> islands = integer("islands", 0, 0, Integer.MAX_VALUE);
    private final Option<Double> open = number("open", 0, 0, 10000);
    private final Option<Double> close = number("close", 0, 0, 10000);
    private final Option<KeepMode> keep = choice("keep", KeepMode.class, KeepMode.ALL);
    private final Option<String> points = text("points", "");
    private final Option<Double> grow = number("grow", 0, -10000, 10000);
    private final Option<Boolean> inPlace = flag("in_place");

    public RefineMaskCommand() {
        super(TITLE, "mask", "mask");
        options().preview(new PreviewOverlay(this::image, image -> new RefineSettings(
                fillHoles.get(), maxHole.get(), islands.get(), open.get(), close.get(), keep.get(),
                clicks(points.get()), grow.get()).apply(Images.mask(image, LayerSelection.previewSlice(image, layers.get(),
                TITLE))).data()));
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus source) {
        RefineSettings settings = new RefineSettings(fillHoles.get(), maxHole.get(), islands.get(), open.get(),
                close.get(), keep.get(), clicks(points.get()), grow.get());
        ImageStack in = source.getStack();
        boolean[] chosen = LayerSelection.of(source, layers.get(), TITLE);
        ImageStack out = new ImageStack(source.getWidth(), source.getHeight());
        ImageJProgress progress = progress();
        for (int s = 1; s <= in.getSize(); s++) {
            progress.checkCancelled();
            if (!chosen[s - 1]) { // a layer not chosen goes through unchanged, its provenance too
                out.addSlice(in.getSliceLabel(s), in.getProcessor(s).duplicate());
                continue;
            }
            Mask refined = settings.apply(Images.mask(source, s));
            out.addSlice(Images.withStep(in, s, options.recorded()), Images.processor(refined));
            progress.progress(s / (double) in.getSize(), "slice " + s);
        }
        if (inPlace.get()) {
            source.setStack(out);
            source.changes = true;
            source.updateAndDraw();
        } else {
            ImagePlus result = new ImagePlus(source.getShortTitle() + "-refined", out);
            result.setCalibration(source.getCalibration());
            copyProperties(source, result);
            result.show();
        }
        IJ.showProgress(1.0);
    }

    private static int[][] clicks(String points) {
        return PointList.parse(points, true, "points").stream().map(c -> new int[] {c.x(), c.y()})
                .toArray(int[][]::new);
    }

    private static void copyProperties(ImagePlus from, ImagePlus to) {
        String depth = from.getProp(MaskStacks.DEPTH_PROPERTY);
        if (depth != null) {
            to.setProp(MaskStacks.DEPTH_PROPERTY, depth);
        }
    }
}
