package io.github.parallaxlayers.onnx;

import ai.onnxruntime.OnnxJavaType;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Labeled;
import io.github.parallaxlayers.onnx.ModelSignature.Port;

/**
 * Which known contract a model follows, judged from its input/output names, ranks, element types and fixed
 * dimensions (model-contracts.md §0.1 and §8.1); a layout that matches none is rejected, never guessed.
 */
public final class ContractDetector {
    private ContractDetector() {
    }

    public static Contract detect(ModelSignature s, String modelName) {
        Contract contract = match(s);
        if (contract == null) {
            throw new InvalidInputException("The model " + modelName + " follows no known contract (" + s
                    + "). Known contracts: " + Labeled.labels(Contract.class) + "; the models and where to get "
                    + "them are listed by: parallax-layers models list.");
        }
        return contract;
    }

    /** The contract, or null when none matches. */
    static Contract match(ModelSignature s) {
        if (s.hasInputs("image_embeddings", "point_coords", "point_labels", "mask_input", "has_mask_input",
                "orig_im_size") && s.hasOutputs("masks", "iou_predictions")) {
            return Contract.SAM1_DECODER;
        }
        if (s.hasInputs("image_embed", "high_res_feats_0", "high_res_feats_1", "point_coords", "point_labels",
                "mask_input", "has_mask_input") && s.hasOutputs("masks", "iou_predictions")) {
            return Contract.SAM2_DECODER;
        }
        if (s.hasInputs("image_embeddings", "batched_point_coords", "batched_point_labels", "orig_im_size")) {
            return Contract.EFFICIENTSAM_DECODER;
        }
        if (single(s) && s.hasInputs("batched_images") && s.hasOutputs("image_embeddings")) {
            return Contract.EFFICIENTSAM_ENCODER;
        }
        if (s.inputs().size() == 1 && s.hasInputs("image")
                && s.hasOutputs("high_res_feats_0", "high_res_feats_1", "image_embed")) {
            return Contract.SAM2_ENCODER;
        }
        if (single(s) && s.hasInputs("input_image") && s.hasOutputs("image_embeddings")) {
            Port in = s.input("input_image");
            if (in.rank() == 3 && fixed(in, 2, 3)) {
                return Contract.SAM1_ENCODER_HWC;
            }
            if (in.rank() == 4 && fixed(in, 1, 3) && fixed(in, 2, 1024) && fixed(in, 3, 1024)) {
                return Contract.SAM1_ENCODER_NCHW;
            }
        }
        if (single(s) && s.hasInputs("x") && nchw(s.input("x"), 3, 1024, 1024)) {
            return Contract.SAM1_ENCODER_X;
        }
        if (s.inputs().size() == 2 && s.hasInputs("image", "mask") && s.outputs().size() == 1) {
            Port image = s.input("image");
            Port mask = s.input("mask");
            if (image.type() == OnnxJavaType.UINT8 && mask.type() == OnnxJavaType.UINT8 && s.hasOutputs("result")) {
                return Contract.MIGAN_PIPELINE;
            }
            if (image.type() == OnnxJavaType.FLOAT && mask.type() == OnnxJavaType.FLOAT
                    && nchw(image, 3, 512, 512) && nchw(mask, 1, 512, 512)) {
                return Contract.LAMA_512;
            }
        }
        if (single(s) && s.hasInputs("input") && s.hasOutputs("output") && nchw(s.input("input"), 4, 512, 512)) {
            return Contract.MIGAN_GENERATOR;
        }
        if (single(s) && s.hasInputs("input") && s.hasOutputs("output") && nchw(s.input("input"), 3, 1024, 1024)
                && isnetOutput(s.output("output"))) {
            return Contract.ISNET_1024;
        }
        if (single(s)) {
            Port in = s.inputs().get(0);
            Port out = s.outputs().get(0);
            if (in.type() == OnnxJavaType.FLOAT && in.rank() == 4 && fixed(in, 1, 257) && fixed(in, 2, 257)
                    && fixed(in, 3, 3) && out.rank() == 4 && fixed(out, 3, 21)) {
                return Contract.DEEPLABV3_VOC_257;
            }
            if (in.type() == OnnxJavaType.FLOAT && in.rank() == 4 && fixed(in, 1, 3)
                    && (out.rank() == 3 || (out.rank() == 4 && fixed(out, 1, 1)))) {
                return Contract.DEPTH_SINGLE;
            }
        }
        return null;
    }

    /** IS-Net's final map: one channel at the input's 1024×1024 (symbolic sizes accepted), beside side outputs. */
    private static boolean isnetOutput(Port out) {
        return out.type() == OnnxJavaType.FLOAT && nchw(out, 1, 1024, 1024);
    }

    private static boolean single(ModelSignature s) {
        return s.inputs().size() == 1 && s.outputs().size() >= 1;
    }

    private static boolean fixed(Port port, int axis, long value) {
        return port.rank() > axis && port.dim(axis) == value;
    }

    /** Rank 4, channels fixed, height/width fixed or symbolic. */
    private static boolean nchw(Port port, long channels, long height, long width) {
        return port.rank() == 4 && fixed(port, 1, channels)
                && (port.dim(2) == height || port.dim(2) < 0) && (port.dim(3) == width || port.dim(3) < 0);
    }
}
