/**
 * The {@code parallax-layers.jar} command line (picocli, {@link io.github.parallaxlayers.cli.ParallaxCli}):
 * {@code run-macro} (through the headless runtime), {@code evaluate}, {@code models}. The evaluate verbs extend
 * {@link io.github.parallaxlayers.cli.Verb} (one error line and exit status) and mix in
 * {@link io.github.parallaxlayers.cli.EvaluationFolders}.
 */
package io.github.parallaxlayers.cli;
