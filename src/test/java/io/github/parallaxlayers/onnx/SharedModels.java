package io.github.parallaxlayers.onnx;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the real DeepLabV3 and IS-Net models: -Dparallax.models, else ../shared/models. */
public final class SharedModels {
    public static final String FOLDER = "deeplabv3-mnv2-voc-257";
    public static final String FILE = "deeplab_v3_1_default_1.onnx";
    public static final String MISSING = "the real DeepLabV3 model is absent (looked in -Dparallax.models and "
            + "../shared/models/" + FOLDER + "/" + FILE + "); skipped";

    public static final String ISNET_FOLDER = "isnet-general-use";
    public static final String ISNET_FILE = "isnet-general-use.onnx";
    public static final String ISNET_MISSING = "the real IS-Net model is absent (looked in -Dparallax.models and "
            + "../shared/models/" + ISNET_FOLDER + "/" + ISNET_FILE + "); skipped";

    private SharedModels() {
    }

    /** The real IS-Net (general use) model file, or null. */
    public static Path isnet() {
        for (String candidate : new String[] {System.getProperty("parallax.models"),
                System.getProperty("parallax.shared", "../shared") + "/models"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, ISNET_FOLDER, ISNET_FILE))) {
                return Path.of(candidate, ISNET_FOLDER, ISNET_FILE);
            }
        }
        return null;
    }

    /** The models folder that holds the DeepLabV3 model, or null. */
    public static Path folder() {
        for (String candidate : new String[] {System.getProperty("parallax.models"),
                System.getProperty("parallax.shared", "../shared") + "/models"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, FOLDER, FILE))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    public static Path deepLab() {
        Path folder = folder();
        return folder == null ? null : folder.resolve(FOLDER).resolve(FILE);
    }
}
