package io.github.parallaxlayers.onnx;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parallaxlayers.core.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models Parallax Layers knows: {@code models/models.json} in the source tree, packaged into the jar beside
 * this class so an installed plugin finds it.
 */
public final class ModelRegistry {
    static final String RESOURCE = "models.json";

    private static volatile ModelRegistry builtIn;

    private final Map<String, ModelEntry> models = new LinkedHashMap<>();

    private record Document(String about, List<ModelEntry> models) {
    }

    private ModelRegistry(List<ModelEntry> entries) {
        for (ModelEntry entry : entries) {
            if (models.put(entry.id(), entry) != null) {
                throw new IllegalStateException("models.json lists the id '" + entry.id() + "' twice");
            }
        }
    }

    /** The registry packaged with the plugin. */
    public static ModelRegistry builtIn() {
        ModelRegistry registry = builtIn;
        if (registry == null) {
            try (InputStream in = ModelRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
                }
                registry = parse(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the packaged " + RESOURCE, e);
            }
            builtIn = registry;
        }
        return registry;
    }

    public static ModelRegistry parse(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Document document = mapper.readValue(json, Document.class);
        return new ModelRegistry(document.models());
    }

    public List<ModelEntry> all() {
        return List.copyOf(models.values());
    }

    /** The model with this id, or a message listing the known ids. */
    public ModelEntry get(String id) {
        ModelEntry entry = models.get(id == null ? "" : id.trim());
        if (entry == null) {
            throw new InvalidInputException("Unknown model '" + id + "'; known models are: "
                    + String.join(", ", models.keySet()) + " (list them with: parallax-layers models list).");
        }
        return entry;
    }
}
