package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.geometry.Camera;
import io.github.parallaxlayers.geometry.CameraMatch;
import io.github.parallaxlayers.geometry.LineMatch;
import io.github.parallaxlayers.geometry.VanishingPoint;
import io.github.parallaxlayers.layers.LayerStack;

import java.util.Locale;

/**
 * Plugins › Parallax Layers › Match Camera: the plate's camera from straight-line selections along parallel scene
 * edges (two or three directions, grouped by name or colour), or from one line named {@code horizon} and
 * {@code fov=}. Logs each direction's vanishing point and per-line residuals, and the camera; stores the camera
 * on the image (and on a layer stack given with {@code stack=}).
 */
public class MatchCameraCommand extends ImageCommand {
    static final String TITLE = "Match Camera";
    private final Option<LineSource> source = choice("lines", LineSource.class, LineSource.OVERLAY);
    private final Option<LineGrouping> grouping = choice("group", LineGrouping.class, LineGrouping.NAME);
    private final Option<String> vertical = text("vertical", "");
    private final Option<Double> fov = number("fov", 0, 0, 179);
    private final Option<Double> height = number("height", Camera.DEFAULT_EYE_HEIGHT, -1e9, 1e9);
    private final Option<String> reference = text("reference", "");
    private final Option<Double> referenceHeight = number("reference_height", 0, 0, 1e9);
    private final Option<String> units = text("units", "m");
    private final Option<String> stackTitle = text("stack", "");

    public MatchCameraCommand() {
        super(TITLE, "image", "plate with line selections");
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image) {
        if (!(height.get() > 0)) {
            throw new InvalidInputException("height=" + CommandOptions.format(height.get()) + " puts the camera at "
                    + "or below the ground: give the camera's height above the ground in scene units (greater than "
                    + "0; 1.6 is eye level).");
        }
        String unit = units.get().isBlank() ? "m" : units.get().trim();
        int w = image.getWidth();
        int h = image.getHeight();
        double knownFov = fov.get() == 0 ? Double.NaN : fov.get();
        LineMatch.Match match = LineMatch.match(LineRois.lines(image, source.get()),
                grouping.get() == LineGrouping.COLOUR, vertical.get(), w, h, knownFov, height.get(), unit,
                reference.get(), referenceHeight.get());
        CameraMatch.Result result = match.fit();
        Camera camera = match.camera();
        for (VanishingPoint v : result.points()) {
            log(describe(v));
        }
        for (double[] a : result.angles()) {
            IJ.log(String.format(Locale.ROOT, "%s: directions '%s' and '%s' are %.2f° apart", TITLE,
                    result.points().get((int) a[0]).name(), result.points().get((int) a[1]).name(), a[2]));
        }
        IJ.log(TITLE + ": " + describe(camera) + (match.heightFromReference() ? " (height from the reference '"
                + reference.get().trim() + "')" : ""));
        for (String note : result.notes()) {
            log("note: " + note + ".");
        }
        CameraProperty.set(image, camera);
        if (!stackTitle.get().isBlank()) {
            ImagePlus stack = Images.find(stackTitle.get().trim(), "layer stack");
            // a stack with overscan is larger than its plate: its frame is what the camera sees
            LayerStack layers = LayerImages.isLayerStack(stack) ? LayerImages.fromImage(stack) : null;
            int sw = layers != null ? layers.frameWidth() : stack.getWidth();
            int sh = layers != null ? layers.frameHeight() : stack.getHeight();
            if (sw != w || sh != h) {
                throw new InvalidInputException("The layer stack '" + stack.getTitle() + "' is " + sw
                        + "x" + sh + " but the plate is " + w + "x" + h + ".");
            }
            CameraProperty.set(stack, camera);
        }
    }

    static String describe(VanishingPoint v) {
        StringBuilder s = new StringBuilder("direction '" + v.name() + "': vanishing point ");
        if (v.atInfinity()) {
            s.append(String.format(Locale.ROOT, "at infinity (lines parallel in the image, at %.1f°)",
                    Math.toDegrees(Math.atan2(-v.y(), v.x()))));
        } else {
            s.append(String.format(Locale.ROOT, "(%.1f, %.1f)", v.imageX(), v.imageY()));
        }
        s.append("; residual per line (px):");
        for (double r : v.residualPixels()) {
            s.append(String.format(Locale.ROOT, " %.2f", r));
        }
        s.append(String.format(Locale.ROOT, " (rms %.2f)", v.rmsResidualPixels()));
        return s.toString();
    }

    static String describe(Camera c) {
        return String.format(Locale.ROOT, "field of view %.2f° vertical (%.2f° horizontal, focal length %.1f px), "
                        + "principal point (%.1f, %.1f), tilt %.2f°, roll %.2f°, horizon at y %.1f (left) to %.1f "
                        + "(right), camera height %s %s",
                c.verticalFov(), c.horizontalFov(), c.focalPixels(), c.principalX(), c.principalY(), c.tilt(),
                c.roll(), c.horizonY(0), c.horizonY(c.width()), CommandOptions.format(c.eyeHeight()), c.units());
    }
}
