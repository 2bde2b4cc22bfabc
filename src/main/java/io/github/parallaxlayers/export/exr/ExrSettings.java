package io.github.parallaxlayers.export.exr;

/** The choices of an EXR export; {@link #DEFAULT} is half float, ZIP, automatic transfer, one part per layer. */
public record ExrSettings(ExrPrecision precision, ExrCompression compression, ExrTransfer transfer,
                          ExrLayout layout) {
    public static final ExrSettings DEFAULT = new ExrSettings(ExrPrecision.HALF, ExrCompression.ZIP, ExrTransfer.AUTO,
            ExrLayout.MULTIPART);
}
