package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SAM's automatic mask generator ("segment everything", {@code SamAutomaticMaskGenerator}): for the whole plate and,
 * with crop layers, for each overlapping crop, the region is encoded once (through the embedding cache) and a grid
 * of points_per_side² single positive points, at ((i + ½)/n · width, (j + ½)/n · height), is decoded with multimask
 * output. A candidate stays when its predicted IoU is above pred_iou_thresh, its stability score is at least
 * stability_score_thresh, it has min_area pixels or more, and (in a crop) its box keeps 20 px from the crop's inner
 * edges. Duplicates go by box NMS on predicted IoU within each crop, then across crops preferring the smaller crop
 * (its masks are finer), as SAM does. The masks come out largest first.
 *
 * <p>The decoders' contracts take one prompt per run (SAM v1 exports have a batch of one; SAM 2's
 * {@code num_labels} is kept at 1, see docs/sam.md), so the points are decoded one by one; candidates are held as
 * row runs until NMS has chosen, so memory stays small on large plates.
 */
public final class AutomaticMaskGenerator {
    /** SAM decoders give at most four masks per prompt; room for a few more. */
    private static final int MAX_CANDIDATES = 8;
    private final SamSegmenter segmenter;
    private final AutomaticMaskSettings settings;

    public AutomaticMaskGenerator(SamSegmenter segmenter, AutomaticMaskSettings settings) {
        this.segmenter = segmenter;
        this.settings = settings;
    }

    private record Candidate(MaskRuns runs, double iou, double stability, double x, double y, Box crop) {
    }

    /** Counters shared by the crops of one run. */
    private static final class Tally {
        int runs;
        int candidates;
        int belowIou;
        int unstable;
        int tooSmall;
        int cutByCrop;
        int duplicates;
        long encodeNanos;
        long decodeNanos;
    }

    public AutomaticMasks generate(Plate plate, ProgressListener progress) {
        if (plate.width() < 1 || plate.height() < 1) {
            throw new InvalidInputException("The plate is empty; give an image of at least 1x1 pixels.");
        }
        long start = System.nanoTime();
        List<Box> crops = CropBoxes.of(plate.width(), plate.height(), settings.cropNLayers());
        Tally tally = new Tally();
        List<Candidate> all = new ArrayList<>();
        for (int c = 0; c < crops.size(); c++) {
            progress.checkCancelled();
            ProgressListener stage = progress.stage(c / (double) crops.size(), (c + 1) / (double) crops.size());
            all.addAll(crop(plate, crops.get(c), tally, stage));
        }
        if (crops.size() > 1) {
            // SAM scores masks across crops by 1 / crop area: the smaller crop saw the object at a finer scale
            List<Box> boxes = all.stream().map(m -> m.runs().box()).toList();
            double[] scores = all.stream().mapToDouble(m -> 1.0 / ((double) m.crop().width() * m.crop().height()))
                    .toArray();
            all = select(all, BoxNms.keep(boxes, scores, settings.boxNmsThresh()), tally);
        }
        List<AutomaticMask> masks = new ArrayList<>(all.size());
        for (Candidate m : all) {
            masks.add(new AutomaticMask(m.runs().toMask(), m.runs().box(), m.runs().area(), m.iou(), m.stability(),
                    m.x(), m.y(), m.crop()));
        }
        masks.sort(Comparator.comparingInt(AutomaticMask::area).reversed()
                .thenComparing(Comparator.comparingDouble(AutomaticMask::predictedIou).reversed()));
        progress.progress(1, "Automatic masks: " + masks.size() + " masks");
        return new AutomaticMasks(List.copyOf(masks), plate.width(), plate.height(), tally.runs, tally.candidates,
                tally.belowIou, tally.unstable, tally.tooSmall, tally.cutByCrop, tally.duplicates, tally.encodeNanos,
                tally.decodeNanos, System.nanoTime() - start);
    }

    private List<Candidate> crop(Plate plate, Box crop, Tally tally, ProgressListener progress) {
        boolean whole = crop.width() == plate.width() && crop.height() == plate.height();
        Plate region = whole ? plate : PlateCrop.crop(plate, crop);
        long t0 = System.nanoTime();
        List<Candidate> kept = new ArrayList<>();
        try (SamSession session = segmenter.openWhole(region, progress.stage(0, 0.1))) {
            PromptDecoder decoder = segmenter.model().decoder();
            SamFrame frame = session.frame();
            try (PromptDecoder.Bound bound = decoder.bind(session.embedding(), frame)) {
                tally.encodeNanos += System.nanoTime() - t0;
                CandidateScan[] scans = new CandidateScan[MAX_CANDIDATES];
                for (int c = 0; c < scans.length; c++) {
                    scans[c] = new CandidateScan(region.width(), region.height(), settings.stabilityOffset(), frame);
                }
                int n = settings.pointsPerSide();
                for (int j = 0; j < n; j++) {
                    progress.checkCancelled();
                    progress.progress(0.1 + 0.9 * j / n, "Automatic masks: prompt row " + (j + 1) + " of " + n);
                    double y = (j + 0.5) / n * region.height();
                    for (int i = 0; i < n; i++) {
                        double x = (i + 0.5) / n * region.width();
                        PromptTensors point = decoder.point(x, y, frame);
                        long d0 = System.nanoTime();
                        DecoderOutput out = bound.decode(point, null);
                        tally.decodeNanos += System.nanoTime() - d0;
                        tally.runs++;
                        int[] tokens = decoder.candidateTokens(out.count(), point.count());
                        int[] scanned = new int[tokens.length];
                        int count = 0;
                        for (int token : tokens) {
                            tally.candidates++;
                            if (out.scores()[token] > settings.predIouThresh()) {
                                scanned[count++] = token;
                            } else {
                                tally.belowIou++;
                            }
                        }
                        scanAll(out, scanned, count, scans);
                        for (int c = 0; c < count; c++) {
                            Candidate kept1 = candidate(out.scores()[scanned[c]], scans[c], plate, crop, x, y, tally);
                            if (kept1 != null) {
                                kept.add(kept1);
                            }
                        }
                    }
                }
            }
        }
        List<Box> boxes = kept.stream().map(c -> c.runs().box()).toList();
        double[] scores = kept.stream().mapToDouble(Candidate::iou).toArray();
        return select(kept, BoxNms.keep(boxes, scores, settings.boxNmsThresh()), tally);
    }

    /**
     * The candidates of one run scanned one after the other: scanning them side by side gained nothing on 2 cores,
     * where ONNX Runtime's intra-op threads keep spinning for a while after each run.
     */
    private static void scanAll(DecoderOutput out, int[] tokens, int count, CandidateScan[] scans) {
        if (count > scans.length) {
            throw new IllegalStateException("a decoder with more than " + scans.length + " candidates per prompt");
        }
        for (int c = 0; c < count; c++) {
            scans[c].scan(out, tokens[c]);
        }
    }

    private Candidate candidate(double iou, CandidateScan scan, Plate plate, Box crop, double x, double y,
                                Tally tally) {
        double stability = scan.stability();
        if (!(stability >= settings.stabilityScoreThresh())) {
            tally.unstable++;
            return null;
        }
        MaskRuns.Builder runs = scan.runs();
        if (runs.area() == 0 || runs.area() < settings.minArea()) {
            tally.tooSmall++;
            return null;
        }
        Box local = runs.box();
        Box onPlate = new Box(local.x() + crop.x(), local.y() + crop.y(), local.width(), local.height());
        if (CropBoxes.nearCropEdge(onPlate, crop, plate.width(), plate.height())) {
            tally.cutByCrop++;
            return null;
        }
        MaskRuns mask = runs.build().shifted(crop.x(), crop.y(), plate.width(), plate.height());
        return new Candidate(mask, iou, stability, x + crop.x(), y + crop.y(), crop);
    }

    private static List<Candidate> select(List<Candidate> from, int[] keep, Tally tally) {
        tally.duplicates += from.size() - keep.length;
        List<Candidate> out = new ArrayList<>(keep.length);
        for (int k : keep) {
            out.add(from.get(k));
        }
        return out;
    }
}
