package io.github.parallaxlayers.fill.learned;

import io.github.parallaxlayers.onnx.ModelSession;

/** One pass of an inpainting network over an RGB image in the 0–255 scale and its hole mask (non-zero = fill). */
interface InpaintingNetwork {

    /** The fill backend's id ({@code lama}, {@code migan}). */
    String id();

    /** For messages: the id and the model file. */
    String describe();

    /** The session it runs in, with its device and any fall-back to the CPU. */
    ModelSession model();

    /** The only width and height the model accepts, or 0 when it takes any size. */
    int fixedSize();

    /** The filled image, the input's size; pixels outside the hole are not used by the caller. */
    RgbImage run(RgbImage image, byte[] hole);
}
