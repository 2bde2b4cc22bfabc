package io.github.parallaxlayers.batch;

import io.github.parallaxlayers.cli.WorkerLaunch;

import javax.imageio.ImageIO;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small plates for batch tests: the Leuven sample scaled down, written to target/. */
final class BatchFixtures {
    static final Path MAIN_JOB = Path.of("macros/plate-to-layers.ijm");

    private BatchFixtures() {
    }

    /** {@code count} frames of a sequence, frame1..frameN, each the sample at a slightly different small size. */
    static Path sequence(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        BufferedImage sample = ImageIO.read(Path.of("sample-images/leuven-street.jpg").toFile());
        for (int i = 1; i <= count; i++) {
            int width = 150 + 10 * i;
            writePng(scaled(sample, width, Math.round(width * 563f / 751f)), folder.resolve("frame" + i + ".png"));
        }
        return folder;
    }

    static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** A plate of random colours, whose layers do not compress: large outputs for a full-disk test. */
    static void noisePlate(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        writePng(image, file);
    }

    static void writePng(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    static BatchSettings settings(Path input, Path out, int workers, Shard shard, boolean resume) {
        return new BatchSettings(MAIN_JOB, input.toString(), out, List.of(), workers, shard, resume, false,
                WorkerLaunch.command("1g"), "1g");
    }

    /** Every file under a folder by relative path, with its bytes; hidden entries (the batch state) left out. */
    static TreeMap<String, byte[]> files(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(p).toString();
                if (!relative.startsWith(".") && !relative.startsWith("batch.")) {
                    files.put(relative, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** Names in a folder that start with a dot, except the batch state folder: leftovers of a plate. */
    static List<String> hiddenLeftovers(Path out) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(out)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && !n.equals(".batch"))
                    .sorted().forEach(names::add);
        }
        return names;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A listener that keeps what it is told. */
    static final class Recorder implements BatchListener {
        final List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<BatchProgress> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void message(String line) {
            messages.add(line);
        }

        @Override
        public void plateFinished(PlateRecord row, BatchProgress p) {
            progress.add(p);
        }
    }
}
