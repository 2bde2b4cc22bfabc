package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.core.ProgressListener;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;
import io.github.parallaxlayers.segment.Segmentation;
import io.github.parallaxlayers.segment.SegmentationSession;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code crop_to_prompts}: encodes a crop around the prompt instead of the whole plate, so thin structures of a
 * large plate get the encoder's full 1024 pixels (as SAMJ encodes the area around an annotation). The crop is the
 * bounds of the clicks and the box grown by half its larger side, at least {@link #MIN_SIDE} pixels a side where
 * the plate allows, clipped to the plate. Clicks that stay inside the crop reuse its embedding and refine through
 * {@code mask_input}; a prompt outside it encodes a new crop (embeddings are cached like whole plates). The mask is
 * pasted back into a plate-size mask; nothing outside the crop is ever in it.
 */
public final class CropToPromptsSession implements SegmentationSession {
    static final int MIN_SIDE = 256;

    private final SamSegmenter segmenter;
    private final Plate plate;
    private Box crop;
    private SamSession inner;

    CropToPromptsSession(SamSegmenter segmenter, Plate plate) {
        this.segmenter = segmenter;
        this.plate = plate;
    }

    /** The crop of the last prompt, or null before the first. */
    public synchronized Box crop() {
        return crop;
    }

    @Override
    public synchronized Segmentation segment(Prompt prompt, ProgressListener progress) {
        return candidates(prompt, progress).get(0);
    }

    @Override
    public synchronized List<Segmentation> candidates(Prompt prompt, ProgressListener progress) {
        prompt.validate(plate.width(), plate.height());
        Box wanted = cropFor(prompt, plate.width(), plate.height());
        if (crop == null || !contains(crop, prompt)) {
            if (inner != null) {
                inner.close();
            }
            crop = wanted;
            inner = segmenter.openWhole(PlateCrop.crop(plate, crop), progress);
        }
        List<Click> shifted = new ArrayList<>();
        for (Click c : prompt.clicks()) {
            shifted.add(new Click(c.x() - crop.x(), c.y() - crop.y(), c.positive()));
        }
        Box box = prompt.box() == null ? null
                : new Box(prompt.box().x() - crop.x(), prompt.box().y() - crop.y(), prompt.box().width(),
                prompt.box().height());
        List<Segmentation> out = new ArrayList<>();
        for (Segmentation s : inner.candidates(new Prompt(shifted, box, null), progress)) {
            out.add(new Segmentation(PlateCrop.paste(s.mask(), crop, plate.width(), plate.height()), s.score()));
        }
        return out;
    }

    static Box cropFor(Prompt prompt, int width, int height) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Click c : prompt.clicks()) {
            x0 = Math.min(x0, c.x());
            y0 = Math.min(y0, c.y());
            x1 = Math.max(x1, c.x());
            y1 = Math.max(y1, c.y());
        }
        if (prompt.box() != null) {
            x0 = Math.min(x0, prompt.box().x());
            y0 = Math.min(y0, prompt.box().y());
            x1 = Math.max(x1, prompt.box().maxX());
            y1 = Math.max(y1, prompt.box().maxY());
        }
        int side = Math.max(x1 - x0 + 1, y1 - y0 + 1);
        int margin = Math.max(side / 2, (MIN_SIDE - side + 1) / 2);
        return new Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1).grownWithin(margin, width, height);
    }

    private static boolean contains(Box box, Prompt prompt) {
        for (Click c : prompt.clicks()) {
            if (!box.contains(c.x(), c.y())) {
                return false;
            }
        }
        Box b = prompt.box();
        return b == null || (box.contains(b.x(), b.y()) && box.contains(b.maxX(), b.maxY()));
    }

    @Override
    public synchronized void close() {
        if (inner != null) {
            inner.close();
        }
    }
}
