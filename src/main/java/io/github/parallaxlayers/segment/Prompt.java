package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.mask.Mask;

import java.util.ArrayList;
import java.util.List;

/**
 * What the artist gave for one mask: clicks in order (the last one is the newest), an optional box, and
 * optionally the mask the previous clicks produced, so a segmenter can refine it incrementally.
 */
public record Prompt(List<Click> clicks, Box box, Mask previous) {

    public Prompt {
        clicks = List.copyOf(clicks);
    }

    public static Prompt of(List<Click> clicks) {
        return new Prompt(clicks, null, null);
    }

    public Prompt withClick(Click click, Mask previousMask) {
        List<Click> more = new ArrayList<>(clicks);
        more.add(click);
        return new Prompt(more, box, previousMask);
    }

    public List<Click> positives() {
        return clicks.stream().filter(Click::positive).toList();
    }

    public List<Click> negatives() {
        return clicks.stream().filter(c -> !c.positive()).toList();
    }

    /** Checks that the prompt can make a mask on a width × height plate, naming the first bad point. */
    public void validate(int width, int height) {
        if (clicks.isEmpty() && box == null) {
            throw new InvalidInputException("No points and no box were given: add at least one positive point "
                    + "(points=[x,y] or a multi-point selection) or a box.");
        }
        if (box == null && positives().isEmpty()) {
            throw new InvalidInputException("Only negative points were given: add at least one positive point "
                    + "on the object (points=[x,y]).");
        }
        for (Click c : clicks) {
            if (c.x() < 0 || c.y() < 0 || c.x() >= width || c.y() >= height) {
                throw new InvalidInputException("The " + (c.positive() ? "positive" : "negative") + " point ("
                        + c.x() + "," + c.y() + ") lies outside the " + width + "x" + height
                        + " image: points must have 0 <= x < " + width + " and 0 <= y < " + height + ".");
            }
        }
        for (Click p : positives()) {
            for (Click n : negatives()) {
                if (p.x() == n.x() && p.y() == n.y()) {
                    throw new InvalidInputException("The point (" + p.x() + "," + p.y() + ") is both a positive and "
                            + "a negative click: remove it from points= or from negative=.");
                }
            }
        }
        if (box != null && (box.width() <= 0 || box.height() <= 0)) {
            throw new InvalidInputException("The box " + box.x() + "," + box.y() + "," + box.width() + ","
                    + box.height() + " is empty: its width and height must be at least 1 px (box=[x,y,width,height]).");
        }
        if (box != null && (box.x() < 0 || box.y() < 0
                || box.maxX() >= width || box.maxY() >= height)) {
            throw new InvalidInputException("The box " + box.x() + "," + box.y() + "," + box.width() + ","
                    + box.height() + " does not lie inside the " + width + "x" + height + " image.");
        }
        if (previous != null && !previous.sameSize(width, height)) {
            throw new InvalidInputException("The previous mask is " + previous.width() + "x" + previous.height()
                    + " but the plate is " + width + "x" + height + ".");
        }
    }
}
