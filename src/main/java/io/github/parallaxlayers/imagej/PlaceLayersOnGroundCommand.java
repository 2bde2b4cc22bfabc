package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.CardKind;
import io.github.parallaxlayers.geometry.GroundPlacement;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plugins › Parallax Layers › Place Layers on Ground: with the plate's matched camera, gives every layer that
 * stands on the ground the depth where it meets it, puts the sky far away and the background behind, orders the
 * stack front to back and logs each layer's distance and height in scene units. The layer stack is edited in place
 * and carries the camera from then on.
 */
public class PlaceLayersOnGroundCommand extends ImageCommand {
    static final String TITLE = "Place Layers on Ground";
    private final Option<String> cameraTitle = text("camera", "");
    private final Option<Double> sky = number("sky", 10, 1.001, 1e6);
    private final Option<Double> background = number("background", 2, 1.001, 1e6);

    public PlaceLayersOnGroundCommand() {
        super(TITLE, "stack", "layer stack");
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image) {
        LayerStack stack = LayerImages.fromImage(image);
        Camera camera = camera(image, cameraTitle.get(), stack.sourceName());
        if (camera.width() != stack.frameWidth() || camera.height() != stack.frameHeight()) {
            throw new InvalidInputException("The camera was matched on a " + camera.width() + "x" + camera.height()
                    + " plate but the layer stack's frame is " + stack.frameWidth() + "x" + stack.frameHeight()
                    + ": run Match Camera on this stack's plate.");
        }
        List<String> names = stack.layers().stream().map(Layer::name).toList();
        List<GroundPlacement.Placement> placements = GroundPlacement.place(camera, stack.alphaMasks(), names,
                sky.get(), background.get(), progress());
        List<Layer> ordered = new ArrayList<>();
        for (GroundPlacement.Placement p : placements) {
            Layer layer = stack.layers().get(p.sourceIndex());
            ordered.add(layer.with(layer.name(), p.depth()));
        }
        LayerImages.replace(image, stack.withLayers(ordered).withHistory(options.recorded()));
        CameraProperty.set(image, camera);
        IJ.showProgress(1.0);
        for (GroundPlacement.Placement p : placements) {
            Layer layer = stack.layers().get(p.sourceIndex());
            log(layer.hasCard() && layer.card().kind() != CardKind.SKY
                    ? "'" + p.name() + "' lies on its " + layer.card().kind().label() + " card (Set Card Kind): its "
                            + "plane gives each pixel its depth; ordered at " + String.format(Locale.ROOT, "%.2f %s",
                            p.depth(), camera.units())
                    : describe(p, camera.units()));
        }
    }

    /** The camera of {@code camera=[image]}, else the stack's own, else its plate's (by the stack's source name). */
    static Camera camera(ImagePlus stack, String title, String sourceName) {
        if (!title.isBlank()) {
            Camera c = CameraProperty.get(Images.find(title.trim(), "plate with the matched camera"));
            if (c == null) {
                throw new InvalidInputException("'" + title.trim() + "' has no matched camera: run Match Camera on "
                        + "it first.");
            }
            return c;
        }
        Camera own = CameraProperty.get(stack);
        if (own != null) {
            return own;
        }
        ImagePlus plate = ij.WindowManager.getImage(sourceName);
        Camera fromPlate = plate == null ? null : CameraProperty.get(plate);
        if (fromPlate == null) {
            throw new InvalidInputException("'" + stack.getTitle() + "' has no matched camera and neither has its "
                    + "plate '" + sourceName + "': run Match Camera on the plate first (or give camera=[image]).");
        }
        return fromPlate;
    }

    static String describe(GroundPlacement.Placement p, String units) {
        String depth = String.format(Locale.ROOT, "depth %.2f %s", p.depth(), units);
        return switch (p.kind()) {
            case GROUND_CONTACT -> String.format(Locale.ROOT, "'%s' stands on the ground %.2f %s away, %.2f %s tall "
                    + "(%s, from %d contact columns)", p.name(), p.distance(), units, p.height(), units, depth,
                    p.contactColumns());
            case SKY -> "'" + p.name() + "' is sky: " + depth;
            case BACKGROUND -> "'" + p.name() + "' is the background, behind the placed layers: " + depth
                    + (p.note() == null ? "" : " (" + p.note() + ")");
            case KEPT -> "'" + p.name() + "' was left in its place in the order, " + depth + ": " + p.note()
                    + "; give it a depth with Set Layer Depth if needed";
        };
    }
}
