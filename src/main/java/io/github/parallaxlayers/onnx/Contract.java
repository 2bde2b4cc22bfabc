package io.github.parallaxlayers.onnx;

import io.github.parallaxlayers.core.Labeled;

/**
 * The input/output contracts of the models the project can run (../shared/docs/model-contracts.md §0.1); the
 * labels are the {@code contract} values of {@code models/models.json}.
 */
public enum Contract implements Labeled {
    SAM1_ENCODER_HWC("SAM / MobileSAM image encoder with pre-processing (input_image [H,W,3])"),
    SAM1_ENCODER_NCHW("SAM / MobileSAM image encoder (input_image [1,3,1024,1024])"),
    SAM1_ENCODER_X("SAM image encoder, labelme/osam export (x [1,3,1024,1024])"),
    SAM1_DECODER("SAM prompt encoder + mask decoder (image_embeddings, point_coords, ..., orig_im_size)"),
    SAM2_ENCODER("SAM 2 image encoder (image -> high_res_feats_0/1, image_embed)"),
    SAM2_DECODER("SAM 2 decoder (image_embed, high_res_feats_0/1, point_coords, ...)"),
    EFFICIENTSAM_ENCODER("EfficientSAM encoder (batched_images)"),
    EFFICIENTSAM_DECODER("EfficientSAM decoder (batched_point_coords, ...)"),
    LAMA_512("LaMa inpainting (image [1,3,512,512], mask [1,1,512,512] float)"),
    MIGAN_PIPELINE("MI-GAN pipeline (image, mask uint8 -> result uint8)"),
    MIGAN_GENERATOR("MI-GAN bare generator (input [1,4,512,512] -> output)"),
    DEEPLABV3_VOC_257("DeepLabV3 PASCAL VOC (one input [1,257,257,3] -> [1,257,257,21])"),
    ISNET_1024("IS-Net subject segmentation (input [1,3,1024,1024] -> output [1,1,1024,1024] probability)"),
    DEPTH_SINGLE("monocular depth, Depth Anything V2 or MiDaS (one input [*,3,H,W] -> one output)");

    private final String description;

    Contract(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
