package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.mask.Mask;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A benchmark folder in one of the {@link DatasetLayout}s: image/mask pairs matched by base name, sorted by
 * name, checked on opening (every image has exactly one mask of the same size) and loaded one at a time.
 */
public final class Dataset {
    private static final int LISTED = 10;

    private final Path root;
    private final DatasetLayout layout;
    private final List<Pair> pairs;

    /** An image file and its mask file. */
    public record Pair(String name, Path image, Path mask) {
    }

    private Dataset(Path root, DatasetLayout layout, List<Pair> pairs) {
        this.root = root;
        this.layout = layout;
        this.pairs = List.copyOf(pairs);
    }

    /** Lists and checks the folder; reads only the file headers. */
    public static Dataset open(Path root, DatasetLayout layout) {
        Path imageDir = root.resolve(layout.imageFolder());
        Path maskDir = root.resolve(layout.maskFolder());
        for (Path dir : List.of(imageDir, maskDir)) {
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException("The " + layout.label() + " layout needs the folders " + imageDir
                        + " (images) and " + maskDir + " (masks), but " + dir + " is not a folder. Check --dataset "
                        + "and --layout (grabcut: data_GT/ + boundary_GT/, berkeley and pairs: images/ + masks/, "
                        + "davis: img/ + gt/).");
            }
        }
        Map<String, Path> images = byBaseName(imageDir, "images");
        Map<String, Path> masks = byBaseName(maskDir, "masks");
        if (images.isEmpty()) {
            throw new InvalidInputException("No images (" + String.join(", ", ImageFiles.EXTENSIONS.stream()
                    .sorted().toList()) + ") in " + imageDir + ".");
        }
        List<String> unmatched = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (Map.Entry<String, Path> e : images.entrySet()) {
            Path mask = masks.get(e.getKey());
            if (mask == null) {
                unmatched.add(e.getValue().getFileName().toString());
            } else {
                pairs.add(new Pair(e.getKey(), e.getValue(), mask));
            }
        }
        if (!unmatched.isEmpty()) {
            throw new InvalidInputException(unmatched.size() + " image(s) in " + imageDir + " have no mask of the "
                    + "same name in " + maskDir + ": " + listed(unmatched) + ". Add the masks or remove the images.");
        }
        List<String> mismatched = new ArrayList<>();
        for (Pair p : pairs) {
            int[] is = ImageFiles.size(p.image());
            int[] ms = ImageFiles.size(p.mask());
            if (is[0] != ms[0] || is[1] != ms[1]) {
                mismatched.add(p.image().getFileName() + " " + is[0] + "x" + is[1] + " vs " + p.mask().getFileName()
                        + " " + ms[0] + "x" + ms[1]);
            }
        }
        if (!mismatched.isEmpty()) {
            throw new InvalidInputException(mismatched.size() + " image/mask pair(s) in " + root + " differ in size: "
                    + listed(mismatched) + ". Each mask must have the size of its image.");
        }
        return new Dataset(root, layout, pairs);
    }

    public Path root() {
        return root;
    }

    public DatasetLayout layout() {
        return layout;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public int size() {
        return pairs.size();
    }

    /** The first {@code limit} pairs in name order. */
    public Dataset limit(int limit) {
        if (limit < 1) {
            throw new InvalidInputException("--limit must be at least 1; got " + limit + ".");
        }
        return new Dataset(root, layout, pairs.subList(0, Math.min(limit, pairs.size())));
    }

    /** Decodes one pair: the image as a plate, the mask by the layout's rule. */
    public Sample load(Pair pair) {
        var plate = ImageFiles.readPlate(pair.image());
        BufferedImage maskImage = ImageFiles.read(pair.mask());
        int w = maskImage.getWidth();
        int h = maskImage.getHeight();
        byte[] truth = new byte[w * h];
        byte[] ignore = null;
        switch (layout) {
            case GRABCUT -> {
                int[] v = ImageFiles.openCvChannel0(maskImage);
                ignore = new byte[w * h];
                for (int i = 0; i < v.length; i++) {
                    if (v[i] == 128) {
                        ignore[i] = Mask.ON;
                    } else if (v[i] > 128) {
                        truth[i] = Mask.ON;
                    }
                }
            }
            case BERKELEY -> {
                int[] v = ImageFiles.openCvChannel0(maskImage);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] > 128) {
                        truth[i] = Mask.ON;
                    }
                }
            }
            case DAVIS -> {
                int[] v = ImageFiles.paletteIndices(maskImage);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] != 0) {
                        truth[i] = Mask.ON;
                    }
                }
            }
            case PAIRS -> {
                int[] v = ImageFiles.brightestChannel(maskImage);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] >= 128) {
                        truth[i] = Mask.ON;
                    }
                }
            }
        }
        return new Sample(pair.name(), plate, Mask.wrap(w, h, truth), ignore == null ? null : Mask.wrap(w, h, ignore));
    }

    private static Map<String, Path> byBaseName(Path dir, String what) {
        Map<String, Path> byName = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(ImageFiles::isImage).sorted().toList()) {
                String base = ImageFiles.baseName(f.getFileName().toString());
                Path earlier = byName.putIfAbsent(base, f);
                if (earlier != null) {
                    duplicates.add(earlier.getFileName() + " and " + f.getFileName());
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException("Some " + what + " in " + dir + " share a name without extension, so "
                    + "they cannot be matched: " + listed(duplicates) + ". Keep one file per name.");
        }
        return byName;
    }

    private static String listed(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more";
    }
}
