package io.github.parallaxlayers.imagej;

import ij.ImagePlus;
import ij.measure.ResultsTable;
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
public class EvaluateMaskCommand extends ParallaxCommand {
    static final String TITLE = "Evaluate Mask";
    private final Option<String> maskTitle = image("mask", "");
    private final Option<String> truthTitle = text("truth", "").namesAnImage();
    private final Option<String> ignoreTitle = text("ignore", "").namesAnImage();
    private final Option<String> masksFolder = text("masks", "");
    private final Option<String> truthsFolder = text("truths", "");

    public EvaluateMaskCommand() {
        super(TITLE, null);
    }

    @Override
    protected void execute(CommandOptions options) {
        ResultsTable table = ResultsTable.getResultsTable();
        if (!masksFolder.get().isBlank() || !truthsFolder.get().isBlank()) {
            if (masksFolder.get().isBlank() || truthsFolder.get().isBlank()) {
                throw new InvalidInputException("Batch scoring needs both folders: masks=[predictions] truths=[ground truth].");
            }
            for (MaskFolders.Row row : MaskFolders.score(Path.of(masksFolder.get().trim()),
                    Path.of(truthsFolder.get().trim()), progress())) {
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
