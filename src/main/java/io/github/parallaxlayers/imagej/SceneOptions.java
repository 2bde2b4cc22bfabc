package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.export.AlphaMode;
import io.github.parallaxlayers.export.SceneSettings;

/**
 * The camera and card settings of the scene the layers make: {@code fov=} (the plate camera's vertical field of
 * view, shared by Parallax Preview and the scene exports), and for an export also {@code alpha=}, {@code crop}
 * and {@code margin=}. Builds the export's {@link SceneSettings}, whose defaults it offers.
 */
final class SceneOptions {
    private final Option<Double> fov;
    private final Option<AlphaMode> alpha;
    private final Option<Boolean> crop;
    private final Option<Integer> margin;

    private SceneOptions(Option<Double> fov, Option<AlphaMode> alpha, Option<Boolean> crop, Option<Integer> margin) {
        this.fov = fov;
        this.alpha = alpha;
        this.crop = crop;
        this.margin = margin;
    }

    /** The camera alone: {@code fov=}, degrees. */
    static Option<Double> fov(CommandOptions options) {
        return options.number("fov", SceneSettings.DEFAULT.verticalFov(), 1, 179);
    }

    /** Declares fov, alpha, crop and margin, in that order. */
    static SceneOptions declare(CommandOptions options) {
        return new SceneOptions(fov(options), options.choice("alpha", AlphaMode.class, SceneSettings.DEFAULT.alpha()),
                options.flag("crop"), options.integer("margin", 16, 0, 100000));
    }

    /** The alpha option, for a command that places one of its own options right after it. */
    Option<AlphaMode> alpha() {
        return alpha;
    }

    SceneSettings settings() {
        return new SceneSettings(fov.get(), alpha.get(), crop.get(), margin.get());
    }
}
