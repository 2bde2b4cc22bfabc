package io.github.parallaxlayers.geometry;

import io.github.parallaxlayers.core.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Match Camera's rules from named lines to a camera, without ImageJ: lines grouped into directions by name (without
 * a trailing number) or colour, one line named {@code horizon} with a known field of view as the other way in, and
 * an optional reference line of known height that sets the camera height. The command reads the lines from ROIs;
 * a benchmark or another tool can give them directly.
 */
public final class LineMatch {

    /** The camera, the fit it came from, and whether its height came from the reference line. */
    public record Match(Camera camera, CameraMatch.Result fit, boolean heightFromReference) {
    }

    private LineMatch() {
    }

    /**
     * @param byColour        group by colour instead of by name
     * @param vertical        the group (name or colour key) of vertical scene edges; "" when none
     * @param knownFov        vertical field of view in degrees, or NaN to measure it
     * @param eyeHeight       the camera's height above the ground (> 0), unless the reference sets it
     * @param reference       the name of a line from an object's foot to its top, or ""
     * @param referenceHeight that object's height in scene units (> 0 with a reference)
     */
    public static Match match(List<NamedLine> lines, boolean byColour, String vertical, int width, int height,
                              double knownFov, double eyeHeight, String units, String reference,
                              double referenceHeight) {
        if (!(eyeHeight > 0)) {
            throw new InvalidInputException("height=" + format(eyeHeight) + " puts the camera at or below the "
                    + "ground: give the camera's height above the ground in scene units (greater than 0; 1.6 is eye "
                    + "level).");
        }
        List<NamedLine> remaining = new ArrayList<>(lines);
        LineSegment referenceLine = takeReference(remaining, reference, referenceHeight);
        List<LineGroup> groups = groups(remaining, byColour, vertical);
        CameraMatch.Result fit;
        if (groups.size() == 1 && groups.get(0).name().equalsIgnoreCase("horizon")) {
            if (groups.get(0).lines().size() != 1) {
                throw new InvalidInputException("Draw one line named horizon (got " + groups.get(0).lines().size()
                        + ").");
            }
            fit = CameraMatch.fromHorizon(groups.get(0).lines().get(0), width, height, knownFov, eyeHeight, units);
        } else {
            fit = CameraMatch.fromLines(groups, width, height, knownFov, eyeHeight, units);
        }
        Camera camera = fit.camera();
        if (referenceLine != null) {
            camera = camera.withEyeHeight(ReferenceHeight.eyeHeightFrom(camera, referenceLine, referenceHeight));
        }
        return new Match(camera, fit, referenceLine != null);
    }

    /** The direction a line belongs to: its name without a trailing number, or its colour. */
    public static String key(NamedLine line, boolean byColour) {
        if (byColour) {
            return line.colour() == NamedLine.NO_COLOUR ? "default colour"
                    : String.format(Locale.ROOT, "#%06x", line.colour() & 0xffffff);
        }
        String stripped = line.name().replaceFirst("[\\s_.-]*\\d+$", "").trim();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("A line has " + (line.name().isEmpty() ? "no name" : "the name '"
                    + line.name() + "'") + ", which names no direction: name each line by its direction (x-1, x-2, "
                    + "z-1 …; vertical-1 for vertical edges) or use group=colour.");
        }
        return stripped;
    }

    /** The lines grouped by direction, in order of first appearance; the vertical group is named so. */
    public static List<LineGroup> groups(List<NamedLine> lines, boolean byColour, String verticalKey) {
        Map<String, List<LineSegment>> byKey = new LinkedHashMap<>();
        for (NamedLine line : lines) {
            byKey.computeIfAbsent(key(line, byColour), k -> new ArrayList<>()).add(line.segment());
        }
        String vertical = verticalKey == null ? "" : verticalKey.trim();
        if (!vertical.isEmpty() && !byKey.containsKey(vertical)) {
            throw new InvalidInputException("vertical=" + vertical + " names no group of lines; the groups are: "
                    + String.join(", ", byKey.keySet()) + ".");
        }
        List<LineGroup> groups = new ArrayList<>();
        byKey.forEach((key, segments) -> groups.add(new LineGroup(
                key.equals(vertical) ? "vertical (" + key + ")" : key, segments)));
        return groups;
    }

    /** Removes the reference line from {@code lines} and returns it; null when no reference is named. */
    static LineSegment takeReference(List<NamedLine> lines, String name, double knownHeight) {
        String wanted = name == null ? "" : name.trim();
        if (wanted.isEmpty()) {
            if (knownHeight > 0) {
                throw new InvalidInputException("reference_height= needs reference=[name of the line] drawn from where "
                        + "the object stands on the ground to its top.");
            }
            return null;
        }
        if (!(knownHeight > 0)) {
            throw new InvalidInputException("reference=" + wanted + " needs the object's height: "
                    + "reference_height= in scene units, greater than 0.");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).name().equals(wanted)) {
                return lines.remove(i).segment();
            }
        }
        throw new InvalidInputException("No line selection is named '" + wanted + "' (reference=).");
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
