package io.github.parallaxlayers.onnx;

import java.nio.file.Path;

/**
 * A model file in place after a download.
 *
 * @param verified       the sha256 matched the one the registry states; false when the registry states none
 *                       (then {@code sha256} is the hash computed here, to be reported)
 * @param alreadyPresent nothing was downloaded: a correct file was already in place
 * @param resumes        how many times the download continued after a broken connection (HTTP Range)
 */
public record DownloadResult(Path file, long bytes, String sha256, boolean verified, boolean alreadyPresent,
                             int resumes) {
}
