package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.PolygonRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;
import ij.plugin.frame.RoiManager;
import io.github.parallaxlayers.refine.Outlines;

import java.awt.GraphicsEnvironment;
import java.util.List;

/**
 * Plugins › Parallax Layers › Mask to Outline: every slice's outline as one polygon selection (holes included,
 * simplified within {@code tolerance} px) added to the ROI Manager under the layer's name. Headless, where the
 * ROI Manager cannot exist, they go to the mask's overlay and the last becomes its selection.
 */
public class MaskToOutlineCommand implements PlugIn {
    static final String TITLE = "Mask to Outline";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> maskTitle = options.image("mask", "");
        Option<Double> tolerance = options.number("tolerance", 1, 0, 1000);
        Images.find("", "mask");
        if (!options.read()) {
            return;
        }
        ImagePlus source = Images.find(maskTitle.get(), "mask");
        // The ROI Manager is a window: without a display the outlines go to the image's overlay instead.
        boolean headless = GraphicsEnvironment.isHeadless();
        RoiManager manager = headless ? null : Interpreter.isBatchMode() ? Interpreter.getBatchModeRoiManager()
                : RoiManager.getRoiManager();
        Overlay overlay = source.getOverlay() == null ? new Overlay() : source.getOverlay();
        Roi last = null;
        List<String> names = Images.layerNames(source);
        int added = 0;
        for (int s = 1; s <= source.getStackSize(); s++) {
            List<Outlines.Polygon> polygons = Outlines.trace(Images.mask(source, s), tolerance.get());
            if (polygons.isEmpty()) {
                IJ.log(TITLE + ": layer '" + names.get(s - 1) + "' is empty; no outline added.");
                continue;
            }
            Roi roi = toRoi(polygons);
            roi.setName(names.get(s - 1));
            roi.setPosition(source.getStackSize() > 1 ? s : 0);
            if (manager != null) {
                manager.addRoi(roi);
            } else {
                overlay.add(roi);
            }
            last = roi;
            added++;
        }
        if (manager == null) {
            source.setOverlay(overlay);
            if (last != null) {
                source.setRoi((Roi) last.clone());
            }
            IJ.log(TITLE + ": no display, so no ROI Manager: added " + added + " outline(s) to the overlay of '"
                    + source.getTitle() + "'; the last one is its selection.");
        } else {
            IJ.log(TITLE + ": added " + added + " outline" + (added == 1 ? "" : "s") + " to the ROI Manager.");
        }
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
