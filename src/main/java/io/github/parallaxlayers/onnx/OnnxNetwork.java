package io.github.parallaxlayers.onnx;

import ai.onnxruntime.OrtException;
import io.github.parallaxlayers.core.InvalidInputException;

/**
 * The base of the network wrappers (SAM encoders and decoders, depth, semantic, subject, LaMa, MI-GAN): it checks
 * the model's contract once, on construction, and keeps the session, so a wrapper holds only what it reads from
 * the signature and its own pre- and post-processing.
 */
public abstract class OnnxNetwork {
    private final ModelSession model;
    private final ModelSignature signature;

    /**
     * @param user     who needs the contract, in the refusal ("Estimate Depth", "backend=lama")
     * @param accepted the contracts the wrapper reads
     * @throws io.github.parallaxlayers.core.InvalidInputException when the model follows another contract
     */
    protected OnnxNetwork(ModelSession model, String user, Contract... accepted) {
        this.signature = model.requireContract(user, accepted);
        this.model = model;
    }

    /** The session the network runs in, with its file, checksum and device. */
    public final ModelSession model() {
        return model;
    }

    /** The model's ports, for a wrapper's constructor to read names and fixed sizes. */
    protected final ModelSignature signature() {
        return signature;
    }

    /**
     * The one-line refusal when ONNX Runtime cannot run the model: what failed, the model file, ONNX Runtime's first
     * line and, where known, what the model must take and give (most often the cause: a file of another export).
     *
     * @param what        the network, as the user knows it ("the depth model", "the SAM 2 decoder")
     * @param input       what it was run on, or "" ({@code " on a 512x512 input"})
     * @param requirement what the model must take and give, or null
     */
    protected final InvalidInputException runFailure(String what, String input, OrtException e, String requirement) {
        return new InvalidInputException("ONNX Runtime failed to run " + what + " " + model.file() + input + ": "
                + e.getMessage().lines().findFirst().orElse("")
                + (requirement == null ? "" : " (" + requirement + ")."), e);
    }
}
