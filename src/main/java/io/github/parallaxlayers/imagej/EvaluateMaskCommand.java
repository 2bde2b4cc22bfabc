package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.eval.MaskFolders;
import io.github.parallaxlayers.eval.MaskMetrics;
import io.github.parallaxlayers.eval.MaskScores;
import io.github.parallaxlayers.mask.Mask;

import java.nio.file.Path;

/**
 * Plugins › Parallax Layers › Evaluate Mask: every metric of a mask against its ground truth, one row of the
 * Results table per mask (IoU, Dice, precision, recall, accuracy, boundary F, Boundary IoU, components). With
 * {@code masks=} and {@code truths=} folders it scores every file pair instead.
 */
public class EvaluateMaskCommand implements PlugIn {
    static final String TITLE = "Evaluate Mask";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> maskTitle = options.image("mask", "");
        Option<String> truthTitle = options.text("truth", "");
        Option<String> ignoreTitle = options.text("ignore", "");
        Option<String> masksFolder = options.text("masks", "");
        Option<String> truthsFolder = options.text("truths", "");
        if (!options.read()) {
            return;
        }
        ResultsTable table = ResultsTable.getResultsTable();
        if (!masksFolder.get().isBlank() || !truthsFolder.get().isBlank()) {
            if (masksFolder.get().isBlank() || truthsFolder.get().isBlank()) {
                throw new InvalidInputException("Batch scoring needs both folders: masks=[predictions] truths=[ground truth].");
            }
            for (MaskFolders.Row row : MaskFolders.score(Path.of(masksFolder.get().trim()),
                    Path.of(truthsFolder.get().trim()), new ImageJProgress(TITLE))) {
                add(table, row.name(), row.scores());
            }
            table.show("Results");
            return;
        }
        if (truthTitle.get().isBlank()) {
            throw new InvalidInputException("Give the ground-truth mask with truth=[title] (or masks= and truths= "
                    + "folders for a batch).");
        }
        ImagePlus maskImage = Images.find(maskTitle.get(), "mask");
        ImagePlus truthImage = Images.find(truthTitle.get(), "ground-truth mask");
        Images.requireSameSize(truthImage, "ground truth", maskImage, "mask");
        Mask ignore = null;
        if (!ignoreTitle.get().isBlank()) {
            ImagePlus ignoreImage = Images.find(ignoreTitle.get(), "ignore mask");
            Images.requireSameSize(truthImage, "ground truth", ignoreImage, "ignore mask");
            ignore = Images.mask(ignoreImage, 1);
        }
        for (int s = 1; s <= maskImage.getStackSize(); s++) {
            MaskScores scores = MaskMetrics.score(Images.mask(maskImage, s), Images.mask(truthImage,
                    Math.min(s, truthImage.getStackSize())), ignore);
            String label = maskImage.getStackSize() > 1 ? maskImage.getTitle() + ":" + Images.layerNames(maskImage)
                    .get(s - 1) : maskImage.getTitle();
            add(table, label, scores);
        }
        table.show("Results");
    }

    private static void add(ResultsTable table, String label, MaskScores s) {
        table.addRow();
        table.addLabel(label);
        table.addValue("iou", s.iou());
        table.addValue("dice", s.dice());
        table.addValue("precision", s.precision());
        table.addValue("recall", s.recall());
        table.addValue("accuracy", s.accuracy());
        table.addValue("boundary_f", s.boundaryF());
        table.addValue("boundary_iou", s.boundaryIou());
        table.addValue("components", s.components());
    }
}
