package io.github.parallaxlayers.batch;

import io.github.parallaxlayers.core.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the plates of a batch: the image files of a folder, or the files a glob matches ({@code shots/*.tif},
 * {@code shots/**}{@code /*.png}), in natural name order so that the frames of a numbered image sequence keep their
 * order even without zero padding ({@code f9} before {@code f10}).
 */
public final class PlateDiscovery {
    /** The files a folder input contributes: what ImageJ opens as a single plate. */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "tif", "tiff", "bmp", "gif");

    private PlateDiscovery() {
    }

    public static List<BatchPlate> discover(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("Give the plates with --input: a folder of images or a glob such as "
                    + "'shots/*.tif'.");
        }
        String text = input.trim();
        List<Path> files = isGlob(text) ? matchGlob(text) : listFolder(Path.of(text));
        files.sort((a, b) -> NaturalOrder.compare(a.toString(), b.toString()));
        List<BatchPlate> plates = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            String name = stem(file.getFileName().toString());
            Path earlier = byName.putIfAbsent(name, file);
            if (earlier != null) {
                throw new InvalidInputException("The plates " + earlier + " and " + file + " would share the output "
                        + "folder '" + name + "'; rename one of them or narrow --input.");
            }
            plates.add(new BatchPlate(file.toAbsolutePath().normalize(), name));
        }
        return plates;
    }

    static boolean isGlob(String text) {
        return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> listFolder(Path input) {
        if (Files.isRegularFile(input)) {
            return new ArrayList<>(List.of(input));
        }
        if (!Files.isDirectory(input)) {
            throw new InvalidInputException("The input " + input.toAbsolutePath() + " does not exist; give a folder "
                    + "of plates or a glob such as 'shots/*.tif'.");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(input)) {
            files = list.filter(p -> Files.isRegularFile(p) && !hidden(p) && isImage(p))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the input folder " + input + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("The input folder " + input.toAbsolutePath() + " holds no images ("
                    + String.join(", ", IMAGE_EXTENSIONS.stream().sorted().toList()) + "); give another folder or "
                    + "a glob.");
        }
        return files;
    }

    private static List<Path> matchGlob(String glob) {
        // The folder to walk is the part of the glob before its first component with a wildcard.
        String normalized = glob.replace('\\', '/');
        String[] parts = normalized.split("/", -1);
        int first = 0;
        while (first < parts.length && !isGlob(parts[first])) {
            first++;
        }
        String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, first));
        Path root = base.isEmpty() ? Path.of(normalized.startsWith("/") ? "/" : ".") : Path.of(base);
        String pattern = String.join("/", java.util.Arrays.copyOfRange(parts, first, parts.length));
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("The folder " + root.toAbsolutePath() + " of the glob '" + glob
                    + "' does not exist; check the path.");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : parts.length - first;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, depth)) {
            files = walk.filter(p -> Files.isRegularFile(p) && !hidden(p) && matcher.matches(root.relativize(p)))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("No plates match '" + glob + "'; check the pattern (quote it so the "
                    + "shell does not expand it).");
        }
        return files;
    }

    private static boolean hidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
