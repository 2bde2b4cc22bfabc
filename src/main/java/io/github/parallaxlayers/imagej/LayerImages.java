package io.github.parallaxlayers.imagej;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.layers.Layer;
import io.github.parallaxlayers.layers.LayerStack;
import io.github.parallaxlayers.layers.LayerStackEdits;
import io.github.parallaxlayers.layers.SampleCoding;
import io.github.parallaxlayers.layers.SixteenBitDisplay;
import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * A layer stack inside ImageJ: a hyperstack with four channels (red, green, blue, alpha) and one z-slice per layer,
 * front first, slice labels = layer names; 8-bit, or 16-bit for a stack made from a 16- or 32-bit plate (alpha then
 * 0–65535, the 8-bit alpha × 257). The filled plate travels with it as an image property, and a 16-bit stack's
 * sample coding as another.
 */
final class LayerImages {
    static final String SOURCE_PROPERTY = "parallax.source";
    static final String FILLED_PROPERTY = "parallax.filled";
    static final String HISTORY_PROPERTY = "parallax.history";
    static final String CODING_PROPERTY = "parallax.sample_range";
    /** The frame (the plate) inside a canvas with overscan: "width height"; absent without overscan. */
    static final String FRAME_PROPERTY = "parallax.frame";
    /** Joins history steps in one image property (which must stay on one line to survive a TIFF save). */
    private static final String STEP_SEPARATOR = " || ";

    private LayerImages() {
    }

    static ImagePlus toImage(String title, LayerStack stack) {
        return toImage(title, stack, stack.bitsPerChannel());
    }

    /** The stack as an 8- or 16-bit hyperstack (an 8-bit stack at 16 bits is × 257; a 16-bit one at 8 is its view). */
    static ImagePlus toImage(String title, LayerStack stack, int bits) {
        int w = stack.width();
        int h = stack.height();
        ImageStack slices = new ImageStack(w, h);
        for (Layer layer : stack.layers()) {
            String label = Images.layerLabel(layer.name(), layer.history());
            for (ImageProcessor channel : bits == 16 ? sixteenBitChannels(layer, w, h) : eightBitChannels(layer, w, h)) {
                slices.addSlice(label, channel);
            }
        }
        ImagePlus image = new ImagePlus(title, slices);
        image.setDimensions(4, stack.layers().size(), 1);
        image.setOpenAsHyperStack(true);
        CompositeImage composite = new CompositeImage(image, IJ.COMPOSITE);
        composite.setActiveChannels("1110");
        if (bits == 16) {
            showWholeRange(composite, stack);
        }
        composite.setProp(SOURCE_PROPERTY, stack.sourceName());
        MaskStacks.setDepths(composite, stack.layers().stream().mapToDouble(Layer::depthHint).toArray());
        composite.setProperty(FILLED_PROPERTY, stack.filled());
        composite.setProp(HISTORY_PROPERTY, String.join(STEP_SEPARATOR, stack.history()));
        SampleCoding coding = stack.coding();
        if (bits == 16 && coding != null) {
            composite.setProp(CODING_PROPERTY, coding.min() + " " + coding.max());
        }
        composite.setProp(FRAME_PROPERTY, frameText(stack));
        composite.setProp(CardProperty.PROPERTY, CardProperty.text(stack.layers()));
        return composite;
    }

    private static String frameText(LayerStack stack) {
        return stack.hasOverscan() ? stack.frameWidth() + " " + stack.frameHeight() : null;
    }

    private static ImageProcessor[] eightBitChannels(Layer layer, int w, int h) {
        byte[][] channels = new byte[4][w * h];
        int[] argb = layer.argb();
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            channels[0][i] = (byte) (p >> 16);
            channels[1][i] = (byte) (p >> 8);
            channels[2][i] = (byte) p;
            channels[3][i] = (byte) (p >>> 24);
        }
        ImageProcessor[] out = new ImageProcessor[4];
        for (int c = 0; c < 4; c++) {
            out[c] = new ByteProcessor(w, h, channels[c]);
        }
        return out;
    }

    private static ImageProcessor[] sixteenBitChannels(Layer layer, int w, int h) {
        int[] argb = layer.argb();
        short[][] rgb16 = layer.sixteenBit() ? layer.rgb16()
                : SampleCoding.IDENTITY.encode(Plate.rgb(w, h, argb));
        short[][] channels = new short[4][w * h];
        for (int i = 0; i < argb.length; i++) {
            int alpha = argb[i] >>> 24;
            if (alpha != 0) {
                channels[0][i] = rgb16[0][i];
                channels[1][i] = rgb16[1][i];
                channels[2][i] = rgb16[2][i];
            }
            channels[3][i] = (short) (alpha * 257);
        }
        ImageProcessor[] out = new ImageProcessor[4];
        for (int c = 0; c < 4; c++) {
            out[c] = new ShortProcessor(w, h, channels[c], null);
        }
        return out;
    }

    /** Colour channels shown through the same window as the 8-bit view; alpha over its full range. */
    private static void showWholeRange(CompositeImage image, LayerStack stack) {
        int[] window = stack.coding() == null ? new int[] {0, 65535}
                : SixteenBitDisplay.window(stack.layers().stream().map(Layer::argb).toList(),
                        stack.layers().stream().map(Layer::rgb16).toList());
        for (int c = 1; c <= 4; c++) {
            image.setC(c);
            image.setDisplayRange(c == 4 ? 0 : window[0], c == 4 ? 65535 : Math.max(window[1], window[0] + 1));
        }
        image.setC(1);
    }

    /** Puts an edited stack back into the image it came from (the layer stack is the thing being edited). */
    static void replace(ImagePlus image, LayerStack stack) {
        ImagePlus edited = toImage(image.getTitle(), stack);
        image.setStack(edited.getStack(), 4, stack.layers().size(), 1);
        image.setProp(SOURCE_PROPERTY, stack.sourceName());
        image.setProp(MaskStacks.DEPTH_PROPERTY, edited.getProp(MaskStacks.DEPTH_PROPERTY));
        image.setProperty(FILLED_PROPERTY, stack.filled());
        image.setProp(HISTORY_PROPERTY, edited.getProp(HISTORY_PROPERTY));
        image.setProp(CODING_PROPERTY, edited.getProp(CODING_PROPERTY));
        image.setProp(FRAME_PROPERTY, frameText(stack));
        image.setProp(CardProperty.PROPERTY, CardProperty.text(stack.layers()));
        image.changes = true;
        image.updateAndDraw();
    }

    static boolean isLayerStack(ImagePlus image) {
        return image.getNChannels() == 4 && (image.getBitDepth() == 8 || image.getBitDepth() == 16)
                && image.getNFrames() == 1;
    }

    static LayerStack fromImage(ImagePlus image) {
        if (!isLayerStack(image)) {
            throw new InvalidInputException("'" + image.getTitle() + "' is not a layer stack (an 8- or 16-bit "
                    + "hyperstack with red, green, blue and alpha channels, one slice per layer): run Build Layer "
                    + "Stack first and select its result.");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        ImageStack slices = image.getStack();
        double[] depths = MaskStacks.depths(image);
        boolean sixteen = image.getBitDepth() == 16;
        SampleCoding coding = sixteen ? coding(image) : null;
        List<int[]> argbs = new ArrayList<>();
        List<short[][]> planes = new ArrayList<>();
        for (int z = 0; z < image.getNSlices(); z++) {
            int base = z * 4 + 1;
            int[] argb = new int[w * h];
            short[][] rgb16 = null;
            if (sixteen) {
                short[] a = (short[]) slices.getPixels(base + 3);
                rgb16 = new short[3][];
                for (int c = 0; c < 3; c++) {
                    rgb16[c] = ((short[]) slices.getPixels(base + c)).clone();
                }
                for (int i = 0; i < argb.length; i++) {
                    argb[i] = ((a[i] & 0xffff) * 255 + 32767) / 65535 << 24;
                    if (argb[i] == 0) {
                        rgb16[0][i] = rgb16[1][i] = rgb16[2][i] = 0;
                    }
                }
                if (coding == null) { // an 8-bit stack saved at 16 bits: back to its own 8 bits
                    for (int i = 0; i < argb.length; i++) {
                        if (argb[i] != 0) {
                            argb[i] |= ((rgb16[0][i] & 0xffff) * 255 + 32767) / 65535 << 16
                                    | ((rgb16[1][i] & 0xffff) * 255 + 32767) / 65535 << 8
                                    | ((rgb16[2][i] & 0xffff) * 255 + 32767) / 65535;
                        }
                    }
                    rgb16 = null;
                }
            } else {
                byte[] r = (byte[]) slices.getPixels(base);
                byte[] g = (byte[]) slices.getPixels(base + 1);
                byte[] b = (byte[]) slices.getPixels(base + 2);
                byte[] a = (byte[]) slices.getPixels(base + 3);
                for (int i = 0; i < argb.length; i++) {
                    int alpha = a[i] & 0xff;
                    if (alpha != 0) {
                        argb[i] = alpha << 24 | (r[i] & 0xff) << 16 | (g[i] & 0xff) << 8 | (b[i] & 0xff);
                    }
                }
            }
            argbs.add(argb);
            planes.add(rgb16);
        }
        if (coding != null) {
            SixteenBitDisplay.paintAll(argbs, planes);
        }
        List<Layer> layers = new ArrayList<>();
        List<io.github.parallaxlayers.geometry.CardPlane> cards = CardProperty.get(image, image.getNSlices());
        for (int z = 0; z < image.getNSlices(); z++) {
            String label = slices.getSliceLabel(z * 4 + 1);
            String name = label == null || label.isBlank() ? "layer-" + (z + 1) : label.split("\n")[0].trim();
            layers.add(new Layer(name, argbs.get(z), bounds(argbs.get(z), w, h), z + 1, Images.layerHistory(label),
                    planes.get(z), cards == null ? null : cards.get(z)));
        }
        Object filled = image.getProperty(FILLED_PROPERTY);
        double[] storedDepths = depths == null ? new double[0] : depths;

        if (!(filled instanceof Plate plate)) {
            throw new InvalidInputException("'" + image.getTitle() + "' has no filled plate attached (it was not "
                    + "made by Build Layer Stack in this session): run Build Layer Stack again.");
        }
        String source = image.getProp(SOURCE_PROPERTY);
        String history = image.getProp(HISTORY_PROPERTY);
        int[] frame = frame(image);
        LayerStack stack = new LayerStack(source == null ? image.getTitle() : source, w, h, layers, plate,
                history == null || history.isBlank() ? List.of()
                        : List.of(history.split(java.util.regex.Pattern.quote(STEP_SEPARATOR))), coding,
                frame[0], frame[1]);
        return LayerStackEdits.withDepths(stack, storedDepths);
    }

    /** The frame inside the image's canvas: the whole image unless it carries overscan. */
    private static int[] frame(ImagePlus image) {
        int w = image.getWidth();
        int h = image.getHeight();
        String stored = image.getProp(FRAME_PROPERTY);
        if (stored == null || stored.isBlank()) {
            return new int[] {w, h};
        }
        String[] parts = stored.trim().split("\\s+");
        try {
            int fw = Integer.parseInt(parts[0]);
            int fh = Integer.parseInt(parts[1]);
            if (fw >= 1 && fh >= 1 && fw <= w && fh <= h && (w - fw) % 2 == 0 && (h - fh) % 2 == 0) {
                return new int[] {fw, fh};
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new InvalidInputException("'" + image.getTitle() + "' has a damaged " + FRAME_PROPERTY + " property ('"
                + stored + "'); it should be the frame's width and height, centred in the " + w + "x" + h
                + " image with the same margin on both sides.");
    }

    /** The 16-bit coding the image carries; none means an 8-bit stack saved at 16 bits. */
    private static SampleCoding coding(ImagePlus image) {
        String stored = image.getProp(CODING_PROPERTY);
        if (stored == null || stored.isBlank()) {
            return null;
        }
        String[] parts = stored.trim().split("\\s+");
        try {
            return new SampleCoding(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("'" + image.getTitle() + "' has a damaged " + CODING_PROPERTY
                    + " property ('" + stored + "'); it should be two numbers, min and max.");
        }
    }

    private static Box bounds(int[] argb, int w, int h) {
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int i = 0; i < argb.length; i++) {
            if (argb[i] >>> 24 == 0) {
                continue;
            }
            int x = i % w;
            int y = i / w;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return maxX < 0 ? null : new Box(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
