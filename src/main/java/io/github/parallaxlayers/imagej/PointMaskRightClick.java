package io.github.parallaxlayers.imagej;

import ij.ImageListener;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.ImageCanvas;
import ij.gui.Toolbar;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseListener;

/**
 * Right-click = negative point, for real. ImageJ's canvas opens its context menu on a right-click and returns before
 * any toolbar tool sees the press, so the tool puts this listener in front of the canvas's own one on every image
 * window: while the tool is selected it turns the canvas's context menu off and hands the press to the tool; with
 * another tool the menu is back.
 */
final class PointMaskRightClick extends MouseAdapter implements ImageListener {
    private final PointMaskTool tool;

    private PointMaskRightClick(PointMaskTool tool) {
        this.tool = tool;
    }

    private static PointMaskRightClick installed;

    static synchronized void install(PointMaskTool tool) {
        if (installed != null) {
            ImagePlus.removeImageListener(installed);
        }
        installed = new PointMaskRightClick(tool);
        ImagePlus.addImageListener(installed);
        int[] ids = WindowManager.getIDList();
        for (int id : ids == null ? new int[0] : ids) {
            installed.attach(WindowManager.getImage(id));
        }
    }

    private void attach(ImagePlus image) {
        ImageCanvas canvas = image == null ? null : image.getCanvas();
        if (canvas == null) {
            return;
        }
        for (MouseListener l : canvas.getMouseListeners()) {
            if (l instanceof PointMaskRightClick) {
                canvas.removeMouseListener(l);
            }
        }
        // first in line: remove the canvas's own listener and add it back after this one
        canvas.removeMouseListener(canvas);
        canvas.addMouseListener(this);
        canvas.addMouseListener(canvas);
    }

    @Override
    public void mousePressed(MouseEvent e) {
        if (!(e.getComponent() instanceof ImageCanvas canvas)) {
            return;
        }
        boolean selected = PointMaskTool.NAME.equals(Toolbar.getToolName());
        canvas.disablePopupMenu(selected);
        if (selected && (e.getButton() == MouseEvent.BUTTON3 || e.isPopupTrigger())) {
            ImagePlus image = canvas.getImage();
            if (image != null) {
                tool.mousePressed(image, e);
            }
        }
    }

    @Override
    public void imageOpened(ImagePlus image) {
        attach(image);
    }

    @Override
    public void imageClosed(ImagePlus image) {
    }

    @Override
    public void imageUpdated(ImagePlus image) {
    }
}
