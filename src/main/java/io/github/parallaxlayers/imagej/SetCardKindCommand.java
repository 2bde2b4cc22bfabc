package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.CardFit;
import io.github.parallaxlayers.geometry.CardKind;
import io.github.parallaxlayers.geometry.CardPlane;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;
import io.github.parallaxlayers.layers.OverscanLayers;

import java.util.Locale;

/**
 * Plugins › Parallax Layers › Set Card Kind: {@code layer=[name] kind=ground|wall|upright|sky} puts one layer of a
 * layer stack on a plane of the matched camera's scene — the ground (y = 0, the camera its height above it), a wall
 * (the vertical plane through the line where the layer meets the ground), the sky (a far card at its depth hint) or
 * back on the upright card at its depth hint. One layer per call, as a card is chosen per object in Nuke or Blender;
 * the layer's pixels in the frame do not change, so the reference view is the plate. With overscan, a ground or wall
 * layer goes on into the margins beside the frame's edges it reaches ({@link OverscanLayers#continueIntoMargins}): a
 * moving camera then sees more of its plane rather than the background card behind it.
 */
public class SetCardKindCommand extends ImageCommand {
    static final String TITLE = "Set Card Kind";
    private final Option<String> layer = text("layer", "");
    private final Option<CardKind> kind = choice("kind", CardKind.class, CardKind.GROUND);
    private final Option<String> cameraTitle = text("camera", "");

    public SetCardKindCommand() {
        super(TITLE, "stack", "layer stack");
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image) {
        LayerStack stack = LayerImages.fromImage(image);
        if (layer.get().isBlank()) {
            throw new InvalidInputException("Give the layer to put on a card with layer=[name]; layers: "
                    + String.join(", ", stack.layers().stream().map(Layer::name).toList()) + ".");
        }
        int index = LayerStackEdits.indexOf(stack, layer.get());
        Layer target = stack.layers().get(index);
        CardPlane card;
        String what;
        Camera camera = null;
        switch (kind.get()) {
            case UPRIGHT -> {
                card = null;
                what = "the upright card at depth " + CommandOptions.format(target.depthHint());
            }
            case SKY -> {
                card = CardPlane.sky(target.depthHint());
                what = "the sky, a far card at depth " + CommandOptions.format(target.depthHint());
            }
            case GROUND -> {
                camera = camera(image, stack);
                card = CardFit.ground(camera);
                what = String.format(Locale.ROOT, "the ground, %.2f %s below the camera", camera.eyeHeight(),
                        camera.units());
            }
            case WALL -> {
                camera = camera(image, stack);
                CardFit.Wall wall = CardFit.wall(camera, stack.alphaMasks(), index, target.name());
                card = wall.plane();
                what = CardFit.describe(wall, camera.units());
            }
            default -> throw new IllegalStateException(kind.get().toString());
        }
        LayerStack edited = LayerStackEdits.setCard(stack, index, card);
        if (kind.get() == CardKind.GROUND || kind.get() == CardKind.WALL) {
            edited = OverscanLayers.continueIntoMargins(edited, index);
            if (edited.hasOverscan()) {
                what += "; it goes on into the overscan margins beside the frame's edges it reaches";
            }
        }
        LayerImages.replace(image, edited.withHistory(options.recorded()));
        if (camera != null && CameraProperty.get(image) == null) {
            CameraProperty.set(image, camera); // the card is in this camera's frame: the stack carries it from now on
        }
        IJ.showProgress(1.0);
        log("'" + target.name() + "' is on " + what + ".");
    }

    private Camera camera(ImagePlus image, LayerStack stack) {
        Camera camera = PlaceLayersOnGroundCommand.camera(image, cameraTitle.get(), stack.sourceName());
        if (camera.width() != stack.frameWidth() || camera.height() != stack.frameHeight()) {
            throw new InvalidInputException("The camera was matched on a " + camera.width() + "x" + camera.height()
                    + " plate but the layer stack's frame is " + stack.frameWidth() + "x" + stack.frameHeight()
                    + ": run Match Camera on this stack's plate.");
        }
        return camera;
    }
}
