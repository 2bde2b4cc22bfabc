package io.github.parallaxlayers.fill;

import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Mask;

/**
 * The embedded exemplar fill ("content-aware fill"): multi-scale PatchMatch completion (see
 * {@link ExemplarCompletion}) with 7×7 patches, deterministic for a given seed. It copies texture — brick,
 * foliage, water, sky — from the rest of the plate instead of smoothing across the hole.
 *
 * <p>Patch distances also compare local texture strength ({@link TextureFeatures}), so textured regions are not
 * filled with flat colour. Works on the plate's own channels. Patch distances are taken on values mapped to 0–255 (16- and 32-bit plates
 * by their min–max outside the hole, over all channels for 16-bit colour), so the weights behave the same at every bit depth; results are mapped back
 * to raw values, and the pixels outside the hole are copied back untouched.
 */
public final class PatchMatchInpainter implements Inpainter {
    public static final String ID = "patch";
    public static final int PATCH_SIZE = 7;
    public static final long DEFAULT_SEED = 20070301L;
    /** Half-size of the box over which the texture features average |∇I| (a 9×9 box, about a patch). */
    private static final int TEXTURE_WINDOW = 4;
    /**
     * Weight of the texture features against colour in the patch distance. Higher keeps more texture and loses
     * hole PSNR; 10 keeps the texture ratio at 0.9–1.0 on mat_places within 0.5 dB of OpenCV's fills
     * (docs/evaluation.md).
     */
    private static final float TEXTURE_WEIGHT = 10f;

    private final long seed;

    public PatchMatchInpainter() {
        this(DEFAULT_SEED);
    }

    public PatchMatchInpainter(long seed) {
        this.seed = seed;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Plate fillHole(Plate plate, Mask hole, ProgressListener progress) {
        FillInput.requireContext(hole, "The hole covers the whole plate, so there is nothing to copy from; the "
                + "patch fill needs part of the plate outside the mask.");
        int w = plate.width();
        int h = plate.height();
        int n = w * h;
        float[][] raw = plate.toChannels();
        int nc = raw.length;
        byte[] holeData = hole.data();
        float offset = 0f;
        float scale = 1f;
        if (plate.type() != PixelType.GRAY8 && plate.type() != PixelType.RGB) {
            // One range for all channels of a 16-bit colour plate, so patch distances keep its colour ratios.
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float[] channel : raw) {
                for (int i = 0; i < n; i++) {
                    float v = channel[i];
                    if (holeData[i] == 0 && Float.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
            offset = min;
            scale = max > min ? 255f / (max - min) : 1f;
        }
        float[] image = new float[n * nc];
        byte[] holeBits = new byte[n];
        for (int i = 0; i < n; i++) {
            holeBits[i] = holeData[i] != 0 ? (byte) 1 : 0;
            for (int c = 0; c < nc; c++) {
                float v = raw[c][i];
                image[i * nc + c] = Float.isFinite(v) ? (v - offset) * scale : 0f;
            }
        }
        float[] work = TextureFeatures.append(image, w, h, nc, holeBits, TEXTURE_WINDOW, TEXTURE_WEIGHT);
        int nw = nc + TextureFeatures.CHANNELS;
        PatchLevel finest = new PatchLevel(w, h, nw, PATCH_SIZE / 2, work, holeBits);
        if (finest.sources.length == 0) {
            // No complete 7×7 patch lies outside the hole (the known part is a thin strip): diffusion is all
            // that is left, and a fill is better than a refusal here. Such holes are large, where the mean
            // estimate beats the first-order one (docs/evaluation.md).
            TeleaInpainter.fillInPlace(raw, w, h, holeData, TeleaInpainter.DEFAULT_RADIUS, TeleaEstimate.MEAN,
                    progress);
            return FillInput.restoreOutside(plate, plate.withChannels(raw), hole);
        }
        new ExemplarCompletion(PATCH_SIZE / 2, seed).complete(finest, progress);
        for (int i = 0; i < n; i++) {
            if (holeBits[i] != 0) {
                for (int c = 0; c < nc; c++) {
                    raw[c][i] = work[i * nw + c] / scale + offset;
                }
            }
        }
        return FillInput.restoreOutside(plate, plate.withChannels(raw), hole);
    }
}
