/**
 * The headless ImageJ runtime: {@link io.github.parallaxlayers.headless.MacroRunner} runs a macro without a
 * display (the engine of {@code run-macro} and of the command tests), {@link
 * io.github.parallaxlayers.headless.HeadlessImageJ} fills ImageJ's command table, and the rest turns ImageJ's own
 * failures into one line. Sits above the commands: it runs them, they never use it.
 */
package io.github.parallaxlayers.headless;
