package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.WindowManager;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;

/**
 * The bridge between ImageJ images and the ImageJ-free types: finding images by title, wrapping the current
 * slice (or the current z and time point of a 3-channel image) as a {@link Plate}, and reading/writing 0/255 masks.
 */
final class Images {
    static final String ACCEPTED_PLATES = "RGB colour, 16-bit colour (a 16-bit image with 3 channels: red, green, "
            + "blue), or 8-, 16- or 32-bit grey";

    private Images() {
    }

    /** The image with this title, or the current image when the title is empty. */
    static ImagePlus find(String title, String role) {
        if (title == null || title.isBlank()) {
            ImagePlus current = WindowManager.getCurrentImage();
            if (current == null) {
                throw new InvalidInputException("No image is open: open a " + role + " first (File > Open).");
            }
            return current;
        }
        ImagePlus image = WindowManager.getImage(title);
        if (image == null) {
            String[] titles = WindowManager.getImageTitles();
            throw new InvalidInputException("No open image is called '" + title + "' (the " + role + "). Open "
                    + "images: " + (titles.length == 0 ? "none" : String.join(", ", titles)) + ".");
        }
        return image;
    }

    /**
     * The current slice of an image as a plate; shares the pixel array. A 3-channel image is one colour plate from
     * its channels at the current z and time point: 16-bit → RGB48 (sharing the channel arrays), 8-bit → RGB (a
     * packed copy). Any other multi-channel image is refused, since taking its current channel would turn a colour
     * plate into a grey one without a word.
     */
    static Plate plate(ImagePlus image) {
        if (image.getNChannels() > 1) {
            return channelsPlate(image);
        }
        ImageProcessor ip = image.getProcessor();
        boolean indexedColour = image.getType() == ImagePlus.COLOR_256
                || (image.getType() == ImagePlus.GRAY8 && ip.isColorLut() && !ip.isPseudoColorLut());
        PixelType type = indexedColour ? null : switch (image.getType()) {
            case ImagePlus.GRAY8 -> PixelType.GRAY8;
            case ImagePlus.GRAY16 -> PixelType.GRAY16;
            case ImagePlus.GRAY32 -> PixelType.GRAY32;
            case ImagePlus.COLOR_RGB -> PixelType.RGB;
            default -> null;
        };
        if (type == null) {
            throw new InvalidInputException("'" + image.getTitle() + "' is an indexed-colour image (8-bit values "
                    + "that index a colour table), which is not a valid plate. Plates may be " + ACCEPTED_PLATES
                    + ": convert it with Image > Type > RGB Color.");
        }
        if (type == PixelType.GRAY32 && !hasFiniteValue((float[]) ip.getPixels())) {
            throw new InvalidInputException("'" + image.getTitle() + "' has no finite pixel value (every pixel is "
                    + "not-a-number or infinite), so its layers would be empty: check the image that made it, or "
                    + "replace the NaNs (Process > Math > Remove NaNs...).");
        }
        return new Plate(ip.getWidth(), ip.getHeight(), type, ip.getPixels());
    }

    private static boolean hasFiniteValue(float[] pixels) {
        for (float v : pixels) {
            if (Float.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    private static Plate channelsPlate(ImagePlus image) {
        int channels = image.getNChannels();
        int bits = image.getBitDepth();
        if (channels == 3 && (bits == 16 || bits == 8)) {
            ImageStack stack = image.getStack();
            Object[] planes = new Object[3];
            for (int c = 0; c < 3; c++) {
                planes[c] = stack.getPixels(image.getStackIndex(c + 1, image.getSlice(), image.getFrame()));
            }
            int w = image.getWidth();
            int h = image.getHeight();
            if (bits == 16) {
                return Plate.rgb48(w, h, (short[]) planes[0], (short[]) planes[1], (short[]) planes[2]);
            }
            byte[] r = (byte[]) planes[0];
            byte[] g = (byte[]) planes[1];
            byte[] b = (byte[]) planes[2];
            int[] rgb = new int[w * h];
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = (r[i] & 0xff) << 16 | (g[i] & 0xff) << 8 | (b[i] & 0xff);
            }
            return Plate.rgb(w, h, rgb);
        }
        String fix = channels == 3
                ? "convert it with Image > Type > 16-bit (a 16-bit colour plate) or make it RGB colour with Image > "
                        + "Color > Stack to RGB"
                : "make it RGB colour with Image > Color > Stack to RGB, "
                        + (channels > 3 ? "keep three colour channels with Image > Color > Arrange Channels..., " : "")
                        + "or take one channel with Image > Duplicate... (one channel)";
        throw new InvalidInputException("'" + image.getTitle() + "' has " + channels + " channels of "
                + (image.getType() == ImagePlus.COLOR_RGB ? "RGB colour" : bits + "-bit values")
                + ", which is not a valid plate. Plates may be " + ACCEPTED_PLATES + ": " + fix + ".");
    }

    /** A plate's kind in words, for messages: "16-bit colour (3 channels)", "8-bit grey", ... */
    static String describe(PixelType type) {
        return switch (type) {
            case GRAY8 -> "8-bit grey";
            case GRAY16 -> "16-bit grey";
            case GRAY32 -> "32-bit grey";
            case RGB -> "RGB colour";
            case RGB48 -> "16-bit colour (3 channels)";
        };
    }

    /**
     * A plate as a new ImagePlus of the plate's own type: one image, or for 16-bit colour a 3-channel composite
     * whose channels share one display range, so it shows the plate's colours rather than three stretched greys.
     */
    static ImagePlus toImage(String title, Plate plate) {
        if (plate.type() == PixelType.RGB48) {
            return colourComposite(title, plate);
        }
        ImageProcessor ip = switch (plate.type()) {
            case GRAY8 -> new ByteProcessor(plate.width(), plate.height(), (byte[]) plate.pixels());
            case GRAY16 -> new ij.process.ShortProcessor(plate.width(), plate.height(), (short[]) plate.pixels(), null);
            case GRAY32 -> new ij.process.FloatProcessor(plate.width(), plate.height(), (float[]) plate.pixels());
            case RGB -> new ij.process.ColorProcessor(plate.width(), plate.height(), (int[]) plate.pixels());
            case RGB48 -> throw new AssertionError("handled above");
        };
        ip.resetMinAndMax();
        return new ImagePlus(title, ip);
    }

    private static ImagePlus colourComposite(String title, Plate plate) {
        ImageStack stack = new ImageStack(plate.width(), plate.height());
        int min = 65535;
        int max = 0;
        for (int c = 0; c < 3; c++) {
            short[] plane = plate.plane16(c);
            stack.addSlice(new String[] {"red", "green", "blue"}[c],
                    new ij.process.ShortProcessor(plate.width(), plate.height(), plane, null));
            for (short v : plane) {
                min = Math.min(min, v & 0xffff);
                max = Math.max(max, v & 0xffff);
            }
        }
        ImagePlus image = new ImagePlus(title, stack);
        image.setDimensions(3, 1, 1);
        ij.CompositeImage composite = new ij.CompositeImage(image, IJ.COMPOSITE);
        for (int c = 1; c <= 3; c++) {
            composite.setC(c);
            composite.setDisplayRange(min, Math.max(max, min + 1));
        }
        composite.setC(1);
        return composite;
    }

    /**
     * One slice of a mask image as a 0/255 mask. 8-bit masks are thresholded at 128 (a note is logged when
     * values other than 0 and 255 appear); 16- and 32-bit masks must hold only 0 and 1 or 0 and 255.
     */
    static Mask mask(ImagePlus image, int slice) {
        ImageProcessor ip = image.getStack().getProcessor(slice);
        int w = ip.getWidth();
        int h = ip.getHeight();
        byte[] out = new byte[w * h];
        switch (image.getType()) {
            case ImagePlus.GRAY8 -> {
                byte[] px = (byte[]) ip.getPixels();
                boolean grey = false;
                for (int i = 0; i < px.length; i++) {
                    int v = px[i] & 0xff;
                    grey |= v != 0 && v != 255;
                    out[i] = v >= 128 ? Mask.ON : 0;
                }
                if (grey) {
                    IJ.log("Note: '" + image.getTitle() + "' has grey values; it was thresholded at 128 "
                            + "(128-255 = inside).");
                }
            }
            case ImagePlus.GRAY16, ImagePlus.GRAY32 -> {
                float high = 0;
                for (int i = 0; i < out.length; i++) {
                    float v = ip.getf(i);
                    if (v != 0 && v != 1 && v != 255) {
                        throw new InvalidInputException("'" + image.getTitle() + "' is not a mask: a "
                                + image.getBitDepth() + "-bit mask must hold only 0 and 1 or 0 and 255, but it has "
                                + v + ". Threshold it first (Image > Adjust > Threshold, then Convert to Mask).");
                    }
                    high = Math.max(high, v);
                }
                for (int i = 0; i < out.length; i++) {
                    if (ip.getf(i) != 0 && ip.getf(i) == high) {
                        out[i] = Mask.ON;
                    }
                }
            }
            default -> throw new InvalidInputException("'" + image.getTitle() + "' is an RGB image, not a mask. "
                    + "Masks are 8-bit images with 0 = outside and 255 = inside.");
        }
        return Mask.wrap(w, h, out);
    }

    /** Every slice of a mask stack, front first. */
    static List<Mask> masks(ImagePlus stack) {
        List<Mask> masks = new ArrayList<>();
        for (int s = 1; s <= stack.getStackSize(); s++) {
            masks.add(mask(stack, s));
        }
        return masks;
    }

    /** A slice label carrying a layer's name on its first line and its history (provenance) on the next ones. */
    static String layerLabel(String name, List<String> history) {
        StringBuilder sb = new StringBuilder(name);
        history.forEach(step -> sb.append('\n').append(step));
        return sb.toString();
    }

    /** The history lines of a slice label (everything after the name), oldest first. */
    static List<String> layerHistory(String label) {
        if (label == null || !label.contains("\n")) {
            return List.of();
        }
        return List.of(label.substring(label.indexOf('\n') + 1).split("\n"));
    }

    /** A slice's label with one more history step; unnamed slices get the name layer-N. */
    static String withStep(ImageStack stack, int slice, String step) {
        String label = stack.getSliceLabel(slice);
        String name = label == null || label.isBlank() ? "layer-" + slice : label.split("\n")[0].trim();
        List<String> history = new ArrayList<>(layerHistory(label));
        history.add(step);
        return layerLabel(name, history);
    }

    /** The history of every slice of a mask stack. */
    static List<List<String>> layerHistories(ImagePlus stack) {
        List<List<String>> histories = new ArrayList<>();
        for (int i = 1; i <= stack.getStackSize(); i++) {
            histories.add(layerHistory(stack.getStack().getSliceLabel(i)));
        }
        return histories;
    }

    /** Slice labels of a mask stack as layer names; unnamed slices become layer-N. */
    static List<String> layerNames(ImagePlus stack) {
        List<String> names = new ArrayList<>();
        ImageStack s = stack.getStack();
        for (int i = 1; i <= s.getSize(); i++) {
            String label = s.getSliceLabel(i);
            names.add(label == null || label.isBlank() ? "layer-" + i : label.split("\n")[0].trim());
        }
        return names;
    }

    /** {@code title}, or {@code title-1}, {@code title-2} … when an open image (batch-mode ones too) has it. */
    static String uniqueTitle(String title) {
        java.util.Set<String> taken = new java.util.HashSet<>(java.util.Arrays.asList(WindowManager.getImageTitles()));
        if (!taken.contains(title)) {
            return title;
        }
        for (int i = 1; ; i++) {
            if (!taken.contains(title + "-" + i)) {
                return title + "-" + i;
            }
        }
    }

    static ByteProcessor processor(Mask mask) {
        return new ByteProcessor(mask.width(), mask.height(), mask.data().clone());
    }

    static void requireSameSize(ImagePlus plate, ImagePlus other, String role) {
        requireSameSize(plate, "plate", other, role);
    }

    /** As above where the image compared against is not the plate (the ground truth, the first mask). */
    static void requireSameSize(ImagePlus reference, String referenceRole, ImagePlus other, String role) {
        if (reference.getWidth() != other.getWidth() || reference.getHeight() != other.getHeight()) {
            throw new InvalidInputException("The " + role + " '" + other.getTitle() + "' is " + other.getWidth()
                    + "x" + other.getHeight() + " but the " + referenceRole + " '" + reference.getTitle() + "' is "
                    + reference.getWidth() + "x" + reference.getHeight() + ": they must have the same size.");
        }
    }

    /** The files the open images were read from: an export must never replace a folder holding one of them. */
    static List<java.nio.file.Path> openFiles() {
        List<java.nio.file.Path> files = new ArrayList<>();
        int[] ids = WindowManager.getIDList();
        for (int id : ids == null ? new int[0] : ids) {
            ImagePlus image = WindowManager.getImage(id);
            ij.io.FileInfo info = image == null ? null : image.getOriginalFileInfo();
            if (info != null && info.directory != null && !info.directory.isEmpty() && info.fileName != null) {
                try {
                    files.add(java.nio.file.Path.of(info.directory, info.fileName));
                } catch (java.nio.file.InvalidPathException ignored) {
                    // Not a file on this machine (a URL): nothing to protect.
                }
            }
        }
        return files;
    }
}
