package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.fill.FillBackend;
import io.github.parallaxlayers.fill.LayerFill;
import io.github.parallaxlayers.fill.learned.HighResStrategy;
import io.github.parallaxlayers.onnx.Device;
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
 * learned backends {@code device=}, {@code strategy=}) instead of taking one {@code filled} plate.
 */
public class BuildLayerStackCommand implements PlugIn {
    static final String TITLE = "Build Layer Stack";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> plateTitle = options.image("plate", "");
        Option<String> masksTitle = options.image("masks", "");
        Option<String> filledTitle = options.text("filled", "");
        Option<String> background = options.text("background", "");
        Option<Boolean> perLayer = options.flag("per_layer");
        Option<FillBackend> backend = options.choice("backend", FillBackend.class, FillBackend.PATCH);
        Option<Device> device = options.choice("device", Device.class, Device.AUTO);
        Option<HighResStrategy> strategy = options.choice("strategy", HighResStrategy.class, HighResStrategy.CROP);
        Images.find("", "plate");
        if (!options.read()) {
            return;
        }
        ImagePlus plateImage = Images.find(plateTitle.get(), "plate");
        if (masksTitle.get().isBlank()) {
            throw new InvalidInputException("Give the mask stack with masks=[title] (one 8-bit slice per layer, "
                    + "front first).");
        }
        ImagePlus masksImage = Images.find(masksTitle.get(), "mask stack");
        Images.requireSameSize(plateImage, masksImage, "mask stack");
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
            List<Plate> plates = LayerFill.fill(plate, masks, backend.get().create(device.get(), strategy.get()),
                    new ImageJProgress(TITLE));
            stack = LayerStackBuilder.buildPerLayer(sourceName(plateImage), plate, masks, names, histories, plates,
                    stackHistory);
        } else {
            stack = LayerStackBuilder.build(sourceName(plateImage), plate, masks, names, histories, filled,
                    stackHistory);
        }
        stack = withDepthHints(stack, masksImage);
        // "-1", "-2" … when the title is taken (the click tool's mask stack is also called <plate>-layers)
        String title = Images.uniqueTitle(plateImage.getShortTitle() + "-layers");
        LayerImages.toImage(title, stack).show();
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
