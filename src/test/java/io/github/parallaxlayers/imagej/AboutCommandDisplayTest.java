package io.github.parallaxlayers.imagej;

import ij.gui.MessageDialog;
import io.github.parallaxlayers.core.PluginInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.awt.Button;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Window;
import java.lang.reflect.Field;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Help › About Plugins › About Parallax Layers with a display: a message window that names the version and build
 * date, closed with a real click on its OK button (openbox, the X server, AWT), as a person closes it.
 */
@Tag("display")
@Timeout(120)
class AboutCommandDisplayTest {

    @Test
    void aboutShowsTheVersionAndClosesWithItsButton() throws Exception {
        RealDesktop.start();
        Thread about = new Thread(() -> new AboutCommand().run(""), "About Parallax Layers");
        about.start(); // a modal message window: it blocks its thread until closed
        RealDesktop.waitFor(() -> aboutWindow() != null && aboutWindow().isShowing(), 20000, "the About window");
        MessageDialog window = aboutWindow();
        RealDesktop.screenshot("about-parallax-layers", RealDesktop.onScreen(window));
        String text = String.join("\n", lines(window));
        assertTrue(text.contains("Parallax Layers " + PluginInfo.version() + ", built " + PluginInfo.buildDate()),
                text);
        assertFalse(PluginInfo.buildDate().equals("unknown"), "Maven writes the build date");
        RealDesktop.activateByTitleBar(window);
        Button ok = find(window, Button.class);
        assertNotNull(ok, "the About window has an OK button");
        RealDesktop.click(ok);
        RealDesktop.waitFor(() -> !window.isShowing(), 10000, "the About window to close");
        about.join(10000);
        assertFalse(about.isAlive(), "the About command returns once its window is closed");
    }

    private static MessageDialog aboutWindow() {
        return Arrays.stream(Window.getWindows()).filter(w -> w instanceof MessageDialog && w.isShowing()
                && AboutCommand.TITLE.equals(((Dialog) w).getTitle())).map(w -> (MessageDialog) w).findFirst()
                .orElse(null);
    }

    /** The lines the window shows (ImageJ's MultiLineLabel keeps them in a field; it has no getter). */
    private static String[] lines(Container window) throws ReflectiveOperationException {
        ij.gui.MultiLineLabel label = find(window, ij.gui.MultiLineLabel.class);
        assertNotNull(label, "the About window shows a text");
        Field lines = ij.gui.MultiLineLabel.class.getDeclaredField("lines");
        lines.setAccessible(true);
        return (String[]) lines.get(label);
    }

    private static <T extends Component> T find(Container container, Class<T> type) {
        for (Component c : container.getComponents()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
