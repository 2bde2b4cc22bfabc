package io.github.parallaxlayers.depth;

import io.github.parallaxlayers.core.InvalidInputException;

/**
 * Options of Auto Layers.
 *
 * @param planes        number of depth planes; 0 chooses it automatically (see {@link AutoLayers})
 * @param maxPlanes     the most planes the automatic choice may give
 * @param minSeparation automatic choice: neighbouring planes' mean inverse depths must differ by at least this
 *                      fraction of the scene's inverse-depth range
 * @param minPlaneArea  automatic choice: every plane must hold at least this fraction of the known pixels
 * @param regionSize    superpixel grid step in pixels: the granularity at which plane borders follow edges
 * @param compactness   superpixel shape regularity (0.02 follows edges closely, 0.3 gives near-square regions)
 * @param depthWeight   weight of depth against colour in the superpixels: 0 cuts regions by colour alone, so plane
 *                      borders follow object outlines even where the depth map bleeds past them (network depth);
 *                      about 0.25 suits exact maps (stereo, LiDAR, renders) where similar colours meet across a
 *                      depth step
 */
public record AutoLayersSettings(int planes, int maxPlanes, double minSeparation, double minPlaneArea,
                                 int regionSize, double compactness, double depthWeight) {
    public static final AutoLayersSettings DEFAULTS = new AutoLayersSettings(0, 5, 0.1, 0.02, 16, 0.1, 0);

    public AutoLayersSettings {
        if (planes < 0 || planes > 32) {
            throw new InvalidInputException("planes=" + planes + " is out of range: give 1 to 32, or 0 to choose "
                    + "automatically.");
        }
        if (maxPlanes < 2 || maxPlanes > 32) {
            throw new InvalidInputException("max_planes=" + maxPlanes + " is out of range: give 2 to 32.");
        }
        if (!(minSeparation >= 0 && minSeparation < 1) || !(minPlaneArea >= 0 && minPlaneArea < 0.5)) {
            throw new InvalidInputException("min_separation must be in [0, 1) and min_area in [0, 0.5); got "
                    + minSeparation + " and " + minPlaneArea + ".");
        }
        if (regionSize < 2 || regionSize > 512) {
            throw new InvalidInputException("region_size=" + regionSize + " is out of range: give 2 to 512 pixels.");
        }
        if (!(compactness > 0 && compactness <= 10)) {
            throw new InvalidInputException("compactness=" + compactness + " is out of range: give (0, 10].");
        }
        if (!(depthWeight >= 0 && depthWeight <= 10)) {
            throw new InvalidInputException("depth_weight=" + depthWeight + " is out of range: give 0 to 10.");
        }
    }

    public AutoLayersSettings withPlanes(int count) {
        return new AutoLayersSettings(count, maxPlanes, minSeparation, minPlaneArea, regionSize, compactness,
                depthWeight);
    }

    public AutoLayersSettings withDepthWeight(double weight) {
        return new AutoLayersSettings(planes, maxPlanes, minSeparation, minPlaneArea, regionSize, compactness, weight);
    }
}
