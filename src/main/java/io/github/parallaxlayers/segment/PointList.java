package io.github.parallaxlayers.segment;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.List;

/** Parses the text forms of prompts used by macros and the CLI: {@code x1,y1;x2,y2} and {@code x,y,width,height}. */
public final class PointList {

    private PointList() {
    }

    /** Points as {@code x1,y1;x2,y2} (spaces allowed, decimals rounded to the nearest pixel). */
    public static List<Click> parse(String text, boolean positive, String key) {
        List<Click> clicks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return clicks;
        }
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] xy = pair.trim().split("\\s*,\\s*|\\s+");
            if (xy.length != 2) {
                throw new InvalidInputException("Cannot read the point '" + pair.trim() + "' in " + key + "=: "
                        + "write points as x,y pairs separated by semicolons, e.g. " + key + "=[120,80;300,95].");
            }
            clicks.add(new Click(toPixel(xy[0], key, pair), toPixel(xy[1], key, pair), positive));
        }
        return clicks;
    }

    /** A box as {@code x,y,width,height}; {@code null} for blank text. */
    public static Box parseBox(String text, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.trim().split("\\s*,\\s*|\\s+");
        if (parts.length != 4) {
            throw new InvalidInputException("Cannot read the box '" + text + "' in " + key + "=: write it as "
                    + "x,y,width,height, e.g. " + key + "=[10,20,200,150].");
        }
        return new Box(toPixel(parts[0], key, text), toPixel(parts[1], key, text), toPixel(parts[2], key, text),
                toPixel(parts[3], key, text));
    }

    public static String format(List<Click> clicks) {
        StringBuilder sb = new StringBuilder();
        for (Click c : clicks) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(c.x()).append(',').append(c.y());
        }
        return sb.toString();
    }

    private static int toPixel(String value, String key, String context) {
        try {
            double v = Double.parseDouble(value.trim());
            // Math.round turns Infinity into Long.MAX_VALUE, and the int cast into -1: say what was written.
            if (!Double.isFinite(v) || Math.abs(v) > 1e9) {
                throw new InvalidInputException("'" + value.trim() + "' in " + key + "=[" + context.trim()
                        + "] is not a pixel coordinate: write finite pixel coordinates, e.g. " + key + "=[120,80].");
            }
            return (int) Math.round(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + value.trim() + "' in " + key + "=[" + context.trim()
                    + "] is not a number: write pixel coordinates, e.g. " + key + "=[120,80].");
        }
    }
}
