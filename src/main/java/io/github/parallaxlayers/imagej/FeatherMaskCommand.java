package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.Decontaminate;
import io.github.parallaxlayers.refine.EdgeAwareFeather;
import io.github.parallaxlayers.refine.Feather;
import io.github.parallaxlayers.refine.FeatherMode;

/**
 * Plugins › Parallax Layers › Feather Mask: a soft 8-bit alpha edge (0–255) of a given width from the signed
 * distance to the mask border; with {@code edge} the soft edge is snapped to the plate's own edges by a guided
 * filter. Every slice of a mask stack; the result is {@code <mask>-feathered}. With {@code decontaminate} also
 * {@code <mask>-foreground}: the plate's colours with the background estimated out of the soft edge.
 */
public class FeatherMaskCommand extends ImageCommand {
    static final String TITLE = "Feather Mask";
    private final Option<String> layers = text(LayerSelection.KEY, "");
    private final Option<Double> width = number("width", 4, 0.5, 1000);
    private final Option<FeatherMode> mode = choice("mode", FeatherMode.class, FeatherMode.CENTRED);
    private final Option<Boolean> edge = flag("edge");
    private final Option<String> guideTitle = text("guide", "").namesAnImage();
    private final Option<Integer> radius = integer("radius", 8, 1, 500);
    private final Option<Double> eps = number("eps", 1e-3, 1e-8, 10);
    private final Option<Boolean> decontaminate = flag("decontaminate");

    public FeatherMaskCommand() {
        super(TITLE, "mask", "mask");
        // The preview is the plain ramp (the edge-snapped one needs the guide and takes longer).
        options().preview(new PreviewOverlay(this::image,
                image -> Feather.alpha(Images.mask(image, LayerSelection.previewSlice(image, layers.get(), TITLE)),
                        width.get(), mode.get())));
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus source) {
        Plate guide = null;
        if (edge.get() || decontaminate.get()) {
            if (guideTitle.get().isBlank()) {
                throw new InvalidInputException((edge.get() ? "edge" : "decontaminate")
                        + " needs the plate as guide: add guide=[plate title].");
            }
            ImagePlus plateImage = Images.find(guideTitle.get(), "guide plate");
            Images.requireSameSize(plateImage, source, "mask");
            guide = Images.plate(plateImage);
        }
        ImageStack out = new ImageStack(source.getWidth(), source.getHeight());
        ImageStack colours = new ImageStack(source.getWidth(), source.getHeight());
        ImageJProgress progress = progress();
        int slices = source.getStackSize();
        boolean[] chosen = LayerSelection.of(source, layers.get(), TITLE);
        for (int s = 1; s <= slices; s++) {
            progress.checkCancelled();
            Mask mask = Images.mask(source, s);
            if (!chosen[s - 1]) { // a layer not chosen keeps its hard edge (alpha 0/255) and its provenance
                if (decontaminate.get()) {
                    colours.addSlice(source.getStack().getSliceLabel(s), new ij.process.ColorProcessor(
                            source.getWidth(), source.getHeight(), Decontaminate.foreground(guide, mask.data().clone(),
                            io.github.parallaxlayers.core.ProgressListener.NONE)));
                }
                out.addSlice(source.getStack().getSliceLabel(s), new ByteProcessor(source.getWidth(),
                        source.getHeight(), mask.data().clone()));
                continue;
            }
            byte[] alpha = !edge.get() ? Feather.alpha(mask, width.get(), mode.get())
                    : EdgeAwareFeather.alpha(mask, guide, width.get(), mode.get(), radius.get(), eps.get());
            if (decontaminate.get()) {
                colours.addSlice(source.getStack().getSliceLabel(s), new ij.process.ColorProcessor(source.getWidth(),
                        source.getHeight(), Decontaminate.foreground(guide, alpha, io.github.parallaxlayers.core.ProgressListener.NONE)));
            }
            out.addSlice(Images.withStep(source.getStack(), s, options.recorded()),
                    new ByteProcessor(source.getWidth(), source.getHeight(), alpha));
            progress.progress(s / (double) slices, "slice " + s);
        }
        ImagePlus result = new ImagePlus(source.getShortTitle() + "-feathered", out);
        result.setCalibration(source.getCalibration());
        result.show();
        if (decontaminate.get()) {
            ImagePlus foreground = new ImagePlus(source.getShortTitle() + "-foreground", colours);
            foreground.setCalibration(source.getCalibration());
            foreground.show();
        }
        IJ.showProgress(1.0);
    }
}
