/**
 * The {@code parallax-layers.jar} command line (picocli, {@link io.github.parallaxlayers.cli.ParallaxCli}):
 * {@code run-macro} (through the headless runtime), {@code evaluate}, {@code models}.
 */
package io.github.parallaxlayers.cli;
