package io.github.parallaxlayers.onnx;

import java.util.List;

/**
 * One model of the registry ({@code models/models.json}).
 *
 * @param folder the model's folder in the store; the id when the registry gives none
 */
public record ModelEntry(String id, String folder, String task, String family, String licence, String provenance,
                         List<ModelFile> files) {

    public ModelEntry {
        folder = folder == null || folder.isBlank() ? id : folder;
        files = List.copyOf(files);
    }

    /** The file with this contract name, or null. */
    public ModelFile file(String contract) {
        for (ModelFile f : files) {
            if (f.contract().equals(contract)) {
                return f;
            }
        }
        return null;
    }
}
