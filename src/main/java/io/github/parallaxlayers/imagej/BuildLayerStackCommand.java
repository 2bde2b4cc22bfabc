package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.io.FileInfo;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.fill.LayerFill;
import io.github.parallaxlayers.fill.Outpainting;
import io.github.parallaxlayers.layers.OverscanLayers;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackBuilder;
import io.github.parallaxlayers.layers.LayerStackEdits;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;

/**
 * Plugins › Parallax Layers › Build Layer Stack: plate + mask stack (front first) + filled plate → an RGBA layer
 * stack. {@code background=NAME} adds a full-frame card behind all masks, showing the filled plate. With
 * {@code per_layer} each layer is filled here behind the union of the nearer ones ({@code backend=}, and for the
 * learned backends {@code device=}, {@code strategy=}) instead of taking one {@code filled} plate. With
 * {@code overscan=N} the layers reach N % of the frame beyond each edge, the farthest layers continued there by the
 * same fill ({@code layers.OverscanLayers}, {@code fill.Outpainting}); the camera stays the plate's.
 */
public class BuildLayerStackCommand extends ParallaxCommand {
    static final String TITLE = "Build Layer Stack";
    private final ImageInput plateInput = ImageInput.plate(options());
    private final ImageInput masksInput = ImageInput.required(options(), "masks", "mask stack");
    private final Option<String> filledTitle = text("filled", "");
    private final Option<String> background = text("background", "");
    private final Option<Boolean> perLayer = flag("per_layer");
    private final Option<Double> overscan = number("overscan", 0, 0, OverscanLayers.MAX_PERCENT);
    private final FillOptions fill = FillOptions.declare(options());

    public BuildLayerStackCommand() {
        super(TITLE, "plate");
    }

    @Override
    protected void execute(CommandOptions options) {
        ImagePlus plateImage = plateInput.find();
        ImagePlus masksImage = masksInput.findBeside(plateImage, "Give the mask stack with masks=[title] (one 8-bit "
                + "slice per layer, front first).");
        Plate plate = Images.plate(plateImage);
        Plate filled = null;
        ImagePlus filledImage = null;
        if (perLayer.get() && !filledTitle.get().isBlank()) {
            throw new InvalidInputException("Give either filled=[title] (one plate filled behind the foreground) or "
                    + "per_layer (each layer filled behind the nearer ones here), not both.");
        }
        if (!filledTitle.get().isBlank()) {
            filledImage = Images.find(filledTitle.get(), "filled plate");
            Images.requireSameSize(plateImage, filledImage, "filled plate");
            filled = Images.plate(filledImage);
            if (filled.type() != plate.type()) {
                throw new InvalidInputException("The filled plate '" + filledImage.getTitle() + "' is "
                        + Images.describe(filled.type()) + " but the plate is " + Images.describe(plate.type())
                        + ": fill the plate itself (Fill Masked Area).");
            }
        }
        List<Mask> masks = new ArrayList<>(Images.masks(masksImage));
        List<String> names = new ArrayList<>(Images.layerNames(masksImage));
        List<List<String>> histories = new ArrayList<>(Images.layerHistories(masksImage));
        if (!background.get().isBlank()) {
            masks.add(Mask.full(plate.width(), plate.height()));
            names.add(background.get().trim());
            histories.add(List.of());
        }
        List<String> stackHistory = new ArrayList<>();
        if (filledImage != null && filledImage.getProp(LayerImages.HISTORY_PROPERTY) != null) {
            stackHistory.add(filledImage.getProp(LayerImages.HISTORY_PROPERTY));
        }
        stackHistory.add(options.recorded());
        LayerStack stack;
        if (perLayer.get()) {
            List<Plate> plates = LayerFill.fill(plate, masks, fill.inpainter(),
                    progress());
            stack = LayerStackBuilder.buildPerLayer(sourceName(plateImage), plate, masks, names, histories, plates,
                    stackHistory);
        } else {
            stack = LayerStackBuilder.build(sourceName(plateImage), plate, masks, names, histories, filled,
                    stackHistory);
        }
        stack = withDepthHints(stack, masksImage);
        if (overscan.get() > 0) {
            stack = withOverscan(stack, overscan.get());
        }
        // "-1", "-2" … when the title is taken (the click tool's mask stack is also called <plate>-layers)
        String title = Images.uniqueTitle(plateImage.getShortTitle() + "-layers");
        LayerImages.toImage(title, stack).show();
    }

    private LayerStack withOverscan(LayerStack stack, double percent) {
        int marginX = OverscanLayers.margin(stack.width(), percent);
        int marginY = OverscanLayers.margin(stack.height(), percent);
        Plate extended = Outpainting.extend(OverscanLayers.farthestColours(stack), marginX, marginY,
                fill.inpainter(), progress());
        return OverscanLayers.extend(stack, marginX, marginY, extended);
    }

    /**
     * The depth hints a depth command (Order Layers by Depth, Auto Layers) attached to the mask stack, one per
     * slice; a background card goes one unit behind the last. Without them the builder's 1, 2, 3 … stay.
     */
    static LayerStack withDepthHints(LayerStack stack, ImagePlus masksImage) {
        double[] depths = MaskStacks.depths(masksImage);
        return depths == null || depths.length != masksImage.getStackSize() ? stack
                : LayerStackEdits.withDepths(stack, depths);
    }

    static String sourceName(ImagePlus image) {
        FileInfo info = image.getOriginalFileInfo();
        return info != null && info.fileName != null && !info.fileName.isBlank() ? info.fileName : image.getTitle();
    }
}
