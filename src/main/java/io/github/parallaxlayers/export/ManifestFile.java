package io.github.parallaxlayers.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;

/** {@code layers.json}: the manifest of an exported folder ({@link LayersManifest}) as JSON, written and read. */
final class ManifestFile {
    static final String NAME = "layers.json";

    // Readers ignore fields they do not know, so later versions may add fields without breaking older readers.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestFile() {
    }

    static void write(Path folder, LayersManifest manifest) throws IOException {
        JSON.writeValue(folder.resolve(NAME).toFile(), manifest);
    }

    /**
     * The manifest of {@code folder}, checked against its documented schema first ({@link ManifestValidator}):
     * a hand-edited file gets one line naming the first offending key.
     */
    static LayersManifest readValidated(Path folder) throws IOException {
        return JSON.treeToValue(ManifestValidator.read(folder.resolve(NAME), JSON), LayersManifest.class);
    }

    static LayersManifest read(Path folder) throws IOException {
        return JSON.readValue(folder.resolve(NAME).toFile(), LayersManifest.class);
    }
}
