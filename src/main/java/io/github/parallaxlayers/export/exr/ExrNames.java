package io.github.parallaxlayers.export.exr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Names in an EXR header: null-terminated UTF-8, channel lists sorted by their bytes. */
final class ExrNames {
    /** Longer names need the file's "long names" flag; 255 is the limit either way. */
    static final int SHORT_LIMIT = 31;
    static final int LIMIT = 255;

    private ExrNames() {
    }

    static byte[] bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    /** Unsigned byte order of the UTF-8 names, the order OpenEXR's channel lists keep. */
    static int compare(String a, String b) {
        return Arrays.compareUnsigned(bytes(a), bytes(b));
    }
}
