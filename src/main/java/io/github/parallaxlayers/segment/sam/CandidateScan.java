package io.github.parallaxlayers.segment.sam;

import java.nio.FloatBuffer;

/**
 * One pass over a candidate's plate-resolution logits that gives, at once, its stability score and its mask as
 * runs: stability = |logit > +offset| / |logit > −offset| (SAM's {@code calculate_stability_score} with
 * {@code mask_threshold} 0), mask = logit > 0. SAM v1 decoders return the logits at plate size; SAM 2's are
 * 256 × 256 and are resized bilinearly row by row here, as {@link LowResUpsampler} does for one mask.
 *
 * <p>Most pixels are not read. The plate logits are bilinear (or nearest) resizes of the 256 × 256 low-resolution
 * logits (SAM v1: to the padded 1024 frame, cropped, then to the plate; SAM 2: straight to the plate), so each is a
 * convex combination of low-resolution cells within {@link #MARGIN_CELLS} of the cell under it (cell c spans frame
 * pixels 4c..4c+3; one cell suffices: a bilinear resize without antialiasing reads the two source samples around
 * (p + ½)·scale − ½, so plate → frame → cell, or plate → cell for SAM 2, never leaves the cells c − 1..c + 1 around
 * the cell c = ⌊(p + ½)·frame/plate/4⌋; {@code theBoundedScanAgreesWithAScanOfEveryPixel} checks it on both
 * families). Where every cell of that neighbourhood is above +offset, every pixel is too (counted inside,
 * outside and in the mask without reading); where every one is at or below −offset, no pixel adds anything. Only
 * pixels near a threshold crossing are read.
 */
final class CandidateScan {
    static final int MARGIN_CELLS = 1;
    private static final int SIDE = DecoderOutput.LOW_RES;

    private final int width;
    private final int height;
    private final float offset;
    private final float[] row;
    private final float[] rowValues;
    private final MaskRuns.Builder runs = new MaskRuns.Builder();
    private final LowResRows lowRes;
    private final int[] cellOfRow;
    private final int[] segmentStart; // plate columns where the cell under them changes, then width
    private final int[] segmentCell;
    private final int[] spanStart;
    private final byte[] spanKind;
    private static final int WORDS = SIDE / 64;
    private static final byte EMPTY = 0;
    private static final byte READ = 1;
    private static final byte FULL = 2;
    private final long[] rowFull = new long[WORDS];
    private final long[] rowEmpty = new long[WORDS];
    private final long[] alongX = new long[WORDS];
    private final long[] fullX = new long[SIDE * WORDS];
    private final long[] emptyX = new long[SIDE * WORDS];
    private final long[] full = new long[SIDE * WORDS];
    private final long[] empty = new long[SIDE * WORDS];
    private int inner;
    private int outer;

    CandidateScan(int width, int height, double offset, SamFrame frame) {
        this.width = width;
        this.height = height;
        this.offset = (float) offset;
        this.row = new float[width];
        this.rowValues = new float[width];
        this.lowRes = new LowResRows(SIDE, width, height);
        cellOfRow = new int[height];
        for (int y = 0; y < height; y++) {
            cellOfRow[y] = cellOf(y, frame.resizedHeight() / (double) height);
        }
        int[] starts = new int[width + 1];
        int[] cells = new int[width];
        int segments = 0;
        double sx = frame.resizedWidth() / (double) width;
        for (int x = 0; x < width; x++) {
            int c = cellOf(x, sx);
            if (segments == 0 || cells[segments - 1] != c) {
                starts[segments] = x;
                cells[segments++] = c;
            }
        }
        starts[segments] = width;
        segmentStart = java.util.Arrays.copyOf(starts, segments + 1);
        segmentCell = java.util.Arrays.copyOf(cells, segments);
        spanStart = new int[segments + 1];
        spanKind = new byte[segments];
    }

    /** The low-resolution cell under plate pixel p, at {@code scale} frame pixels per plate pixel. */
    private static int cellOf(int p, double scale) {
        return Math.min(SIDE - 1, (int) ((p + 0.5) * scale / 4));
    }

    /** Scans candidate {@code k} of a decoder output of this crop (see the class comment). */
    void scan(DecoderOutput out, int k) {
        start();
        int base = k * SIDE * SIDE;
        neighbourhoodBounds(out.lowRes(), base);
        FloatBuffer masks = out.masks();
        int n = width * height;
        if (masks == null) {
            lowRes.reset(out.lowRes(), base);
        }
        float hi = offset;
        float lo = -offset;
        int innerCount = 0;
        int outerCount = 0;
        int spanRow = -1;
        int spans = 0;
        for (int y = 0; y < height; y++) {
            if (cellOfRow[y] != spanRow) {
                spanRow = cellOfRow[y];
                spans = spans(spanRow);
            }
            boolean rowRead = false;
            int runStart = -1;
            for (int s = 0; s < spans; s++) {
                int x0 = spanStart[s];
                int x1 = spanStart[s + 1];
                byte kind = spanKind[s];
                if (kind == FULL) {
                    innerCount += x1 - x0;
                    outerCount += x1 - x0;
                    if (runStart < 0) {
                        runStart = x0;
                    }
                } else if (kind == EMPTY) {
                    if (runStart >= 0) {
                        runs.add(runStart, y, x0 - runStart);
                        runStart = -1;
                    }
                } else {
                    float[] values;
                    if (masks != null) {
                        masks.get(k * n + y * width + x0, row, x0, x1 - x0);
                        values = row;
                    } else {
                        if (!rowRead) {
                            lowRes.row(y, rowValues);
                            rowRead = true;
                        }
                        values = rowValues;
                    }
                    for (int x = x0; x < x1; x++) {
                        float v = values[x];
                        outerCount += v > lo ? 1 : 0;
                        innerCount += v > hi ? 1 : 0;
                        boolean on = v > 0f;
                        if (on != runStart >= 0) {
                            if (on) {
                                runStart = x;
                            } else {
                                runs.add(runStart, y, x - runStart);
                                runStart = -1;
                            }
                        }
                    }
                }
            }
            if (runStart >= 0) {
                runs.add(runStart, y, width - runStart);
            }
        }
        inner = innerCount;
        outer = outerCount;
    }

    /**
     * The plate columns of one low-resolution cell row as maximal spans of one kind (full, empty, to read), the same
     * for every plate row over that cell row; returns the span count.
     */
    private int spans(int cellRow) {
        int count = 0;
        for (int s = 0; s < segmentCell.length; s++) {
            int cellX = segmentCell[s];
            byte kind = bit(full, cellRow, cellX) ? FULL : bit(empty, cellRow, cellX) ? EMPTY : READ;
            if (count == 0 || spanKind[count - 1] != kind) {
                spanStart[count] = segmentStart[s];
                spanKind[count++] = kind;
            }
        }
        spanStart[count] = width;
        return count;
    }

    /** Every pixel read: the reference the scan must agree with. */
    void scanAll(DecoderOutput out, int k) {
        start();
        FloatBuffer masks = out.masks();
        int n = width * height;
        if (masks == null) {
            lowRes.reset(out.lowRes(), k * SIDE * SIDE);
        }
        for (int y = 0; y < height; y++) {
            if (masks != null) {
                masks.get(k * n + y * width, row, 0, width);
            } else {
                lowRes.row(y, row);
            }
            int runStart = -1;
            for (int x = 0; x < width; x++) {
                float v = row[x];
                outer += v > -offset ? 1 : 0;
                inner += v > offset ? 1 : 0;
                if (v > 0f && runStart < 0) {
                    runStart = x;
                } else if (!(v > 0f) && runStart >= 0) {
                    runs.add(runStart, y, x - runStart);
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                runs.add(runStart, y, width - runStart);
            }
        }
    }

    private void start() {
        runs.start(width, height);
        inner = 0;
        outer = 0;
    }

    /**
     * Marks the cells whose whole (2·margin + 1)² neighbourhood (clipped at the edges) is above +offset
     * ({@link #full}) or at or below −offset ({@link #empty}): one bit per cell, rows of four longs, eroded by shifts
     * along x and by AND over rows along y.
     */
    private void neighbourhoodBounds(float[] logits, int base) {
        float hi = offset;
        float lo = -offset;
        for (int y = 0; y < SIDE; y++) {
            int rowBase = base + y * SIDE;
            for (int w = 0; w < WORDS; w++) {
                long f = 0;
                long e = 0;
                int start = rowBase + (w << 6);
                for (int b = 0; b < 64; b++) {
                    float v = logits[start + b];
                    f |= (v > hi ? 1L : 0L) << b;
                    e |= (v <= lo ? 1L : 0L) << b;
                }
                rowFull[w] = f;
                rowEmpty[w] = e;
            }
            erodeAlongX(rowFull, alongX, y * WORDS, fullX);
            erodeAlongX(rowEmpty, alongX, y * WORDS, emptyX);
        }
        erodeAlongY(fullX, full);
        erodeAlongY(emptyX, empty);
    }

    private static void erodeAlongX(long[] bits, long[] scratch, int at, long[] out) {
        for (int w = 0; w < WORDS; w++) {
            long prev = w > 0 ? bits[w - 1] : -1L;
            long next = w < WORDS - 1 ? bits[w + 1] : -1L;
            long v = bits[w];
            long m = v & (v >>> 1 | next << 63) & (v << 1 | prev >>> 63);
            for (int r = 2; r <= MARGIN_CELLS; r++) {
                m &= (v >>> r | next << (64 - r)) & (v << r | prev >>> (64 - r));
            }
            scratch[w] = m;
        }
        System.arraycopy(scratch, 0, out, at, WORDS);
    }

    private static void erodeAlongY(long[] in, long[] out) {
        for (int y = 0; y < SIDE; y++) {
            int from = Math.max(0, y - MARGIN_CELLS);
            int to = Math.min(SIDE - 1, y + MARGIN_CELLS);
            for (int w = 0; w < WORDS; w++) {
                long m = -1L;
                for (int i = from; i <= to; i++) {
                    m &= in[i * WORDS + w];
                }
                out[y * WORDS + w] = m;
            }
        }
    }

    private static boolean bit(long[] bits, int cellRow, int cellX) {
        return (bits[cellRow * WORDS + (cellX >> 6)] >>> (cellX & 63) & 1L) != 0;
    }

    /** SAM's stability score; 0 for a candidate with no logit above −offset (SAM's 0/0 is filtered out too). */
    double stability() {
        return outer == 0 ? 0 : inner / (double) outer;
    }

    MaskRuns.Builder runs() {
        return runs;
    }
}
