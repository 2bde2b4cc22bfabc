package io.github.parallaxlayers.onnx;

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
}
