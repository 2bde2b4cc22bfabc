package io.github.parallaxlayers.onnx;

import io.github.parallaxlayers.core.InvalidInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The folder models live in, one sub-folder per model. Chosen in this order: {@code -Dparallax.models=DIR},
 * the environment variable {@code PARALLAX_MODELS}, {@code <Fiji.app>/models/parallax-layers/} when running
 * inside Fiji or ImageJ (the {@code imagej.dir} or {@code ij.dir} system property), else
 * {@code ~/.cache/parallax-layers/models}.
 *
 * @param origin how the folder was chosen, for messages ("-Dparallax.models", "PARALLAX_MODELS", ...)
 */
public record ModelStore(Path folder, String origin) {
    public static final String PROPERTY = "parallax.models";
    public static final String ENVIRONMENT = "PARALLAX_MODELS";

    /** The store of this JVM, from its system properties and environment. */
    public static ModelStore current() {
        return choose(System::getProperty, System::getenv, Path.of(System.getProperty("user.home")));
    }

    /**
     * The model file a command opens: the user's {@code model_file=} when given (refused in one line when it is no
     * file), else the registered model {@code id}'s file of {@code contract} in the current store (refused with
     * its download command when it is not installed).
     *
     * @param fileKind what the user's file is, in the refusal ("a .onnx file", "an IS-Net .onnx file")
     */
    public static Path locate(String modelFile, String fileKind, String id, Contract contract) {
        Path own = userFile(modelFile, fileKind, id);
        return own != null ? own : current().require(ModelRegistry.builtIn().get(id), contract.label());
    }

    /**
     * The user's {@code model_file=}, or null when it is empty (the installed model {@code id} is meant); a path
     * that is no file is refused in one line.
     */
    public static Path userFile(String modelFile, String fileKind, String id) {
        if (modelFile == null || modelFile.isBlank()) {
            return null;
        }
        Path path = Path.of(modelFile.trim());
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException("model_file=" + modelFile + " does not exist or is not a file; "
                    + "give the path of " + fileKind + ", or leave model_file empty to use the installed " + id
                    + " model.");
        }
        return path;
    }

    static ModelStore choose(Function<String, String> property, Function<String, String> environment, Path home) {
        String explicit = property.apply(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return new ModelStore(Path.of(explicit.trim()), "-D" + PROPERTY);
        }
        String fromEnvironment = environment.apply(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new ModelStore(Path.of(fromEnvironment.trim()), ENVIRONMENT);
        }
        for (String key : new String[] {"imagej.dir", "ij.dir"}) {
            String fiji = property.apply(key);
            if (fiji != null && !fiji.isBlank()) {
                return new ModelStore(Path.of(fiji.trim(), "models", "parallax-layers"), "the Fiji folder (" + key + ")");
            }
        }
        return new ModelStore(home.resolve(".cache").resolve("parallax-layers").resolve("models"), "the default");
    }

    public Path folderOf(ModelEntry model) {
        return folder.resolve(model.folder());
    }

    public Path pathOf(ModelEntry model, ModelFile file) {
        return folderOf(model).resolve(file.name());
    }

    /**
     * The local file of a model's part with this contract, or one clear message naming the model id, the folder
     * searched and the command that downloads it.
     */
    public Path require(ModelEntry model, String contract) {
        ModelFile file = model.file(contract);
        if (file == null) {
            throw new IllegalArgumentException("model " + model.id() + " has no file with contract " + contract);
        }
        Path path = pathOf(model, file);
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException("The model '" + model.id() + "' is not installed: " + file.name()
                    + " was not found in " + folderOf(model) + " (model folder chosen by " + origin + "). "
                    + "Download it with: parallax-layers models download " + model.id()
                    + " — or set -D" + PROPERTY + "=DIR / " + ENVIRONMENT + " to the folder that holds it, or "
                    + "give model_file=[path to .onnx].");
        }
        return path;
    }
}
