package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.geometry.LineGroup;
import io.github.parallaxlayers.geometry.LineSegment;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Straight-line selections of an image's overlay or of the ROI Manager, grouped into directions. */
final class LineRois {

    private LineRois() {
    }

    /** A named straight line. */
    record Named(String name, Color colour, LineSegment segment) {
    }

    static List<Named> lines(ImagePlus image, LineSource source) {
        Roi[] rois;
        if (source == LineSource.OVERLAY) {
            Overlay overlay = image.getOverlay();
            rois = overlay == null ? new Roi[0] : overlay.toArray();
        } else {
            RoiManager manager = RoiManager.getInstance();
            rois = manager == null ? new Roi[0] : manager.getRoisAsArray();
        }
        List<Named> lines = new ArrayList<>();
        for (Roi roi : rois) {
            if (roi instanceof Line line && roi.getType() == Roi.LINE) {
                lines.add(new Named(roi.getName() == null ? "" : roi.getName().trim(), roi.getStrokeColor(),
                        new LineSegment(line.x1d, line.y1d, line.x2d, line.y2d)));
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("No straight-line selections were found in "
                    + (source == LineSource.OVERLAY ? "the overlay of '" + image.getTitle() + "'" : "the ROI Manager")
                    + ": draw lines along parallel scene edges with the straight line tool and add each with "
                    + (source == LineSource.OVERLAY ? "Image > Overlay > Add Selection" : "the ROI Manager's Add")
                    + ", naming them by direction (x-1, x-2, z-1, z-2 …).");
        }
        return lines;
    }

    /** The direction a line belongs to: its name without a trailing number, or its colour. */
    static String key(Named line, LineGrouping grouping) {
        if (grouping == LineGrouping.COLOUR) {
            Color c = line.colour();
            return c == null ? "default colour" : String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(),
                    c.getGreen(), c.getBlue());
        }
        String stripped = line.name().replaceFirst("[\\s_.-]*\\d+$", "").trim();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("A line has " + (line.name().isEmpty() ? "no name" : "the name '"
                    + line.name() + "'") + ", which names no direction: name each line by its direction (x-1, x-2, "
                    + "z-1 …; vertical-1 for vertical edges) or use group=colour.");
        }
        return stripped;
    }

    /** The lines grouped by direction, in order of first appearance. */
    static List<LineGroup> groups(List<Named> lines, LineGrouping grouping, String verticalKey) {
        Map<String, List<LineSegment>> byKey = new LinkedHashMap<>();
        for (Named line : lines) {
            byKey.computeIfAbsent(key(line, grouping), k -> new ArrayList<>()).add(line.segment());
        }
        if (!verticalKey.isBlank() && !byKey.containsKey(verticalKey.trim())) {
            throw new InvalidInputException("vertical=" + verticalKey + " names no group of lines; the groups are: "
                    + String.join(", ", byKey.keySet()) + ".");
        }
        List<LineGroup> groups = new ArrayList<>();
        byKey.forEach((key, segments) -> groups.add(new LineGroup(
                key.equals(verticalKey.trim()) ? "vertical (" + key + ")" : key, segments)));
        return groups;
    }
}
