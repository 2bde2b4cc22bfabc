package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.EdgeAwareFeather;
import io.github.parallaxlayers.refine.Feather;
import io.github.parallaxlayers.refine.FeatherMode;

/**
 * The edge a layer gets from its mask when the stack is built: hard, a feathered ramp, or a matte snapped to the
 * plate's edges, and whether the colours inside the soft edge are decontaminated (the old background estimated
 * out, {@link EdgeDecontamination}).
 *
 * @param mode          hard, feather or matte
 * @param width         the soft edge's width in px (feather and matte), centred on the mask's border
 * @param decontaminate replace the plate's colours inside the soft edge by the estimated foreground colours
 */
public record LayerEdges(EdgeMode mode, double width, boolean decontaminate) {
    /** Hard edges, the plate's own colours: what Build Layer Stack made before soft edges existed. */
    public static final LayerEdges HARD = new LayerEdges(EdgeMode.HARD, 4, false);
    /** Guided-filter regularisation of the matte, in (0–1 guide units)²: Feather Mask's default. */
    static final double MATTE_EPS = 1e-3;

    public LayerEdges {
        if (mode != EdgeMode.HARD && !(width > 0)) {
            throw new InvalidInputException("The edge width must be positive (px); got " + width + ".");
        }
        if (mode == EdgeMode.HARD && decontaminate) {
            throw new InvalidInputException("decontaminate needs a soft edge: add edge=feather or edge=matte "
                    + "(a hard edge has no mixed pixels to clean).");
        }
    }

    /** The layer's alpha, 0–255 per pixel; a full-frame mask (a background card) stays opaque everywhere. */
    public byte[] alpha(Mask mask, Plate plate) {
        if (mode == EdgeMode.HARD || mask.count() == mask.width() * mask.height()) {
            return mask.data().clone();
        }
        Box box = mask.bounds();
        if (mode == EdgeMode.FEATHER) {
            // the ramp reaches width/2 beyond the border: outside the mask's box grown by that it is 0, and inside
            // the box the distances are the same (every mask pixel is in it), so the crop gives the same alpha
            return box == null ? new byte[mask.width() * mask.height()]
                    : onCrop(mask, box, (int) Math.ceil(width) + 2, 1,
                            crop -> Feather.alpha(cropMask(mask, crop), width, FeatherMode.CENTRED));
        }
        // a window about as wide as the edge: narrower misses the edge's extent, wider blurs across objects
        int radius = Math.max(2, (int) Math.round(width));
        if (box == null || plate.type() != PixelType.RGB && plate.type() != PixelType.GRAY8) {
            // 16- and 32-bit guides are scaled by their own range, so a crop would change the matte: whole frame
            return EdgeAwareFeather.alpha(mask, plate, width, FeatherMode.CENTRED, radius, MATTE_EPS);
        }
        // The matte only changes a band of radius + width around the border, and each pixel of it sees the guide
        // within a few windows: the mask's box grown by that much gives the same matte (within a level) at a
        // fraction of the cost of the whole frame (a small subject on a 4K plate). The crop starts on the filter's
        // subsampling grid.
        int subsample = Math.max(1, radius / 2);
        return onCrop(mask, box, (int) Math.ceil(width) + 4 * radius + 2 * subsample, subsample,
                crop -> EdgeAwareFeather.alpha(cropMask(mask, crop), cropPlate(plate, crop), width,
                        FeatherMode.CENTRED, radius, MATTE_EPS));
    }

    /**
     * {@code alpha} run on the mask's box grown by {@code margin} (its origin a multiple of {@code grid}) and
     * pasted into a frame-size alpha that is 0 elsewhere; on the whole frame when the crop would be over half of it.
     */
    private static byte[] onCrop(Mask mask, Box box, int margin, int grid,
                                 java.util.function.Function<Box, byte[]> alpha) {
        int x0 = Math.max(0, box.x() - margin) / grid * grid;
        int y0 = Math.max(0, box.y() - margin) / grid * grid;
        int x1 = Math.min(mask.width(), box.x() + box.width() + margin);
        int y1 = Math.min(mask.height(), box.y() + box.height() + margin);
        Box crop = new Box(x0, y0, x1 - x0, y1 - y0);
        if ((x1 - x0) * (long) (y1 - y0) * 2 > (long) mask.width() * mask.height()) {
            return alpha.apply(new Box(0, 0, mask.width(), mask.height()));
        }
        byte[] inside = alpha.apply(crop);
        byte[] out = new byte[mask.width() * mask.height()];
        for (int y = 0; y < crop.height(); y++) {
            System.arraycopy(inside, y * crop.width(), out, (crop.y() + y) * mask.width() + crop.x(), crop.width());
        }
        return out;
    }

    private static Mask cropMask(Mask mask, Box crop) {
        if (crop.width() == mask.width() && crop.height() == mask.height()) {
            return mask;
        }
        byte[] out = new byte[crop.width() * crop.height()];
        for (int y = 0; y < crop.height(); y++) {
            System.arraycopy(mask.data(), (crop.y() + y) * mask.width() + crop.x(), out, y * crop.width(),
                    crop.width());
        }
        return Mask.wrap(crop.width(), crop.height(), out);
    }

    private static Plate cropPlate(Plate plate, Box crop) {
        if (crop.width() == plate.width() && crop.height() == plate.height()) {
            return plate;
        }
        Object src = plate.pixels();
        Object out = java.lang.reflect.Array.newInstance(src.getClass().getComponentType(),
                crop.width() * crop.height());
        for (int y = 0; y < crop.height(); y++) {
            System.arraycopy(src, (crop.y() + y) * plate.width() + crop.x(), out, y * crop.width(), crop.width());
        }
        return new Plate(crop.width(), crop.height(), plate.type(), out);
    }

    /** Bounding box of the pixels with alpha above 0, {@code null} when there are none. */
    static Box bounds(byte[] alpha, int w, int h) {
        return Box.around(w, h, i -> alpha[i] != 0);
    }
}
