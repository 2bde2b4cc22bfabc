/**
 * SciJava commands (issue 21): one {@code @Plugin(type = Command.class)} twin per main menu command, so PyImageJ,
 * Fiji's script languages (Groovy, Jython, ...) and napari-imagej can call them by class name through
 * {@code CommandService}. Entry points: the {@code *Twin} classes, on {@link io.github.parallaxlayers.scijava.TwinCommand};
 * they run the ImageJ 1.x commands of {@code imagej} with their parameters as macro options (docs/scripting.md).
 * The twins' sources are generated at build time from the commands' declared options by {@link
 * io.github.parallaxlayers.scijava.TwinSources} (run by Maven, not a menu command), whose table lists the twins.
 */
package io.github.parallaxlayers.scijava;
