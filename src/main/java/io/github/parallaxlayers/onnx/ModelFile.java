package io.github.parallaxlayers.onnx;

/**
 * One file of a registered model.
 *
 * @param bytes  the size a source states, or 0 when none does (then the size is not checked)
 * @param sha256 the lower-case hex sha256 a source states, or empty when none does (then the downloader
 *               reports the hash it computed instead of checking it)
 */
public record ModelFile(String name, String contract, String url, long bytes, String sha256) {

    public ModelFile {
        sha256 = sha256 == null ? "" : sha256.trim().toLowerCase(java.util.Locale.ROOT);
        contract = contract == null ? "" : contract;
    }

    public boolean hasChecksum() {
        return !sha256.isEmpty();
    }
}
