package io.github.parallaxlayers.onnx;

import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.onnx.OnnxFixtures.Port;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.github.parallaxlayers.onnx.OnnxFixtures.FLOAT;
import static io.github.parallaxlayers.onnx.OnnxFixtures.UINT8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract detection on real sessions of fixture models that declare each contract's exact I/O. */
class ContractDetectorTest {
    @TempDir
    Path temp;

    private Contract detect(String name, List<Port> inputs, List<Port> outputs) throws Exception {
        Path file = OnnxFixtures.identityModel(temp, name, inputs, outputs);
        ModelSession model = OnnxRuntime.shared().open(file, Device.CPU);
        return ContractDetector.detect(ModelSignature.of(model.session()), file.toString());
    }

    @Test
    void samDecoderWithDynamicPointCount() throws Exception {
        assertEquals(Contract.SAM1_DECODER, detect("sam-decoder.onnx", List.of(
                        new Port("image_embeddings", FLOAT, 1, 256, 64, 64),
                        new Port("point_coords", FLOAT, 1, "num_points", 2),
                        new Port("point_labels", FLOAT, 1, "num_points"),
                        new Port("mask_input", FLOAT, 1, 1, 256, 256),
                        new Port("has_mask_input", FLOAT, 1),
                        new Port("orig_im_size", FLOAT, 2)),
                List.of(new Port("masks", FLOAT, 1, 1, 256, 256),
                        new Port("iou_predictions", FLOAT, 1, "num_points", 2),
                        new Port("low_res_masks", FLOAT, 1, 1, 256, 256))));
    }

    @Test
    void samEncoderWithPreprocessingTakesHwc() throws Exception {
        assertEquals(Contract.SAM1_ENCODER_HWC, detect("sam-encoder.onnx",
                List.of(new Port("input_image", FLOAT, "image_height", "image_width", 3)),
                List.of(new Port("image_embeddings", FLOAT, "image_height", "image_width", 3))));
    }

    @Test
    void miganPipelineIsUint8AndLamaIsFloat() throws Exception {
        assertEquals(Contract.MIGAN_PIPELINE, detect("migan.onnx", List.of(
                        new Port("image", UINT8, "batch_size", 3, "height", "width"),
                        new Port("mask", UINT8, "batch_size", 1, "height", "width")),
                List.of(new Port("result", UINT8, "batch_size", 3, "height", "width"))));
        assertEquals(Contract.LAMA_512, detect("lama.onnx", List.of(
                        new Port("image", FLOAT, 1, 3, 512, 512),
                        new Port("mask", FLOAT, 1, 1, 512, 512)),
                List.of(new Port("output", FLOAT, 1, 3, 512, 512))));
    }

    @Test
    void depthModelWithOneInputAndOutput() throws Exception {
        Path file = OnnxFixtures.channelSumModel(temp, "depth.onnx", "pixel_values", "predicted_depth");
        ModelSession model = OnnxRuntime.shared().open(file, Device.CPU);
        assertEquals(Contract.DEPTH_SINGLE, ContractDetector.detect(ModelSignature.of(model.session()), "depth"));
        try (var tensor = ai.onnxruntime.OnnxTensor.createTensor(ai.onnxruntime.OrtEnvironment.getEnvironment(),
                java.nio.FloatBuffer.wrap(new float[] {1, 2, 3, 4, 5, 6}), new long[] {1, 3, 1, 2});
             var result = model.session().run(java.util.Map.of("pixel_values", tensor))) {
            float[][][][] depth = (float[][][][]) result.get(0).getValue();
            org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] {9, 12}, depth[0][0][0]);
        }
    }

    @Test
    void unknownLayoutIsRejectedWithWhatWasSeen() throws Exception {
        Path file = OnnxFixtures.scaleModel(temp, "scale.onnx", 4, 2f);
        ModelSignature signature = ModelSignature.of(OnnxRuntime.shared().open(file, Device.CPU).session());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ContractDetector.detect(signature, file.toString()));
        assertTrue(e.getMessage().contains("follows no known contract"), e.getMessage());
        assertTrue(e.getMessage().contains("inputs x float [1, 4]; outputs y float [1, 4]"), e.getMessage());
        assertTrue(e.getMessage().contains("deeplabv3-voc-257"), e.getMessage());
    }

    @Test
    void realDeepLabIsRecognised() {
        Path model = SharedModels.deepLab();
        Assumptions.assumeTrue(model != null, SharedModels.MISSING);
        ModelSignature signature = ModelSignature.of(OnnxRuntime.shared().open(model, Device.CPU).session());
        assertEquals(Contract.DEEPLABV3_VOC_257, ContractDetector.detect(signature, model.toString()));
        assertEquals("sub_7", signature.inputs().get(0).name());
        assertEquals("ResizeBilinear_3", signature.outputs().get(0).name());
    }

    @Test
    void realIsNetIsRecognisedAndNotTakenForADepthModel() {
        Path model = SharedModels.isnet();
        Assumptions.assumeTrue(model != null, SharedModels.ISNET_MISSING);
        ModelSignature signature = ModelSignature.of(OnnxRuntime.shared().open(model, Device.CPU).session());
        assertEquals(Contract.ISNET_1024, ContractDetector.detect(signature, model.toString()));
        assertEquals(List.of("input"), signature.inputs().stream().map(ModelSignature.Port::name).toList());
        assertTrue(signature.outputs().size() > 1, "IS-Net has side outputs besides output: " + signature);
    }

    @Test
    void isNetLayoutByHandAndItsLookAlikes() {
        ModelSignature.Port input = new ModelSignature.Port("input", ai.onnxruntime.OnnxJavaType.FLOAT,
                new long[] {1, 3, 1024, 1024});
        ModelSignature.Port output = new ModelSignature.Port("output", ai.onnxruntime.OnnxJavaType.FLOAT,
                new long[] {1, 1, 1024, 1024});
        ModelSignature.Port side = new ModelSignature.Port("1890", ai.onnxruntime.OnnxJavaType.FLOAT,
                new long[] {1, 1, 512, 512});
        assertEquals(Contract.ISNET_1024, ContractDetector.match(new ModelSignature(List.of(input),
                List.of(output, side))));
        // the same names at another resolution are a depth-style single map, not IS-Net
        ModelSignature.Port small = new ModelSignature.Port("input", ai.onnxruntime.OnnxJavaType.FLOAT,
                new long[] {1, 3, 256, 256});
        assertEquals(Contract.DEPTH_SINGLE, ContractDetector.match(new ModelSignature(List.of(small),
                List.of(new ModelSignature.Port("output", ai.onnxruntime.OnnxJavaType.FLOAT,
                        new long[] {1, 1, 256, 256})))));
    }
}
