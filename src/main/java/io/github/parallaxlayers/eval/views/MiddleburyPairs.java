package io.github.parallaxlayers.eval.views;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.layers.ParallaxRenderer.Pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stereo pairs in the Middlebury naming schemes: a left view (the reference), the right view (the truth) and the
 * left view's true disparity, in which a left pixel with disparity d appears at x − d in the right view.
 * <ul>
 * <li>2003 (cones, teddy): im2.png, im6.png, disp2.png (disparity = value / 4, 0 = unknown), and disp6.png, the
 * right view's disparity, when present;</li>
 * <li>2006 as OpenCV ships it: NAMEL, NAMER (png/jpg) and NAMEGT.png (disparity = value, 0 = unknown);</li>
 * <li>2014 as scikit-image ships it: NAME_left.png, NAME_right.png and NAME_disp_x256.png (value / 256).</li>
 * </ul>
 * The cameras differ by a pure horizontal translation: the pair is placed at focal length f = image width and
 * baseline 1, so depth = f / disparity and a card at disparity d moves by exactly d pixels.
 */
final class MiddleburyPairs {
    static final String SCHEMES = "im2.png + im6.png + disp2.png (disparity x4), NAMEL + NAMER + NAMEGT.png "
            + "(disparity x1) or NAME_left.png + NAME_right.png + NAME_disp_x256.png";

    private record Files3(Path left, Path right, Path disparity, double scale, Path rightDisparity) {
    }

    private MiddleburyPairs() {
    }

    /** Every scene folder under {@code root} (or root itself when it holds a pair), in name order. */
    static List<ViewScene> open(Path root) {
        List<Path> folders = SceneFolders.under(root, folder -> match(folder).isPresent(),
                "give a folder of stereo scenes, each with " + SCHEMES + ".");
        List<ViewScene> scenes = new ArrayList<>();
        for (Path folder : folders) {
            Files3 files = match(folder).orElseThrow(() -> new InvalidInputException(folder + " holds no complete "
                    + "stereo pair with true disparity: expected " + SCHEMES + "."));
            scenes.add(load(folder.getFileName().toString(), files));
        }
        return scenes;
    }

    private static Optional<Files3> match(Path folder) {
        if (Files.isRegularFile(folder.resolve("im2.png")) && Files.isRegularFile(folder.resolve("disp2.png"))) {
            Path right = folder.resolve("disp6.png");
            return Optional.of(new Files3(folder.resolve("im2.png"), folder.resolve("im6.png"),
                    folder.resolve("disp2.png"), 4, Files.isRegularFile(right) ? right : null));
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path file : s.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("GT.png")) {
                    String stem = name.substring(0, name.length() - "GT.png".length());
                    Path left = firstExisting(folder, stem + "L.png", stem + "L.jpg");
                    Path right = firstExisting(folder, stem + "R.png", stem + "R.jpg");
                    return Optional.of(new Files3(left, right, file, 1, null));
                }
                if (name.endsWith("_disp_x256.png")) {
                    String stem = name.substring(0, name.length() - "_disp_x256.png".length());
                    return Optional.of(new Files3(folder.resolve(stem + "_left.png"), folder.resolve(stem + "_right.png"),
                            file, 256, null));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Path firstExisting(Path folder, String... names) {
        for (String n : names) {
            if (Files.isRegularFile(folder.resolve(n))) {
                return folder.resolve(n);
            }
        }
        return folder.resolve(names[0]);
    }

    private static ViewScene load(String name, Files3 files) {
        BufferedImage left = ImageReading.read(files.left());
        int w = left.getWidth();
        int h = left.getHeight();
        BufferedImage right = ImageReading.read(files.right());
        ImageReading.checkSize(right, files.right(), w, h, "the left view " + files.left().getFileName());
        BufferedImage disparityImage = ImageReading.read(files.disparity());
        ImageReading.checkSize(disparityImage, files.disparity(), w, h, "the left view " + files.left().getFileName());
        float[] disparity = disparity(disparityImage, files.disparity(), files.scale());
        PinholeCamera camera = new PinholeCamera(w, h, PinholeCamera.fovForFocal(w, h));
        double f = camera.focal();
        DepthMap known = new DepthMap(w, h, disparity);
        if (known.knownCount() == 0) {
            throw new InvalidInputException(files.disparity() + " has no known disparity (every value is 0): give the"
                    + " true disparity of the left view.");
        }
        float[] filled = known.withUnknownFilled().values();
        float[] inverse = new float[w * h];
        float[] depth = new float[w * h];
        for (int i = 0; i < depth.length; i++) {
            inverse[i] = (float) (disparity[i] / f);
            depth[i] = (float) (f / filled[i]);
        }
        int[] leftRgb = ImageReading.rgb(left);
        Pose pose = new Pose(1, 0, 0, 0);
        float[] rightDepth = rightDepth(leftRgb, depth, camera, pose, files, w, h);
        TargetView view = new TargetView("stereo", "stereo", 1, pose, ImageReading.rgb(right), rightDepth);
        return new ViewScene(name, camera, leftRgb, inverse, depth, List.of(view), new Visibility.Tolerance(0, 1));
    }

    /** Disparity in pixels, NaN where 0 (unknown). */
    private static float[] disparity(BufferedImage image, Path file, double scale) {
        int[] samples = ImageReading.greySamples(image, file);
        float[] out = new float[samples.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = samples[i] == 0 ? Float.NaN : (float) (samples[i] / scale);
        }
        return out;
    }

    /**
     * The right view's depth: its true disparity where the data set gives it; elsewhere the left depth warped into
     * the right view (nearest surface wins) with pixels nothing lands on taken from the farther neighbour in their
     * row — those are the disocclusions, and the surface behind them is the farther one.
     */
    private static float[] rightDepth(int[] leftRgb, float[] leftDepth, PinholeCamera camera, Pose pose, Files3 files,
                                      int w, int h) {
        double f = camera.focal();
        float[] warped = ForwardWarp.warp(leftRgb, leftDepth, camera, pose).depth();
        float[] inverse = new float[warped.length];
        for (int i = 0; i < inverse.length; i++) {
            inverse[i] = warped[i] == warped[i] ? (float) (f / warped[i]) : Float.NaN;
        }
        float[] estimate = new DepthMap(w, h, inverse).withUnknownFilled().values();
        float[] truth = null;
        if (files.rightDisparity() != null) {
            BufferedImage image = ImageReading.read(files.rightDisparity());
            ImageReading.checkSize(image, files.rightDisparity(), w, h, "the left view " + files.left().getFileName());
            truth = disparity(image, files.rightDisparity(), files.scale());
        }
        float[] out = new float[w * h];
        for (int i = 0; i < out.length; i++) {
            float d = truth != null && truth[i] == truth[i] ? truth[i] : estimate[i];
            out[i] = (float) (f / d);
        }
        return out;
    }
}
