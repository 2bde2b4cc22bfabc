package io.github.parallaxlayers.layers;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.PixelType;

/**
 * How the 16-bit samples of a high-bit-depth layer stack stand for plate values: code c means
 * {@code min + c / 65535 · (max − min)}. A 16-bit plate (grey or colour) keeps its own values (min 0, max 65535); a 32-bit plate is
 * spread over the full 16-bit range between its finite minimum and maximum, and {@code layers.json} records both so
 * a compositor can map the codes back.
 */
public record SampleCoding(double min, double max) {
    public static final SampleCoding IDENTITY = new SampleCoding(0, 65535);

    public SampleCoding {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("sample range must be finite with max > min; got " + min + ".." + max);
        }
    }

    /**
     * The coding for a stack made from these plates, or {@code null} when they are 8-bit (grey or RGB): 16-bit plates (grey or colour)
     * keep their values, 32-bit plates share the finite range of all of them (so fill and plate code alike).
     */
    public static SampleCoding forPlates(Iterable<Plate> plates) {
        boolean anyFloat = false;
        boolean anyDeep = false;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Plate p : plates) {
            if (p.type() == PixelType.GRAY32) {
                anyFloat = true;
                for (float v : (float[]) p.pixels()) {
                    if (Float.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            anyDeep |= p.type() == PixelType.GRAY16 || p.type() == PixelType.GRAY32 || p.type() == PixelType.RGB48;
        }
        if (!anyDeep) {
            return null;
        }
        if (!anyFloat) {
            return IDENTITY;
        }
        if (!(hi > lo)) {
            return new SampleCoding(Double.isFinite(lo) ? lo : 0, Double.isFinite(lo) ? lo + 1 : 1);
        }
        return new SampleCoding(lo, hi);
    }

    /**
     * One plane of 16-bit codes per colour channel (grey plates: one shared plane three times). A 16-bit plate's
     * samples (grey or colour) are codes already; 32-bit values are mapped by this range (not-a-number to 0); 8-bit samples are
     * scaled by 257, which maps 0–255 exactly onto 0–65535.
     */
    public short[][] encode(Plate plate) {
        int n = plate.size();
        return switch (plate.type()) {
            case GRAY16 -> {
                short[] same = ((short[]) plate.pixels()).clone();
                yield new short[][] {same, same, same};
            }
            case GRAY32 -> {
                float[] values = (float[]) plate.pixels();
                short[] codes = new short[n];
                double scale = 65535.0 / (max - min);
                for (int i = 0; i < n; i++) {
                    codes[i] = (short) clamp(Math.round((values[i] - min) * scale));
                }
                yield new short[][] {codes, codes, codes};
            }
            case GRAY8 -> {
                byte[] values = (byte[]) plate.pixels();
                short[] codes = new short[n];
                for (int i = 0; i < n; i++) {
                    codes[i] = (short) ((values[i] & 0xff) * 257);
                }
                yield new short[][] {codes, codes, codes};
            }
            case RGB -> {
                int[] rgb = (int[]) plate.pixels();
                short[][] codes = new short[3][n];
                for (int i = 0; i < n; i++) {
                    codes[0][i] = (short) ((rgb[i] >> 16 & 0xff) * 257);
                    codes[1][i] = (short) ((rgb[i] >> 8 & 0xff) * 257);
                    codes[2][i] = (short) ((rgb[i] & 0xff) * 257);
                }
                yield codes;
            }
            case RGB48 -> new short[][] {plate.plane16(0).clone(), plate.plane16(1).clone(), plate.plane16(2).clone()};
        };
    }

    private static long clamp(long code) {
        return Math.max(0, Math.min(65535, code));
    }
}
