package io.github.parallaxlayers.core;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Says, before an image reader sees a file, why it cannot be a complete image: missing, a folder, unreadable,
 * empty, a truncated or corrupt PNG (its chunks end before IEND or a CRC is wrong) or JPEG (its segments or
 * entropy-coded data end before the EOI marker), or content that is no image at all (a text file named .png).
 * Readers decode a truncated JPEG as a half-grey picture and say nothing; this check makes that an error.
 */
public final class ImageFileCheck {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageFileCheck() {
    }

    /** Null when the file looks like a complete image; otherwise one sentence naming the file and the problem. */
    public static String problem(Path file) {
        if (!Files.exists(file)) {
            return file + " does not exist: check the path (and that the disk is mounted).";
        }
        if (Files.isDirectory(file)) {
            return null; // ImageJ opens a folder of images as a stack
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return file + " is empty (0 bytes): the copy or download that made it did not finish.";
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                in.mark(16);
                byte[] head = in.readNBytes(12);
                in.reset();
                if (startsWith(head, PNG)) {
                    return png(file, in);
                }
                if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
                    return jpeg(file, in);
                }
                String type = knownType(head);
                if (type != null) {
                    return null; // TIFF, GIF, BMP, ...: the reader's own checks apply
                }
                if (looksLikeText(head) && isImageName(file)) {
                    return file + " is a text file, not an image, though its name ends in "
                            + extension(file) + ": give the image file itself.";
                }
                return null; // not ours to judge: ImageJ opens text, macros, tables and more
            }
        } catch (AccessDeniedException e) {
            return file + " cannot be read (permission denied): fix its permissions.";
        } catch (IOException e) {
            return file + " cannot be read (" + e.getMessage() + ").";
        }
    }

    private static String png(Path file, InputStream in) throws IOException {
        in.skipNBytes(PNG.length);
        byte[] header = new byte[8];
        CRC32 crc = new CRC32();
        while (true) {
            if (in.readNBytes(header, 0, 8) < 8) {
                return truncated(file, "PNG", "it ends before its IEND chunk");
            }
            long length = (header[0] & 0xffL) << 24 | (header[1] & 0xff) << 16 | (header[2] & 0xff) << 8 | header[3] & 0xff;
            String type = new String(header, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE || !type.chars().allMatch(Character::isLetter)) {
                return file + " is a corrupt PNG (a damaged chunk header): export or copy it again.";
            }
            crc.reset();
            crc.update(header, 4, 4);
            long left = length;
            byte[] buffer = new byte[8192];
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return truncated(file, "PNG", "its " + type + " chunk is cut short");
                }
                crc.update(buffer, 0, n);
                left -= n;
            }
            byte[] stored = in.readNBytes(4);
            if (stored.length < 4) {
                return truncated(file, "PNG", "its " + type + " chunk is cut short");
            }
            long expected = (stored[0] & 0xffL) << 24 | (stored[1] & 0xff) << 16 | (stored[2] & 0xff) << 8 | stored[3] & 0xff;
            if (expected != crc.getValue()) {
                return file + " is a corrupt PNG (the checksum of its " + type + " chunk is wrong): export or copy it "
                        + "again.";
            }
            if (type.equals("IEND")) {
                return null;
            }
        }
    }

    private static String jpeg(Path file, InputStream in) throws IOException {
        in.skipNBytes(2);
        long offset = 2;
        try {
            while (true) {
                int b = readByte(in);
                offset++;
                if (b != 0xff) {
                    return file + " is a corrupt JPEG (no marker at byte " + (offset - 1) + "): export or copy it again.";
                }
                int marker = readByte(in);
                offset++;
                while (marker == 0xff) { // fill bytes
                    marker = readByte(in);
                    offset++;
                }
                if (marker == 0xd9) {
                    return null; // EOI
                }
                if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                    continue; // no length
                }
                if (marker < 0xc0) {
                    return file + " is a corrupt JPEG (an unknown marker 0x" + Integer.toHexString(marker) + " at byte "
                            + (offset - 2) + "): export or copy it again.";
                }
                int length = readByte(in) << 8 | readByte(in);
                if (length < 2) {
                    return file + " is a corrupt JPEG (a segment of length " + length + "): export or copy it again.";
                }
                in.skipNBytes(length - 2);
                offset += length;
                if (marker == 0xda) { // start of scan: entropy-coded data up to the next real marker
                    while (true) {
                        int c = readByte(in);
                        offset++;
                        if (c != 0xff) {
                            continue;
                        }
                        in.mark(2);
                        int next = readByte(in);
                        while (next == 0xff) {
                            in.mark(2);
                            next = readByte(in);
                        }
                        if (next == 0x00 || next >= 0xd0 && next <= 0xd7) {
                            offset++;
                            continue; // stuffed byte or restart marker
                        }
                        if (next == 0xd9) {
                            return null;
                        }
                        in.reset();
                        // Put the 0xff back for the segment loop: it reads a marker next.
                        return jpegAfterScan(file, in, offset);
                    }
                }
            }
        } catch (EOFException e) {
            return truncated(file, "JPEG", "it ends before its end-of-image marker");
        }
    }

    /** After the entropy-coded data of a scan: more segments (a progressive JPEG) until EOI. */
    private static String jpegAfterScan(Path file, InputStream in, long offset) throws IOException {
        java.io.SequenceInputStream rest = new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}), in);
        // Re-enter the segment loop as if at the start of a file: SOI, then the marker after 0xff.
        return jpeg(file, new BufferedInputStream(rest));
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    private static String truncated(Path file, String format, String why) {
        return file + " is a truncated " + format + " (" + why + "): the copy or download that made it did not finish; "
                + "copy it again.";
    }

    private static String knownType(byte[] h) {
        if (h.length >= 4 && (h[0] == 'I' && h[1] == 'I' && h[2] == 42 || h[0] == 'M' && h[1] == 'M' && h[3] == 42)) {
            return "TIFF";
        }
        if (h.length >= 3 && h[0] == 'G' && h[1] == 'I' && h[2] == 'F') {
            return "GIF";
        }
        if (h.length >= 2 && h[0] == 'B' && h[1] == 'M') {
            return "BMP";
        }
        return null;
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x09 || c > 0x0d && c < 0x20 && c != 0x1b) {
                return false;
            }
        }
        return true;
    }

    private static boolean isImageName(Path file) {
        return extension(file).matches("\\.(png|jpe?g|tiff?|gif|bmp)");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
