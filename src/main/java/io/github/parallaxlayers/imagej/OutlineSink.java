package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.macro.Interpreter;
import ij.plugin.frame.RoiManager;
import io.github.parallaxlayers.mask.Mask;
import io.github.parallaxlayers.refine.Outlines;

import java.awt.GraphicsEnvironment;
import java.util.List;

/**
 * Where mask outlines go: the ROI Manager when there is a display; without one (the ROI Manager is a window) the
 * image's overlay, with the last outline as its selection so Outline to Mask can take it back.
 */
final class OutlineSink {
    private final ImagePlus image;
    private final RoiManager manager;
    private final Overlay overlay;
    private Roi last;
    private int added;

    OutlineSink(ImagePlus image) {
        this.image = image;
        this.manager = GraphicsEnvironment.isHeadless() ? null
                : Interpreter.isBatchMode() ? Interpreter.getBatchModeRoiManager() : RoiManager.getRoiManager();
        this.overlay = image.getOverlay() == null ? new Overlay() : image.getOverlay();
    }

    /** Adds the mask's outline (parts and holes, simplified within {@code tolerance} px); false when it is empty. */
    boolean add(Mask mask, double tolerance, String name, int slicePosition) {
        List<Outlines.Polygon> polygons = Outlines.trace(mask, tolerance);
        if (polygons.isEmpty()) {
            return false;
        }
        Roi roi = toRoi(polygons);
        roi.setName(name);
        roi.setPosition(slicePosition);
        if (manager != null) {
            manager.addRoi(roi);
        } else {
            overlay.add(roi);
        }
        last = roi;
        added++;
        return true;
    }

    /** Shows the overlay where there is no ROI Manager; returns one line for the Log. */
    String finish() {
        if (manager != null) {
            return "added " + added + " outline" + (added == 1 ? "" : "s") + " to the ROI Manager.";
        }
        image.setOverlay(overlay);
        if (last != null) {
            image.setRoi((Roi) last.clone());
        }
        return "no display, so no ROI Manager: added " + added + " outline(s) to the overlay of '" + image.getTitle()
                + "'; the last one is its selection.";
    }

    /** One polygon is a polygon selection; several (parts, holes) are joined even–odd into a composite one. */
    static Roi toRoi(List<Outlines.Polygon> polygons) {
        Roi combined = null;
        for (Outlines.Polygon p : polygons) {
            float[] x = new float[p.size()];
            float[] y = new float[p.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) p.x()[i];
                y[i] = (float) p.y()[i];
            }
            Roi roi = new PolygonRoi(x, y, x.length, Roi.POLYGON);
            combined = combined == null ? roi : new ShapeRoi(combined).xor(new ShapeRoi(roi));
        }
        return combined;
    }
}
