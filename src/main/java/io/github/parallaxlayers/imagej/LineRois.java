package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.geometry.LineSegment;
import io.github.parallaxlayers.geometry.NamedLine;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Straight-line selections of an image's overlay or of the ROI Manager (grouped by {@code geometry.LineMatch}). */
final class LineRois {

    private LineRois() {
    }

    static List<NamedLine> lines(ImagePlus image, LineSource source) {
        Roi[] rois;
        if (source == LineSource.OVERLAY) {
            Overlay overlay = image.getOverlay();
            rois = overlay == null ? new Roi[0] : overlay.toArray();
        } else {
            RoiManager manager = RoiManager.getInstance();
            rois = manager == null ? new Roi[0] : manager.getRoisAsArray();
        }
        List<NamedLine> lines = new ArrayList<>();
        for (Roi roi : rois) {
            if (roi instanceof Line line && roi.getType() == Roi.LINE) {
                Color colour = roi.getStrokeColor();
                lines.add(new NamedLine(roi.getName(), colour == null ? NamedLine.NO_COLOUR : colour.getRGB() & 0xffffff,
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
}
