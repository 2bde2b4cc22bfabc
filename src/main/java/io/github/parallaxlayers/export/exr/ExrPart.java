package io.github.parallaxlayers.export.exr;

import io.github.parallaxlayers.mask.Box;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One image to write: a part of a multi-part file, or the only part of a single-part one. Samples are produced
 * a scanline at a time, so a 4K layer never needs a float copy of itself in memory.
 *
 * @param name          the part's name ({@code name} attribute of a multi-part file)
 * @param displayWidth  the full frame's width: the display window is (0, 0) – (width − 1, height − 1)
 * @param displayHeight the full frame's height
 * @param dataWindow    the pixels that are stored, in display coordinates (may be a crop of the frame)
 * @param channels      channel names; written in the byte order of their names, as OpenEXR requires
 * @param pixels        the samples of each channel
 * @param attributes    further header attributes (camera, chromaticities …), by name
 */
public record ExrPart(String name, int displayWidth, int displayHeight, Box dataWindow, List<String> channels,
                      Pixels pixels, Map<String, ExrAttribute> attributes) {

    /** Fills one scanline of one channel. */
    @FunctionalInterface
    public interface Pixels {
        /**
         * @param channel index into {@link ExrPart#channels()} as given (not as sorted)
         * @param y       the row, in display coordinates, inside the data window
         * @param row     receives the data window's width of samples, left to right
         */
        void row(int channel, int y, float[] row);
    }

    public ExrPart {
        channels = List.copyOf(channels);
        attributes = new LinkedHashMap<>(attributes);
        if (channels.isEmpty() || channels.stream().distinct().count() != channels.size()) {
            throw new IllegalArgumentException("a part needs distinct channel names: " + channels);
        }
        if (dataWindow.width() < 1 || dataWindow.height() < 1) {
            throw new IllegalArgumentException("empty data window " + dataWindow);
        }
    }

    /** Channel indices in the order they are stored. */
    int[] storedOrder() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> ExrNames.compare(channels.get(a), channels.get(b)));
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
