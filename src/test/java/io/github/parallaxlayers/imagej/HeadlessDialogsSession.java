package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.headless.HeadlessDialogs;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Applies ImageJ's headless dialog patch ({@link HeadlessDialogs}) when the test JVM's launcher session opens,
 * before any test class can load ImageJ, as {@code parallax-layers.jar} does first thing in its main method.
 */
public final class HeadlessDialogsSession implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        HeadlessDialogs.install();
    }
}
