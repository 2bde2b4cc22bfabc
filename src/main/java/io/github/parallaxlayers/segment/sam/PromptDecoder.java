package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.segment.Prompt;

/** The prompt half of a SAM-family model: prompt tensors, candidate rule and decoder runs on one embedding. */
public interface PromptDecoder {

    ModelSession model();

    PromptTensors tensors(Prompt prompt, SamFrame frame);

    /**
     * One positive point at sub-pixel plate position (x, y), as the automatic mask generator prompts: SAM's
     * point grid lies between pixels, so it is not rounded to a {@link io.github.parallaxlayers.segment.Click}.
     */
    PromptTensors point(double x, double y, SamFrame frame);

    /** Which of the decoder's M outputs are candidates for a prompt of {@code pointCount} points as sent. */
    int[] candidateTokens(int masks, int pointCount);

    /** Native copies of the embedding and output buffers for one plate; closed with the session. */
    Bound bind(Embedding embedding, SamFrame frame);

    /** A decoder bound to one plate's embedding; used by one thread at a time. */
    interface Bound extends AutoCloseable {
        /** One run; {@code maskInput} null on a first click, else the previous low-res logits. */
        DecoderOutput decode(PromptTensors prompt, float[] maskInput);

        @Override
        void close();
    }
}
