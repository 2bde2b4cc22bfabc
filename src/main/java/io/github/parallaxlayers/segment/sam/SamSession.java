package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * One plate's embedding and the clicks made on it. As in SAM's own interactive demo, a prompt that extends an
 * earlier one by further clicks (same box, the earlier clicks first) feeds that prompt's low-resolution logits
 * back as {@code mask_input}, so each click refines the last mask; {@link #undo()} steps back one prompt. A
 * prompt that extends none starts afresh ({@code has_mask_input = 0}).
 */
public final class SamSession implements SegmentationSession {
    private final PromptDecoder decoder;
    private final SamFrame frame;
    private final Embedding embedding;
    private final Multimask multimask;
    private final Deque<Step> history = new ArrayDeque<>();
    private PromptDecoder.Bound bound;

    private record Step(Prompt prompt, float[] lowRes, List<Segmentation> results) {
    }

    SamSession(PromptDecoder decoder, SamFrame frame, Embedding embedding, Multimask multimask) {
        this.decoder = decoder;
        this.frame = frame;
        this.embedding = embedding;
        this.multimask = multimask;
    }

    public SamFrame frame() {
        return frame;
    }

    public Embedding embedding() {
        return embedding;
    }

    @Override
    public Segmentation segment(Prompt prompt, ProgressListener progress) {
        return candidates(prompt, progress).get(0);
    }

    /**
     * The masks the {@link Multimask} setting gives for a prompt: one for best/largest/smallest, every
     * candidate (best first) for all. Their score is the decoder's predicted IoU.
     */
    @Override
    public synchronized List<Segmentation> candidates(Prompt prompt, ProgressListener progress) {
        prompt.validate(frame.width(), frame.height());
        while (!history.isEmpty() && !extends_(prompt, history.peek().prompt())) {
            history.pop();
        }
        float[] maskInput = history.isEmpty() ? null : history.peek().lowRes();
        PromptTensors tensors = decoder.tensors(prompt, frame);
        progress.checkCancelled();
        if (bound == null) {
            bound = decoder.bind(embedding, frame);
        }
        DecoderOutput out = bound.decode(tensors, maskInput);
        int[] tokens = decoder.candidateTokens(out.count(), tensors.count());
        List<Integer> order = new ArrayList<>();
        for (int t : tokens) {
            order.add(t);
        }
        // best first; ties keep the decoder's order
        order.sort(Comparator.comparingDouble(t -> -out.scores()[t]));
        int chosen = switch (multimask) {
            case BEST, ALL -> order.get(0);
            case LARGEST, SMALLEST -> bySize(out, order, multimask == Multimask.LARGEST);
        };
        List<Segmentation> results = new ArrayList<>();
        if (multimask == Multimask.ALL) {
            for (int t : order) {
                results.add(new Segmentation(out.mask(t), out.scores()[t]));
            }
        } else {
            results.add(new Segmentation(out.mask(chosen), out.scores()[chosen]));
        }
        history.push(new Step(prompt, out.lowRes(chosen), List.copyOf(results)));
        progress.progress(1, "Segment Anything: mask ready");
        return results;
    }

    private static int bySize(DecoderOutput out, List<Integer> order, boolean largest) {
        int chosen = order.get(0);
        long chosenArea = -1;
        for (int t : order) {
            long area = out.area(t);
            boolean better = chosenArea < 0 || (largest ? area > chosenArea
                    : (area > 0 && (area < chosenArea || chosenArea == 0)));
            if (better) {
                chosen = t;
                chosenArea = area;
            }
        }
        return chosen;
    }

    /** True when {@code later} is {@code earlier} plus at least one further click. */
    private static boolean extends_(Prompt later, Prompt earlier) {
        return Objects.equals(later.box(), earlier.box()) && later.clicks().size() > earlier.clicks().size()
                && later.clicks().subList(0, earlier.clicks().size()).equals(earlier.clicks());
    }

    /**
     * Forgets the last prompt, so the next one refines the prompt before it; returns that earlier prompt's
     * masks, or an empty list when nothing is left.
     */
    public synchronized List<Segmentation> undo() {
        if (!history.isEmpty()) {
            history.pop();
        }
        return history.isEmpty() ? List.of() : history.peek().results();
    }

    /** Frees the native copy of the embedding; the session can still be used (it makes a new one). */
    @Override
    public synchronized void close() {
        if (bound != null) {
            bound.close();
            bound = null;
        }
    }

    /** Forgets every prompt (the embedding stays). */
    public synchronized void clear() {
        history.clear();
    }
}
