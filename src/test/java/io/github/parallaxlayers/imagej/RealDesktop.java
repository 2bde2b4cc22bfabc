package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImageJ;

import javax.imageio.ImageIO;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GUI tests' desktop, as an artist has it: ImageJ's main window shown under an X display with a window manager
 * (openbox, started here and stopped when the JVM ends), and real input from outside the component tree —
 * {@link Robot} presses keys and buttons at screen positions, {@code xdotool} types text — so every event goes
 * through the X server, the window manager's focus and AWT's focus system as a person's would.
 */
final class RealDesktop {
    private static Process windowManager;
    private static Robot robot;
    /** Longer than X's and openbox's double-click time (openbox: 500 ms by default). */
    private static final long DOUBLE_CLICK_MS = 800;
    private static volatile long lastClick;

    private RealDesktop() {
    }

    /** Skips the test (with the reason) unless a display, openbox and xdotool are there; then starts them. */
    static synchronized Robot start() throws Exception {
        String display = System.getenv("DISPLAY");
        assumeFalse(GraphicsEnvironment.isHeadless() || display == null || display.isBlank(),
                "needs a display: run the tests under xvfb-run (scripts/test.sh)");
        assumeTrue(onPath("openbox") && onPath("xdotool"), "needs openbox and xdotool for real-input GUI tests: "
                + "scripts/test.sh installs them when root (apt-get install openbox xdotool)");
        if (windowManager == null) {
            windowManager = new ProcessBuilder("openbox", "--sm-disable").redirectErrorStream(true)
                    .redirectOutput(new File("target/openbox.log")).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> windowManager.destroy()));
            Thread.sleep(1000); // openbox takes over the screen
        }
        if (IJ.getInstance() == null) {
            new ImageJ();
        }
        if (!IJ.getInstance().isVisible()) {
            IJ.getInstance().setVisible(true);
        }
        if (robot == null) {
            robot = new Robot();
            robot.setAutoDelay(40);
        }
        return robot;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Activates a window as a person does: a left click on the middle of its title bar (drawn by openbox). */
    static void activateByTitleBar(Window window) {
        Insets insets = window.getInsets();
        assertTrue(insets.top > 0, "the window manager decorates windows (title bar height " + insets.top + ")");
        Point at = window.getLocationOnScreen();
        BooleanSupplier active = () -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow() == window;
        if (active.getAsBoolean()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            // two clicks on a title bar within the double-click time would maximise the window (openbox)
            long wait = lastClick + DOUBLE_CLICK_MS - System.currentTimeMillis();
            if (wait > 0) {
                IJ.wait((int) wait);
            }
            click(at.x + window.getWidth() / 2, at.y + insets.top / 2, InputEvent.BUTTON1_DOWN_MASK);
            try {
                waitFor(active, 5000, "the clicked window becomes active");
                return;
            } catch (AssertionError e) {
                // a loaded machine can be slow to hand over the focus: look, then click once more
                try {
                    screenshot("activation-failed-" + attempt, new Rectangle(0, 0, 1600, 1200));
                } catch (IOException io) {
                    e.addSuppressed(io);
                }
                if (attempt == 2) {
                    throw new AssertionError(e.getMessage() + "; active window: " + KeyboardFocusManager
                            .getCurrentKeyboardFocusManager().getActiveWindow(), e);
                }
            }
        }
    }

    static void click(int screenX, int screenY, int buttonMask) {
        robot.mouseMove(screenX, screenY);
        robot.mousePress(buttonMask);
        robot.mouseRelease(buttonMask);
        lastClick = System.currentTimeMillis();
        robot.waitForIdle();
    }

    /** A left click in the middle of a component (a button, a checkbox, a text field). */
    static void click(Component component) {
        Point at = component.getLocationOnScreen();
        click(at.x + component.getWidth() / 2, at.y + component.getHeight() / 2, InputEvent.BUTTON1_DOWN_MASK);
    }

    /** Presses and releases a key with modifier keys held (codes from KeyEvent). */
    static void key(int keyCode, int... modifiers) {
        for (int m : modifiers) {
            robot.keyPress(m);
        }
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            robot.keyRelease(modifiers[i]);
        }
        robot.waitForIdle();
    }

    /** Types text into the focused window through the X server. */
    static void type(String text) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xdotool", "type", "--delay", "15", "--", text).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "xdotool type");
    }

    static void waitFor(BooleanSupplier condition, long millis, String what) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out after " + millis + " ms waiting until " + what);
            }
            IJ.wait(50);
        }
    }

    /** Saves what the screen shows inside {@code bounds} (screen coordinates) to target/screenshots/NAME.png. */
    static Path screenshot(String name, Rectangle bounds) throws IOException {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Path file = shots.resolve(name + ".png");
        ImageIO.write(robot.createScreenCapture(bounds), "png", file.toFile());
        return file;
    }

    /** What the screen shows inside {@code bounds} now. */
    static java.awt.image.BufferedImage capture(Rectangle bounds) {
        return robot.createScreenCapture(bounds);
    }

    /** Moves the mouse without clicking (a hover: ImageJ's toolbar names the tool under it). */
    static void move(int screenX, int screenY) {
        robot.mouseMove(screenX, screenY);
        robot.waitForIdle();
    }

    static Rectangle onScreen(Window window) {
        return new Rectangle(window.getLocationOnScreen(), window.getSize());
    }
}
