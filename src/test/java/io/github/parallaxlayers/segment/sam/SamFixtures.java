package io.github.parallaxlayers.segment.sam;

import io.github.parallaxlayers.onnx.OnnxFixtures;
import io.github.parallaxlayers.onnx.OnnxFixtures.Attr;
import io.github.parallaxlayers.onnx.OnnxFixtures.Constant;
import io.github.parallaxlayers.onnx.OnnxFixtures.Node;
import io.github.parallaxlayers.onnx.OnnxFixtures.Port;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.github.parallaxlayers.onnx.OnnxFixtures.FLOAT;

/**
 * SAM v1 fixture models that follow the contracts of model-contracts.md §1.3–1.4 exactly (names, float32,
 * shapes, the dynamic {@code num_points} and {@code image_height}/{@code image_width} dims) and compute a known
 * function, so tests check real masks through the whole pre- and post-processing path.
 *
 * <p><b>Encoders.</b> The embedding is the normalised colour averaged over each 16 × 16 cell of the padded
 * 1024 frame: channels 0–2 of {@code [1,256,64,64]} hold it, channels 3–255 are 0. The NCHW encoder
 * ({@code input_image} or labelme's {@code x}, {@code [1,3,1024,1024]}) takes the normalised padded image; the
 * HWC encoder ({@code input_image [image_height, image_width, 3]}) normalises with SAM's mean/std, transposes
 * and zero-pads to 1024 in its graph (as samexporter's {@code --use-preprocess} graph does), so both give the
 * same embedding.
 *
 * <p><b>Decoder</b> with M = {@code thresholds.length} mask tokens. Each point reads the colour of the cell
 * under it (GridSample, nearest, the graph adding the half pixel and dividing by 1024 as SAM's does). With
 * d⁺/d⁻ the squared colour distance of a cell to the nearest positive/negative point's colour, token k's
 * low-resolution logit is {@code min(T_k − d⁺, d⁻ − d⁺)}: cells like a positive point and less like every
 * negative one. Then: with a box (labels 2 and 3), cells whose centre lies outside it get −100; a prompt that
 * breaks SAM's padding rule (one −1 point exactly when there is no box) gets −100 everywhere; and
 * {@code has_mask_input · clip(avgpool4(mask_input), −1, 1)} is added. {@code low_res_masks} is that 64 × 64 map repeated
 * to 256 × 256 (nearest); {@code masks} repeats it to 1024 × 1024, crops to the longest-side-1024 size of
 * {@code orig_im_size} and resizes (nearest) to {@code orig_im_size}, the three steps of SAM's
 * {@code mask_postprocessing} with nearest instead of bilinear. {@code iou_predictions} are the constants given.
 */
final class SamFixtures {
    private SamFixtures() {
    }

    /** Builds one graph: nodes, constants. */
    private static final class Graph {
        final List<Node> nodes = new ArrayList<>();
        final List<Constant> constants = new ArrayList<>();

        Graph node(String op, String output, String[] inputs, Attr... attributes) {
            nodes.add(new Node(op, List.of(inputs), List.of(output), List.of(attributes)));
            return this;
        }

        Graph op(String op, String output, String... inputs) {
            return node(op, output, inputs);
        }

        Graph floats(String name, long[] dims, float... values) {
            constants.add(new Constant(name, dims, values));
            return this;
        }

        Graph scalar(String name, float value) {
            return floats(name, new long[0], value);
        }

        Graph longs(String name, long... values) {
            constants.add(new Constant(name, new long[] {values.length}, null, values));
            return this;
        }
    }

    private static String[] in(String... names) {
        return names;
    }

    /** Average pool 16 × 16, then zero channels 3..255: {@code pooledInput} [1,3,1024,1024] → {@code output}. */
    private static void poolToEmbedding(Graph g, String pooledInput, String output) {
        g.node("AveragePool", "pooled", in(pooledInput), Attr.ints("kernel_shape", 16, 16), Attr.ints("strides", 16, 16));
        g.longs("channel_pads", 0, 0, 0, 0, 0, 253, 0, 0);
        g.op("Pad", output, "pooled", "channel_pads");
    }

    /** Encoder without pre-processing: {@code inputName} float [1,3,1024,1024] → image_embeddings. */
    static Path encoderNchw(Path folder, String name, String inputName) throws IOException {
        Graph g = new Graph();
        poolToEmbedding(g, inputName, "image_embeddings");
        return write(folder, name, g, List.of(new Port(inputName, FLOAT, 1, 3, 1024, 1024)),
                List.of(new Port("image_embeddings", FLOAT, 1, 256, 64, 64)));
    }

    /** Encoder with pre-processing: input_image float [image_height, image_width, 3] (RGB 0..255). */
    static Path encoderHwc(Path folder, String name) throws IOException {
        Graph g = new Graph();
        g.floats("mean", new long[] {3}, EncoderImage.MEAN).floats("std", new long[] {3}, EncoderImage.STD);
        g.op("Sub", "centred", "input_image", "mean").op("Div", "normalised", "centred", "std");
        g.node("Transpose", "chw", in("normalised"), Attr.ints("perm", 2, 0, 1));
        g.longs("axis0", 0).op("Unsqueeze", "nchw", "chw", "axis0");
        g.op("Shape", "shape", "input_image");
        g.longs("zero1", 0).longs("two1", 2).op("Slice", "hw", "shape", "zero1", "two1");
        g.longs("side2", 1024, 1024).op("Sub", "pad_hw", "side2", "hw");
        g.longs("zeros6", 0, 0, 0, 0, 0, 0);
        g.node("Concat", "pads", in("zeros6", "pad_hw"), Attr.of("axis", 0L));
        g.op("Pad", "padded", "nchw", "pads");
        poolToEmbedding(g, "padded", "image_embeddings");
        return write(folder, name, g, List.of(new Port("input_image", FLOAT, "image_height", "image_width", 3)),
                List.of(new Port("image_embeddings", FLOAT, 1, 256, 64, 64)));
    }

    /** The decoder described above, with one threshold and one predicted IoU per mask token. */
    static Path decoder(Path folder, String name, float[] thresholds, float[] ious) throws IOException {
        return decoder(folder, name, thresholds, ious, false);
    }

    /**
     * SAM 2 encoder (samexporter, §3.2): {@code image [1,3,1024,1024]} (ImageNet-normalised, stretched) →
     * {@code high_res_feats_0} (4 × 4 cell means, channels 3..31 zero), {@code high_res_feats_1} (8 × 8, to 64
     * channels), {@code image_embed} (16 × 16, to 256 channels), in that output order.
     */
    static Path sam2Encoder(Path folder, String name) throws IOException {
        Graph g = new Graph();
        g.node("AveragePool", "pool4", in("image"), Attr.ints("kernel_shape", 4, 4), Attr.ints("strides", 4, 4));
        g.longs("pads32", 0, 0, 0, 0, 0, 29, 0, 0).op("Pad", "high_res_feats_0", "pool4", "pads32");
        g.node("AveragePool", "pool8", in("image"), Attr.ints("kernel_shape", 8, 8), Attr.ints("strides", 8, 8));
        g.longs("pads64", 0, 0, 0, 0, 0, 61, 0, 0).op("Pad", "high_res_feats_1", "pool8", "pads64");
        poolToEmbedding(g, "image", "image_embed");
        return write(folder, name, g, List.of(new Port("image", FLOAT, 1, 3, 1024, 1024)),
                List.of(new Port("high_res_feats_0", FLOAT, 1, 32, 256, 256),
                        new Port("high_res_feats_1", FLOAT, 1, 64, 128, 128),
                        new Port("image_embed", FLOAT, 1, 256, 64, 64)));
    }

    /**
     * SAM 2 decoder (samexporter, §3.3) computing the same function on {@code image_embed}, except: the graph
     * appends SAM 2's padding point itself, so a −1 label sent by the caller gets −100 everywhere; the masks
     * are the 256 × 256 low-resolution logits ({@code masks [num_labels,3,256,256]}); no {@code orig_im_size}.
     * The high-resolution features are inputs the graph does not use.
     */
    static Path sam2Decoder(Path folder, String name, float[] thresholds, float[] ious) throws IOException {
        return decoder(folder, name, thresholds, ious, true);
    }

    private static Path decoder(Path folder, String name, float[] thresholds, float[] ious, boolean sam2)
            throws IOException {
        String embedding = sam2 ? "image_embed" : "image_embeddings";
        int m = thresholds.length;
        Graph g = new Graph();
        g.scalar("half", 0.5f).scalar("one", 1f).scalar("zero", 0f).scalar("two", 2f).scalar("three", 3f)
                .scalar("minus_one", -1f).scalar("big", 1e6f).scalar("hundred", 100f).scalar("c512", 512f);
        // cell colours and the colour under each point
        g.longs("s0", 0).longs("s1", 1).longs("e1", 1).longs("e2", 2).longs("e3", 3).longs("ax1", 1);
        g.op("Slice", "colours", embedding, "s0", "e3", "ax1");
        g.op("Add", "g0", "point_coords", "half").op("Div", "g1", "g0", "c512").op("Sub", "g2", "g1", "one");
        g.op("Unsqueeze", "grid", "g2", "ax1");
        g.node("GridSample", "sampled", in("colours", "grid"), Attr.of("mode", "nearest"),
                Attr.of("align_corners", 0L));
        g.longs("shape_3n", 3, -1).op("Reshape", "pc", "sampled", "shape_3n");
        g.node("Transpose", "pct", in("pc"), Attr.ints("perm", 1, 0));
        g.longs("shape_n311", -1, 3, 1, 1).op("Reshape", "pc4", "pct", "shape_n311");
        g.op("Sub", "diff", "colours", "pc4").op("Mul", "sq", "diff", "diff");
        g.node("ReduceSum", "dist", in("sq", "ax1"), Attr.of("keepdims", 0L));
        // nearest positive and negative colour distance per cell
        g.longs("shape_n11", -1, 1, 1).op("Reshape", "lab", "point_labels", "shape_n11");
        nearest(g, "pos", "one");
        nearest(g, "neg", "zero");
        g.floats("thresholds", new long[] {m, 1, 1}, thresholds);
        g.op("Sub", "base", "thresholds", "pos_d").op("Sub", "contrast", "neg_d", "pos_d");
        g.op("Min", "logit", "base", "contrast");
        // box corners (labels 2, 3)
        g.longs("shape_n1", -1, 1).op("Reshape", "lab_flat", "point_labels", "shape_n1");
        g.longs("shape_n2", -1, 2).op("Reshape", "xy", "point_coords", "shape_n2");
        g.op("Slice", "xs", "xy", "s0", "e1", "ax1").op("Slice", "ys", "xy", "s1", "e2", "ax1");
        indicator(g, "is2", "lab_flat", "two");
        indicator(g, "is3", "lab_flat", "three");
        corner(g, "x1", "xs", "is2");
        corner(g, "y1", "ys", "is2");
        corner(g, "x2", "xs", "is3");
        corner(g, "y2", "ys", "is3");
        g.node("ReduceMax", "has_box", in("is2"), Attr.of("keepdims", 0L));
        float[] centres = new float[64];
        for (int j = 0; j < 64; j++) {
            centres[j] = j * 16 + 8 - 0.5f; // a cell's centre in point units (the graph adds 0.5 to points)
        }
        g.floats("cx", new long[] {1, 64}, centres).floats("cy", new long[] {64, 1}, centres);
        within(g, "in_x", "cx", "x1", "x2");
        within(g, "in_y", "cy", "y1", "y2");
        g.op("Mul", "in_box", "in_x", "in_y").op("Sub", "out_box", "one", "in_box");
        g.op("Mul", "box_out", "out_box", "has_box").op("Mul", "box_penalty", "box_out", "hundred");
        // padding rule: exactly one of (a -1 point, a box)
        indicator(g, "is_pad", "lab_flat", "minus_one");
        g.node("ReduceMax", "has_pad", in("is_pad"), Attr.of("keepdims", 0L));
        if (sam2) {
            g.op("Mul", "pad_penalty", "has_pad", "hundred");
        } else {
            g.op("Add", "pad_box", "has_pad", "has_box").op("Sub", "pad_off", "pad_box", "one");
            g.op("Abs", "pad_wrong", "pad_off").op("Mul", "pad_penalty", "pad_wrong", "hundred");
        }
        // previous low-res mask
        g.node("AveragePool", "prev", in("mask_input"), Attr.ints("kernel_shape", 4, 4), Attr.ints("strides", 4, 4));
        // clipped to ±1: the previous mask is a hint that keeps what a click alone would leave at logit 0, not
        // a veto on a later positive click elsewhere
        g.op("Clip", "prev_clipped", "prev", "minus_one", "one");
        g.op("Mul", "prev_term", "prev_clipped", "has_mask_input");
        g.op("Sub", "l1", "logit", "box_penalty").op("Sub", "l2", "l1", "pad_penalty").op("Add", "l3", "l2", "prev_term");
        // outputs
        g.floats("scales4", new long[] {4}, 1, 1, 4, 4);
        g.node("Resize", sam2 ? "masks" : "low_res_masks", in("l3", "", "scales4"), Attr.of("mode", "nearest"));
        g.floats("ious", new long[] {1, m}, ious).op("Identity", "iou_predictions", "ious");
        if (sam2) {
            List<Port> inputs = List.of(new Port("image_embed", FLOAT, 1, 256, 64, 64),
                    new Port("high_res_feats_0", FLOAT, 1, 32, 256, 256),
                    new Port("high_res_feats_1", FLOAT, 1, 64, 128, 128),
                    new Port("point_coords", FLOAT, "num_labels", "num_points", 2),
                    new Port("point_labels", FLOAT, "num_labels", "num_points"),
                    new Port("mask_input", FLOAT, "num_labels", 1, 256, 256),
                    new Port("has_mask_input", FLOAT, "num_labels"));
            List<Port> outputs = List.of(new Port("masks", FLOAT, "num_labels", m, 256, 256),
                    new Port("iou_predictions", FLOAT, "num_labels", m));
            return write(folder, name, g, inputs, outputs);
        }
        g.floats("scales16", new long[] {4}, 1, 1, 16, 16).scalar("c1024", 1024f);
        g.node("Resize", "up", in("l3", "", "scales16"), Attr.of("mode", "nearest"));
        g.node("ReduceMax", "longest", in("orig_im_size"), Attr.of("keepdims", 1L));
        g.op("Div", "r0", "orig_im_size", "longest").op("Mul", "r1", "r0", "c1024").op("Add", "r2", "r1", "half");
        g.op("Floor", "r3", "r2");
        g.node("Cast", "crop_hw", in("r3"), Attr.of("to", 7L));
        g.longs("s00", 0, 0).longs("ax23", 2, 3).op("Slice", "crop", "up", "s00", "crop_hw", "ax23");
        g.node("Cast", "orig_i", in("orig_im_size"), Attr.of("to", 7L));
        g.longs("one_m", 1, m);
        g.node("Concat", "sizes", in("one_m", "orig_i"), Attr.of("axis", 0L));
        g.node("Resize", "masks", in("crop", "", "", "sizes"), Attr.of("mode", "nearest"));
        List<Port> inputs = List.of(new Port("image_embeddings", FLOAT, 1, 256, 64, 64),
                new Port("point_coords", FLOAT, 1, "num_points", 2),
                new Port("point_labels", FLOAT, 1, "num_points"),
                new Port("mask_input", FLOAT, 1, 1, 256, 256),
                new Port("has_mask_input", FLOAT, 1),
                new Port("orig_im_size", FLOAT, 2));
        List<Port> outputs = List.of(new Port("masks", FLOAT, 1, m, "height", "width"),
                new Port("iou_predictions", FLOAT, 1, m),
                new Port("low_res_masks", FLOAT, 1, m, 256, 256));
        return write(folder, name, g, inputs, outputs);
    }

    /** {@code <kind>_d}: per cell, the smallest distance to a point whose label equals {@code label}. */
    private static void nearest(Graph g, String kind, String label) {
        indicator(g, "is_" + kind, "lab", label);
        g.op("Sub", "not_" + kind, "one", "is_" + kind).op("Mul", kind + "_pen", "not_" + kind, "big");
        g.op("Add", kind + "_all", "dist", kind + "_pen");
        g.node("ReduceMin", kind + "_d", in(kind + "_all"), Attr.ints("axes", 0), Attr.of("keepdims", 0L));
    }

    private static void indicator(Graph g, String output, String labels, String value) {
        g.op("Equal", output + "_b", labels, value);
        g.node("Cast", output, in(output + "_b"), Attr.of("to", 1L));
    }

    private static void corner(Graph g, String output, String coordinate, String indicator) {
        g.op("Mul", output + "_m", coordinate, indicator);
        g.node("ReduceSum", output, in(output + "_m"), Attr.of("keepdims", 0L));
    }

    private static void within(Graph g, String output, String centres, String lo, String hi) {
        g.op("GreaterOrEqual", output + "_ge", centres, lo).op("LessOrEqual", output + "_le", centres, hi);
        g.node("Cast", output + "_a", in(output + "_ge"), Attr.of("to", 1L));
        g.node("Cast", output + "_b", in(output + "_le"), Attr.of("to", 1L));
        g.op("Mul", output, output + "_a", output + "_b");
    }

    private static Path write(Path folder, String name, Graph g, List<Port> inputs, List<Port> outputs)
            throws IOException {
        return OnnxFixtures.write(folder, name, OnnxFixtures.model(inputs, outputs, g.nodes, g.constants));
    }

    static float[] constant(int n, float v) {
        float[] a = new float[n];
        Arrays.fill(a, v);
        return a;
    }
}
