package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.io.FileInfo;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.fill.Inpainter;
import io.github.parallaxlayers.fill.LayerFill;
import io.github.parallaxlayers.layers.EdgeMode;
import io.github.parallaxlayers.layers.LayerEdges;
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
 * {@code edge=feather} or {@code edge=matte} each layer gets a soft edge {@code width} px wide from its mask (the
 * matte snapped to the plate's edges), and with {@code decontaminate} the colours inside it are the estimated
 * foreground's, so every export carries the soft alpha and no old-background fringe. With
 * {@code overscan=N} the layers reach N % of the frame beyond each edge, the farthest layers continued there by the
 * same fill ({@code layers.OverscanLayers}, {@code fill.Outpainting}); the camera stays the plate's.
 */
public class BuildLayerStackCommand extends ParallaxCommand {
    static final String TITLE = "Build Layer Stack";
    private final ImageInput plateInput = ImageInput.plate(options());
    private final ImageInput masksInput = ImageInput.required(options(), "masks", "mask stack");
    private final Option<String> layers = text(LayerSelection.KEY, "");
    private final Option<String> filledTitle = text("filled", "").namesAnImage();
    private final Option<String> background = text("background", "");
    private final Option<Boolean> perLayer = flag("per_layer");
    private final Option<Double> overscan = number("overscan", 0, 0, OverscanLayers.MAX_PERCENT);
    private final FillOptions fill = FillOptions.declare(options());
    private Inpainter inpainter;
    private final Option<EdgeMode> edge = choice("edge", EdgeMode.class, EdgeMode.HARD).omittedAtDefault();
    private final Option<Double> width = number("width", 4, 0.5, 1000).omittedAtDefault();
    private final Option<Boolean> decontaminate = flag("decontaminate");

    public BuildLayerStackCommand() {
        super(TITLE, "plate");
    }

    @Override
    protected void execute(CommandOptions options) {
        ImagePlus plateImage = plateInput.find();
        ImagePlus masksImage = masksInput.findBeside(plateImage, "Give the mask stack with masks=[title] (one 8-bit "
                + "slice per layer, front first).");
        Plate plate = Images.plate(plateImage);
        LayerEdges edges = new LayerEdges(edge.get(), width.get(), decontaminate.get());
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
        boolean[] chosen = LayerSelection.of(masksImage, layers.get(), TITLE);
        List<Mask> masks = chosen(Images.masks(masksImage), chosen);
        List<String> names = chosen(Images.layerNames(masksImage), chosen);
        List<List<String>> histories = chosen(Images.layerHistories(masksImage), chosen);
        if (!background.get().isBlank()) {
            if (names.contains(background.get().trim())) {
                // Set Layer Depth, Rename Layer and the others find a layer by its name: two would be one.
                throw new InvalidInputException("background=" + background.get().trim() + " is already a layer of '"
                        + masksImage.getTitle() + "'; give the background another name.");
            }
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
            List<Plate> plates = LayerFill.fill(plate, masks, inpainter(), progress());
            stack = LayerStackBuilder.buildPerLayer(sourceName(plateImage), plate, masks, names, histories, plates,
                    stackHistory, edges);
        } else {
            stack = LayerStackBuilder.build(sourceName(plateImage), plate, masks, names, histories, filled,
                    stackHistory, edges);
        }
        stack = withDepthHints(stack, masksImage, chosen);
        if (overscan.get() > 0) {
            stack = withOverscan(stack, overscan.get());
        }
        // "-1", "-2" … when the title is taken (the click tool's mask stack is also called <plate>-layers)
        String title = Images.uniqueTitle(plateImage.getShortTitle() + "-layers");
        ImagePlus built = LayerImages.toImage(title, stack);
        MaskStackFingerprint.mark(built, masksImage);
        built.show();
    }

    /** The fill of this run, made on first use, so a learned model's fall-back is logged once. */
    private Inpainter inpainter() {
        if (inpainter == null) {
            inpainter = fill.inpainter();
            reportFallback(inpainter);
        }
        return inpainter;
    }

    private LayerStack withOverscan(LayerStack stack, double percent) {
        int marginX = OverscanLayers.margin(stack.width(), percent);
        int marginY = OverscanLayers.margin(stack.height(), percent);
        Plate extended = Outpainting.extend(OverscanLayers.farthestColours(stack), marginX, marginY,
                inpainter(), progress());
        return OverscanLayers.extend(stack, marginX, marginY, extended);
    }

    /**
     * The depth hints a depth command (Order Layers by Depth, Auto Layers) attached to the mask stack, one per
     * slice; a background card goes one unit behind the last. Without them the builder's 1, 2, 3 … stay.
     */
    static LayerStack withDepthHints(LayerStack stack, ImagePlus masksImage, boolean[] chosen) {
        double[] depths = MaskStacks.depths(masksImage);
        if (depths == null || depths.length != masksImage.getStackSize()) {
            return stack;
        }
        double[] kept = new double[depths.length];
        int n = 0;
        for (int i = 0; i < depths.length; i++) {
            if (chosen[i]) {
                kept[n++] = depths[i];
            }
        }
        return LayerStackEdits.withDepths(stack, java.util.Arrays.copyOf(kept, n));
    }

    /** The items of the chosen layers, in stack order (a new, modifiable list). */
    private static <T> List<T> chosen(List<T> all, boolean[] chosen) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (chosen[i]) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }

    static String sourceName(ImagePlus image) {
        FileInfo info = image.getOriginalFileInfo();
        return info != null && info.fileName != null && !info.fileName.isBlank() ? info.fileName : image.getTitle();
    }
}
