package io.github.parallaxlayers.headless;

import ij.Menus;

import java.util.Map;
import java.util.TreeSet;

/** One line for a stack trace that one of ImageJ's own commands left during a headless macro run. */
final class ImageJCommandFailure {

    private ImageJCommandFailure() {
    }

    static String describe(String trace) {
        String first = trace.lines().findFirst().orElse("").trim();
        String plugin = pluginClass(trace);
        String command = plugin == null ? "An ImageJ command" : "ImageJ's " + menuNames(plugin);
        if (first.startsWith("java.awt.HeadlessException")) {
            return command + " always opens a dialog, which a run without a display cannot show, so the macro "
                    + "stopped there. Do that step with macro functions instead, or run the macro in Fiji with a "
                    + "display (docs/install.md lists such commands).";
        }
        return command + " failed (" + first + "), so the macro stopped there.";
    }

    /** The first ImageJ plugin or I/O class in the trace: the command that was running. */
    private static String pluginClass(String trace) {
        for (String line : trace.lines().toList()) {
            String frame = line.trim();
            if (frame.startsWith("at ij.plugin.") || frame.startsWith("at ij.io.")) {
                String method = frame.substring(3, frame.indexOf('(') > 0 ? frame.indexOf('(') : frame.length());
                return method.substring(0, method.lastIndexOf('.'));
            }
        }
        return null;
    }

    /** "command 'Make Composite'" from the menu table, or the class name when no menu item (or too many) runs it. */
    private static String menuNames(String pluginClass) {
        TreeSet<String> names = new TreeSet<>();
        Map<?, ?> commands = Menus.getCommands();
        if (commands != null) {
            for (Map.Entry<?, ?> entry : commands.entrySet()) {
                String target = String.valueOf(entry.getValue());
                if (target.equals(pluginClass) || target.startsWith(pluginClass + "(")) {
                    names.add("'" + entry.getKey() + "'");
                }
            }
        }
        return names.isEmpty() || names.size() > 3 ? "command (" + pluginClass + ")"
                : "command " + String.join(" or ", names);
    }
}
