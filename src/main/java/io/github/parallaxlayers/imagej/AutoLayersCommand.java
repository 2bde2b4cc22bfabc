package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.PlugIn;

import java.util.List;
import io.github.parallaxlayers.core.Plate;
import io.github.parallaxlayers.depth.AutoLayers;
import io.github.parallaxlayers.depth.AutoLayersSettings;
import io.github.parallaxlayers.depth.DepthMap;
import io.github.parallaxlayers.depth.DepthPlanes;
import io.github.parallaxlayers.depth.RegionSource;
import io.github.parallaxlayers.segment.sam.AutomaticMaskGenerator;
import io.github.parallaxlayers.segment.sam.AutomaticMaskSettings;
import io.github.parallaxlayers.segment.sam.AutomaticMasks;
import io.github.parallaxlayers.segment.sam.CacheMode;
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
public class AutoLayersCommand implements PlugIn {
    static final String TITLE = "Auto Layers";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::execute);
    }

    private void execute() {
        AutoLayersSettings d = AutoLayersSettings.DEFAULTS;
        CommandOptions options = new CommandOptions(TITLE);
        Option<String> plateTitle = options.image("plate", "");
        DepthImages.Options depthOptions = DepthImages.Options.declare(options);
        Option<Integer> planes = options.integer("planes", d.planes(), 0, 32);
        Option<Integer> maxPlanes = options.integer("max_planes", d.maxPlanes(), 2, 32);
        Option<Double> minSeparation = options.number("min_separation", d.minSeparation(), 0, 0.99);
        Option<Double> minArea = options.number("min_area", d.minPlaneArea(), 0, 0.49);
        Option<Integer> regionSize = options.integer("region_size", d.regionSize(), 2, 512);
        Option<Double> compactness = options.number("compactness", d.compactness(), 0.001, 10);
        Option<Double> depthWeight = options.number("depth_weight", d.depthWeight(), 0, 10);
        Option<RegionSource> regions = options.choice("regions", RegionSource.class, RegionSource.SUPERPIXELS);
        SamModelOptions sam = SamModelOptions.declare(options, "");
        Option<Integer> pointsPerSide = options.integer("points_per_side",
                AutomaticMaskSettings.DEFAULTS.pointsPerSide(), 1, 128);
        Images.find("", "plate");
        if (!options.read()) {
            return;
        }
        ImagePlus image = Images.find(plateTitle.get(), "plate");
        Plate plate = Images.plate(image);
        DepthMap depth = depthOptions.read(image);
        AutoLayersSettings settings = new AutoLayersSettings(planes.get(), maxPlanes.get(), minSeparation.get(),
                minArea.get(), regionSize.get(), compactness.get(), depthWeight.get());
        ImageJProgress progress = new ImageJProgress(TITLE);
        int[] objects = null;
        if (regions.get() == RegionSource.SAM) {
            AutomaticMasks masks = new AutomaticMaskGenerator(sam.segmenter(),
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
            IJ.log(TITLE + ": the subject (" + subject.count() + " px, " + parts.count() + " parts) as regions");
        }
        DepthPlanes result = AutoLayers.split(plate, depth, settings, objects,
                objects == null ? progress : progress.stage(0.5, 1));
        String step = options.recorded();
        DepthImages.maskStack(image.getShortTitle() + "-auto-layers", image, result.masks(),
                result.names().stream().map(name -> Images.layerLabel(name, List.of(step))).toList(),
                result.depthHints()).show();
        IJ.showProgress(1.0);
        IJ.log(TITLE + ": " + result.masks().size() + " planes on '" + image.getTitle() + "' (" + String.join(", ",
                result.names()) + ")" + (planes.get() == 0 ? ", number chosen automatically" : ""));
    }
}
