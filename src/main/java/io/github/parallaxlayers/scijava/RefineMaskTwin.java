package io.github.parallaxlayers.scijava;

import ij.ImagePlus;
import io.github.parallaxlayers.imagej.RefineMaskCommand;
import io.github.parallaxlayers.imagej.ParallaxCommand;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The SciJava twin of Plugins › Parallax Layers › Refine Mask: fill holes, remove islands, open, close, keep parts,
 * grow or shrink every slice of a mask. Its parameters are the macro keys of docs/macros.md, typed; it runs the
 * ImageJ 1.x command itself, so results and messages are the macro's.
 */
@Plugin(type = Command.class, label = "Refine Mask", headless = true)
public class RefineMaskTwin extends TwinCommand {
    @Parameter(required = false, persist = false)
    private ImagePlus mask;

    @Parameter(required = false, persist = false)
    private String layers = "";

    @Parameter(persist = false)
    private boolean fill_holes;

    @Parameter(persist = false)
    private int max_hole = 0;

    @Parameter(persist = false)
    private int islands = 0;

    @Parameter(persist = false)
    private double open = 0.0;

    @Parameter(persist = false)
    private double close = 0.0;

    @Parameter(choices = {"all", "largest", "touching"}, persist = false)
    private String keep = "all";

    @Parameter(required = false, persist = false)
    private String points = "";

    @Parameter(persist = false)
    private double grow = 0.0;

    @Parameter(persist = false)
    private boolean in_place;

    @Override
    protected ParallaxCommand command() {
        return new RefineMaskCommand();
    }
}
