package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;
import ij.plugin.filter.AVI_Writer;
import ij.process.ColorProcessor;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.layers.CameraMove;
import io.github.parallaxlayers.layers.CardRenderer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.ParallaxRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Plugins › Parallax Layers › Parallax Preview: renders the layer stack from a moving camera as an RGB stack
 * (optionally an AVI), with a table of holes and texture stretch per frame, and warns when the move reveals more
 * than the layers cover.
 */
public class ParallaxPreviewCommand extends ParallaxCommand {
    static final String TITLE = "Parallax Preview";
    /** Above these, a move shows the audience what the layers cannot support. */
    static final double HOLE_WARNING = 0.005;
    static final double STRETCH_WARNING = 1.5;
    private final Option<String> stackTitle = image("stack", "");
    private final Option<CameraMove> move = choice("move", CameraMove.class, CameraMove.SHIFT);
    private final Option<Double> amount = number("amount", 0.1, 0, 1e6);
    private final Option<Integer> frames = integer("frames", 60, 1, 10000);
    private final Option<Double> fov = SceneOptions.fov(options());
    private final Option<Integer> width = integer("width", 0, 0, 16384);
    private final Option<String> save = text("save", "");

    public ParallaxPreviewCommand() {
        super(TITLE, "layer stack");
    }

    @Override
    protected void execute(CommandOptions options) {
        if (move.get() == CameraMove.ORBIT && amount.get() > 45) {
            throw new InvalidInputException("amount=" + amount.get() + "° is far beyond what 2.5D cards support; "
                    + "orbits of about ±15° work, give at most 45.");
        }
        Path saveTo = save.get().isBlank() ? null : checkedSaveTarget(Path.of(save.get().trim()));
        ImagePlus image = Images.find(stackTitle.get(), "layer stack");
        LayerStack stack = LayerImages.fromImage(image);
        // the frame's size: overscan margins are what a move may uncover, not part of the picture
        int outWidth = width.get() == 0 ? stack.frameWidth() : width.get();
        int outHeight = (int) Math.round(outWidth * stack.frameHeight() / (double) stack.frameWidth());
        io.github.parallaxlayers.layers.PreviewMemory.check(frames.get(), outWidth, outHeight,
                io.github.parallaxlayers.layers.PreviewMemory.available());
        // a matched camera (Match Camera, Place Layers on Ground) replaces fov=
        io.github.parallaxlayers.geometry.Camera camera = CameraProperty.get(image);
        ParallaxRenderer renderer = camera == null ? new ParallaxRenderer(stack, fov.get())
                : new ParallaxRenderer(stack, camera.verticalFov(), camera.principalX(), camera.principalY());
        List<ParallaxRenderer.Pose> path = renderer.path(move.get(), amount.get(), frames.get());
        // ground, wall and sky cards (Set Card Kind) render through their planes' homographies, as evaluate-views'
        // geometry method does; a stack of upright cards keeps the card renderer it always had
        CardRenderer cards = stack.layers().stream().noneMatch(io.github.parallaxlayers.layers.Layer::hasCard) ? null
                : camera == null ? new CardRenderer(stack, CardRenderer.planes(stack), fov.get())
                : new CardRenderer(stack, CardRenderer.planes(stack), camera.verticalFov(), camera.principalX(),
                        camera.principalY());
        ImageStack frameStack = new ImageStack(outWidth, outHeight);
        // The system Results table, so macros read it with nResults and getResult(), also headless.
        ResultsTable table = ResultsTable.getResultsTable();
        table.reset();
        ImageJProgress progress = progress();
        double worstHoles = 0;
        double worstStretch = 0;
        for (int f = 0; f < path.size(); f++) {
            ParallaxRenderer.Pose pose = path.get(f);
            ParallaxRenderer.Frame frame = cards == null ? renderer.render(pose, outWidth, outHeight, progress)
                    : cards.render(ParallaxRenderer.view(pose), outWidth, outHeight, progress);
            frameStack.addSlice("frame " + (f + 1), new ColorProcessor(outWidth, outHeight, frame.rgb()));
            table.addRow();
            table.addValue("frame", f + 1);
            table.addValue("camera_x", pose.x());
            table.addValue("camera_y", pose.y());
            table.addValue("camera_z", pose.z());
            table.addValue("yaw_deg", Math.toDegrees(pose.yaw()));
            table.addValue("holes_percent", 100 * frame.holeFraction());
            table.addValue("max_stretch", frame.maxStretch());
            worstHoles = Math.max(worstHoles, frame.holeFraction());
            worstStretch = Math.max(worstStretch, frame.maxStretch());
            progress.progress((f + 1) / (double) path.size(), "frame " + (f + 1));
        }
        ImagePlus preview = new ImagePlus(image.getShortTitle() + "-preview", frameStack);
        preview.show();
        table.show("Results");
        if (worstHoles > HOLE_WARNING || worstStretch > STRETCH_WARNING) {
            IJ.log(TITLE + ": warning: this move " + (worstHoles > HOLE_WARNING ? String.format(Locale.ROOT,
                    "uncovers up to %.1f%% of the frame (holes)", 100 * worstHoles) : "")
                    + (worstHoles > HOLE_WARNING && worstStretch > STRETCH_WARNING ? " and " : "")
                    + (worstStretch > STRETCH_WARNING ? String.format(Locale.ROOT,
                    "magnifies a card %.2f× (soft texture)", worstStretch) : "")
                    + ": reduce amount=, build the stack with overscan= (holes at the frame's edges), extend the "
                    + "fills, or add a layer.");
        }
        if (saveTo != null) {
            saveAvi(preview, saveTo);
        }
        IJ.showProgress(1.0);
    }

    /** Checked before any frame is rendered, so a wrong save= fails at once instead of after the whole preview. */
    private static Path checkedSaveTarget(Path target) {
        target = target.toAbsolutePath();
        if (target.getFileName() == null
                || !target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".avi")) {
            throw new InvalidInputException("save= must name an .avi file; got " + target + ".");
        }
        if (Files.exists(target)) {
            throw new InvalidInputException(target + " exists already; choose another file name.");
        }
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("save=" + target + ": the folder " + folder + " does not exist; "
                    + "create it first.");
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException("save=" + target + ": the folder " + folder + " is not writable.");
        }
        return target;
    }

    private static void saveAvi(ImagePlus preview, Path target) {
        if (Files.exists(target)) {
            throw new InvalidInputException(target + " appeared while the preview was rendered; choose another "
                    + "file name.");
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            preview.getCalibration().fps = 30;
            new AVI_Writer().writeImage(preview, temporary.toString(), AVI_Writer.JPEG_COMPRESSION, 90);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file is hidden and named as such
            }
            throw new InvalidInputException("Could not write " + target + ": " + e.getMessage());
        }
    }
}
