package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.gui.ImageWindow;
import ij.gui.Toolbar;

import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.SwingUtilities;

/**
 * Enter, Esc and Ctrl/Cmd+Z for the Point Mask Tool, taken before ImageJ sees them.
 *
 * <p>ImageJ's main window is the first key listener of every image window and canvas: on Enter it brings itself to
 * the front, on Ctrl+Z it runs Edit › Undo, on Esc it aborts macros, and when the window rather than the canvas has
 * the focus (activated by its title bar) a listener on the canvas sees nothing. A {@link KeyEventDispatcher} runs
 * before any listener, whichever component of the image window holds the focus. It takes a key only while this tool
 * is selected and the image has clicks (or a mask to accept); otherwise the key goes on to ImageJ unchanged, so
 * ImageJ's own shortcuts keep working.
 */
final class PointMaskKeys implements KeyEventDispatcher {
    /** What the tool does on a key; each returns false when there was nothing to do for that image. */
    interface Actions {
        boolean accept(ImagePlus image);

        boolean clear(ImagePlus image);

        boolean undo(ImagePlus image);
    }

    private static PointMaskKeys installed;
    private volatile Actions actions;

    private PointMaskKeys(Actions actions) {
        this.actions = actions;
    }

    /** Installs the one dispatcher (or points it at a new tool instance). */
    static synchronized void install(Actions actions) {
        if (installed == null) {
            installed = new PointMaskKeys(actions);
            KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(installed);
        } else {
            installed.actions = actions;
        }
    }

    /** Which action a key press asks for, or null: pure, for the tests. */
    static Action action(int keyCode, boolean control, boolean meta, boolean shift, boolean alt) {
        if (keyCode == KeyEvent.VK_ENTER && !control && !meta && !alt) {
            return Action.ACCEPT;
        }
        if (keyCode == KeyEvent.VK_ESCAPE) {
            return Action.CLEAR;
        }
        if (keyCode == KeyEvent.VK_Z && (control || meta) && !shift && !alt) {
            return Action.UNDO;
        }
        return null;
    }

    enum Action { ACCEPT, CLEAR, UNDO }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        if (e.getID() != KeyEvent.KEY_PRESSED || !PointMaskTool.NAME.equals(Toolbar.getToolName())) {
            return false;
        }
        Action action = action(e.getKeyCode(), e.isControlDown(), e.isMetaDown(), e.isShiftDown(), e.isAltDown());
        ImagePlus image = action == null ? null : imageOf(e.getComponent());
        if (image == null) {
            return false;
        }
        Actions a = actions;
        boolean done = switch (action) {
            case ACCEPT -> a.accept(image);
            case CLEAR -> a.clear(image);
            case UNDO -> a.undo(image);
        };
        if (done) {
            e.consume();
        }
        return done;
    }

    private static ImagePlus imageOf(Component component) {
        Window window = component instanceof Window w ? w : SwingUtilities.getWindowAncestor(component);
        return window instanceof ImageWindow iw ? iw.getImagePlus() : null;
    }
}
