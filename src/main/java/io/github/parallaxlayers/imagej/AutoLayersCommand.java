package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;

import java.util.List;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.segment.SegmenterBackend;
import io.github.parallaxlayers.depth.AutoLayers;
import io.github.parallaxlayers.depth.AutoLayersSettings;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.depth.DepthPlanes;
import io.github.parallaxlayers.depth.RegionSource;
import io.github.parallaxlayers.segment.sam.AutomaticMaskGenerator;
import io.github.parallaxlayers.segment.sam.AutomaticMaskSettings;
import io.github.parallaxlayers.segment.sam.AutomaticMasks;
import io.github.parallaxlayers.segment.sam.CacheMode;
import io.github.parallaxlayers.segment.sam.SamSegmenter;
import io.github.parallaxlayers.segment.subject.SubjectMatte;
import io.github.parallaxlayers.segment.subject.SubjectModels;
import io.github.parallaxlayers.segment.subject.SubjectNetwork;
import io.github.parallaxlayers.segment.subject.SubjectSettings;
import io.github.parallaxlayers.mask.Components;
import io.github.parallaxlayers.mask.Connectivity;
import io.github.parallaxlayers.mask.Mask;

/**
 * Plugins › Parallax Layers › Auto Layers: plate + depth map → a mask stack {@code <plate>-auto-layers}, one slice
 * per depth plane, front first, depth hints attached, ready for Build Layer Stack. With {@code regions=sam} SAM's
 * automatic masks ({@code backend=}/{@code model_file=}, {@code points_per_side=}) are the regions each assigned
 * wholly to one plane; the rest keeps superpixels. With {@code regions=subject} the subject network's mask
 * ({@code model_file=} for an IS-Net file of one's own) is the region, each connected part wholly in one plane.
 */
public class AutoLayersCommand extends PlateCommand {
    static final String TITLE = "Auto Layers";
    private static final AutoLayersSettings DEFAULTS = AutoLayersSettings.DEFAULTS;
    private final DepthImages.Options depthOptions = DepthImages.Options.declare(options());
    private final Option<Integer> planes = integer("planes", DEFAULTS.planes(), 0, 32);
    private final Option<Integer> maxPlanes = integer("max_planes", DEFAULTS.maxPlanes(), 2, 32);
    private final Option<Double> minSeparation = number("min_separation", DEFAULTS.minSeparation(), 0, 0.99);
    private final Option<Double> minArea = number("min_area", DEFAULTS.minPlaneArea(), 0, 0.49);
    private final Option<Integer> regionSize = integer("region_size", DEFAULTS.regionSize(), 2, 512);
    private final Option<Double> compactness = number("compactness", DEFAULTS.compactness(), 0.001, 10);
    private final Option<Double> depthWeight = number("depth_weight", DEFAULTS.depthWeight(), 0, 10);
    private final Option<RegionSource> regions = choice("regions", RegionSource.class, RegionSource.SUPERPIXELS);
    private final SegmenterOptions sam = SegmenterOptions.declare(options(), SegmenterBackend.MOBILE_SAM);
    private final Option<Integer> pointsPerSide = integer("points_per_side",
            AutomaticMaskSettings.DEFAULTS.pointsPerSide(), 1, 128);

    public AutoLayersCommand() {
        super(TITLE);
    }

    @Override
    protected void execute(CommandOptions options, ImagePlus image, Plate plate) {
        DepthMap depth = depthOptions.read(image);
        AutoLayersSettings settings = new AutoLayersSettings(planes.get(), maxPlanes.get(), minSeparation.get(),
                minArea.get(), regionSize.get(), compactness.get(), depthWeight.get());
        ImageJProgress progress = progress();
        int[] objects = null;
        if (regions.get() == RegionSource.SAM) {
            SamSegmenter segmenter = sam.everyCandidateSegmenter();
            reportFallback(segmenter);
            AutomaticMasks masks = new AutomaticMaskGenerator(segmenter,
                    AutomaticMaskSettings.DEFAULTS.withPointsPerSide(pointsPerSide.get()))
                    .generate(plate, progress.stage(0, 0.5));
            objects = masks.labels();
            IJ.log(TITLE + ": " + masks.masks().size() + " SAM masks as regions");
        } else if (regions.get() == RegionSource.SUBJECT) {
            SubjectNetwork network = SubjectModels.open(sam.modelFile(), sam.device(), CacheMode.MEMORY);
            Mask subject = SubjectMatte.of(network, plate, SubjectSettings.DEFAULTS, progress.stage(0, 0.5))
                    .mask(SubjectSettings.DEFAULTS.threshold());
            Components parts = Components.of(subject, Connectivity.EIGHT);
            objects = parts.labels();
            log("the subject (" + subject.count() + " px, " + parts.count() + " parts) as regions");
        }
        DepthPlanes result = AutoLayers.split(plate, depth, settings, objects,
                objects == null ? progress : progress.stage(0.5, 1));
        String step = options.recorded();
        DepthImages.maskStack(image.getShortTitle() + "-auto-layers", image, result.masks(),
                result.names().stream().map(name -> Images.layerLabel(name, List.of(step))).toList(),
                result.depthHints()).show();
        IJ.showProgress(1.0);
        log(result.masks().size() + " planes on '" + image.getTitle() + "' (" + String.join(", ",
                result.names()) + ")" + (planes.get() == 0 ? ", number chosen automatically" : ""));
    }
}
