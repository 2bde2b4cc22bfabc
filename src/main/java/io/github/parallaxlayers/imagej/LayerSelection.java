package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import io.github.parallaxlayers.core.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code layers=} option of the mask commands (Refine Mask, Feather Mask, Fill Masked Area): which slices of a
 * mask stack a command acts on, by layer name, comma-separated ({@code layers=[layer-1,house]}); empty means every
 * layer. The Layer Manager passes its selected rows this way, so its buttons record a line that replays the same.
 */
final class LayerSelection {
    /** The option's key; also what the Layer Manager suggests to a command's dialog. */
    static final String KEY = "layers";

    private LayerSelection() {
    }

    /**
     * One flag per slice (index 0 = slice 1): true where the command acts. Unknown names are refused with the
     * names the stack has, so a typo never silently leaves a layer unchanged.
     */
    static boolean[] of(ImagePlus stack, String spec, String command) {
        List<String> names = Images.layerNames(stack);
        boolean[] chosen = new boolean[names.size()];
        Set<String> wanted = parse(spec);
        if (wanted.isEmpty()) {
            java.util.Arrays.fill(chosen, true);
            return chosen;
        }
        List<String> unknown = new ArrayList<>();
        for (String name : wanted) {
            int index = names.indexOf(name);
            if (index < 0) {
                unknown.add(name);
            } else {
                chosen[index] = true;
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(command + ": " + stack.getTitle() + " has no layer named '"
                    + String.join("', '", unknown) + "'; its layers are " + String.join(", ", names)
                    + " (layers=[name,name], or leave it empty for all).");
        }
        return chosen;
    }

    /**
     * The slice a dialog's Preview shows: the current one when it is chosen, else the first chosen layer, which
     * the stack then shows (a preview of a layer the command leaves alone would show a change that never comes).
     */
    static int previewSlice(ImagePlus stack, String spec, String command) {
        boolean[] chosen = of(stack, spec, command);
        if (!chosen[stack.getCurrentSlice() - 1]) {
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i]) {
                    stack.setSlice(i + 1);
                    break;
                }
            }
        }
        return stack.getCurrentSlice();
    }

    static Set<String> parse(String spec) {
        Set<String> names = new LinkedHashSet<>();
        if (spec != null) {
            for (String part : spec.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.trim());
                }
            }
        }
        return names;
    }

    /** The option value for these layer names; empty (all layers) when they are all of the stack's layers. */
    static String format(List<String> selected, List<String> all) {
        return selected.isEmpty() || selected.size() == all.size() && selected.containsAll(all) ? ""
                : String.join(",", selected);
    }
}
