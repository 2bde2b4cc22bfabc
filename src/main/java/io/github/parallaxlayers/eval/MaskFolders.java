package io.github.parallaxlayers.eval;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.ProgressListener;
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
 * Scores masks made in any tool: two folders, predictions and ground truths, matched by file name without
 * extension. A prediction is inside where its grey value is above 127; a truth is inside above 128 and ignored
 * at exactly 128 (the GrabCut band convention; other truths simply have no band).
 */
public final class MaskFolders {

    /** The scores of one file. */
    public record Row(String name, MaskScores scores) {
    }

    private MaskFolders() {
    }

    public static List<Row> score(Path predictions, Path truths, ProgressListener progress) {
        Map<String, Path> predicted = index(predictions, "predicted masks");
        Map<String, Path> truth = index(truths, "ground-truth masks");
        List<String> missing = predicted.keySet().stream().filter(k -> !truth.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("These masks have no ground truth of the same name in " + truths + ": "
                    + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : "") + ".");
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Path> entry : predicted.entrySet()) {
            progress.checkCancelled();
            BufferedImage p = ImageFiles.read(entry.getValue());
            BufferedImage t = ImageFiles.read(truth.get(entry.getKey()));
            if (p.getWidth() != t.getWidth() || p.getHeight() != t.getHeight()) {
                throw new InvalidInputException(entry.getValue().getFileName() + " is " + p.getWidth() + "x"
                        + p.getHeight() + " but its ground truth is " + t.getWidth() + "x" + t.getHeight() + ".");
            }
            int[] pv = ImageFiles.brightestChannel(p);
            int[] tv = ImageFiles.brightestChannel(t);
            int w = p.getWidth();
            int h = p.getHeight();
            Mask prediction = Mask.empty(w, h);
            Mask truthMask = Mask.empty(w, h);
            Mask ignore = Mask.empty(w, h);
            for (int k = 0; k < pv.length; k++) {
                prediction.set(k, pv[k] > 127);
                truthMask.set(k, tv[k] > 128);
                ignore.set(k, tv[k] == 128);
            }
            rows.add(new Row(entry.getKey(), MaskMetrics.score(prediction, truthMask, ignore.isEmpty() ? null : ignore)));
            progress.progress(++i / (double) predicted.size(), entry.getKey());
        }
        return rows;
    }

    private static Map<String, Path> index(Path folder, String role) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("The folder of " + role + " " + folder + " does not exist.");
        }
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(ImageFiles::isImage).toList()) {
                Path previous = files.put(ImageFiles.baseName(file.getFileName().toString()), file);
                if (previous != null) {
                    throw new InvalidInputException("Two " + role + " share the name " + previous.getFileName()
                            + " / " + file.getFileName() + "; keep one.");
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("Cannot list " + folder + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("The folder " + folder + " holds no images (" + role + ").");
        }
        return files;
    }
}
