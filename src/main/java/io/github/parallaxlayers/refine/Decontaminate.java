package io.github.parallaxlayers.refine;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PixelType;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;

/**
 * The plate's colours with the background taken out of soft edges ({@link ForegroundEstimation}): what a layer
 * with this soft alpha should carry as its colour, so that over another background its edge shows neither the old
 * background nor a dark fringe. Where alpha is 0 the estimate is a smooth continuation of the foreground.
 */
public final class Decontaminate {

    private Decontaminate() {
    }

    /**
     * @param plate an 8-bit RGB or grey plate
     * @param alpha the soft alpha, 0–255, the plate's size
     * @return packed 0xRRGGBB foreground colours
     */
    public static int[] foreground(Plate plate, byte[] alpha, ProgressListener progress) {
        if (plate.type() != PixelType.RGB && plate.type() != PixelType.GRAY8) {
            throw new InvalidInputException("decontaminate works on 8-bit plates (RGB or grey); this plate is "
                    + plate.type().name().toLowerCase(java.util.Locale.ROOT) + ": convert a copy to RGB Color "
                    + "(Image › Type › RGB Color) and use it as guide.");
        }
        int n = plate.size();
        if (alpha.length != n) {
            throw new InvalidInputException("The soft alpha and the plate differ in size: give the plate the mask "
                    + "was made from.");
        }
        float[][] image = new float[3][n];
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            int rgb = plate.type() == PixelType.RGB ? ((int[]) plate.pixels())[i]
                    : (((byte[]) plate.pixels())[i] & 0xff) * 0x010101;
            for (int c = 0; c < 3; c++) {
                image[c][i] = (rgb >> 16 - 8 * c & 0xff) / 255f;
            }
            a[i] = (alpha[i] & 0xff) / 255f;
        }
        float[][] f = ForegroundEstimation.foreground(image, a, plate.width(), plate.height(), progress);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.round(f[0][i] * 255) << 16 | Math.round(f[1][i] * 255) << 8 | Math.round(f[2][i] * 255);
        }
        return out;
    }
}
