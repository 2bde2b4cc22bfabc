package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.ImageStack;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * What a layer stack was built from: the mask stack's title and a checksum of its slices (pixels and layer names),
 * kept as a property of the built stack by Build Layer Stack. The Layer Manager compares it with the mask stack as
 * it is now, so a stack built before the masks were refined, reordered or deleted is shown out of date and not
 * exported by mistake.
 */
final class MaskStackFingerprint {
    static final String PROPERTY = "parallax.built-from-masks";

    private MaskStackFingerprint() {
    }

    /** {@code <title>|<crc32 of names and pixels>}. */
    static String of(ImagePlus masks) {
        CRC32 crc = new CRC32();
        ImageStack stack = masks.getStack();
        for (String name : Images.layerNames(masks)) {
            crc.update(name.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        for (int s = 1; s <= stack.getSize(); s++) {
            crc.update((byte[]) stack.getProcessor(s).convertToByte(false).getPixels());
        }
        return masks.getTitle() + "|" + String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /** Records on the built stack which masks it was built from. */
    static void mark(ImagePlus built, ImagePlus masks) {
        built.setProp(PROPERTY, of(masks));
    }

    /**
     * Why the built stack is out of date, or null when it is current (or its masks are closed, so there is
     * nothing to compare with).
     */
    static String staleReason(ImagePlus built, ImagePlus masksNow) {
        String recorded = built.getProp(PROPERTY);
        if (recorded == null || masksNow == null) {
            return null;
        }
        String title = recorded.substring(0, recorded.lastIndexOf('|'));
        if (!title.equals(masksNow.getTitle())) {
            return built.getTitle() + " was built from " + title + ", not from the newer " + masksNow.getTitle()
                    + ": press Build again";
        }
        return recorded.equals(of(masksNow)) ? null : built.getTitle() + " is out of date: " + title
                + " changed after Build; press Build again";
    }
}
