package io.github.parallaxlayers.segment.sam;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import io.github.parallaxlayers.mask.Box;
import io.github.parallaxlayers.segment.Click;
import io.github.parallaxlayers.segment.Prompt;

import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The {@code point_coords} / {@code point_labels} of a SAM v1 decoder for one prompt (model-contracts.md §1.4.1):
 * clicks first (positive 1, negative 0), then the box as its top-left corner (label 2) and bottom-right corner
 * (label 3), all mapped into the resized 1024 frame; without a box one padding point (0, 0) with label −1 ends
 * the list. The box corners are pixel positions, so the bottom-right corner is the box's last pixel.
 *
 * @param coords x0, y0, x1, y1, ... ({@code [1, count, 2]})
 * @param labels one per point ({@code [1, count]})
 */
public record PromptTensors(float[] coords, float[] labels, int count) {
    public static final float POSITIVE = 1;
    public static final float NEGATIVE = 0;
    public static final float BOX_TOP_LEFT = 2;
    public static final float BOX_BOTTOM_RIGHT = 3;
    public static final float PADDING = -1;

    /**
     * SAM 2 (samexporter, model-contracts.md §3.3): the box corners first (labels 2, 3), then the clicks, in the
     * stretched 1024 frame; no padding point, because the graph appends it itself.
     */
    public static PromptTensors sam2(Prompt prompt, SamFrame frame) {
        Box box = prompt.box();
        Points points = new Points(prompt.clicks().size() + (box == null ? 0 : 2), frame);
        if (box != null) {
            points.box(box);
        }
        points.clicks(prompt);
        return points.tensors();
    }

    public static PromptTensors sam1(Prompt prompt, SamFrame frame) {
        Box box = prompt.box();
        Points points = new Points(prompt.clicks().size() + (box == null ? 1 : 2), frame);
        points.clicks(prompt);
        if (box != null) {
            points.box(box);
        } else {
            points.add(0, 0, PADDING);
        }
        return points.tensors();
    }

    /** The points of one prompt in the order a contract wants them, mapped into the model's frame. */
    private static final class Points {
        private final float[] coords;
        private final float[] labels;
        private final SamFrame frame;
        private int n;

        Points(int count, SamFrame frame) {
            coords = new float[2 * count];
            labels = new float[count];
            this.frame = frame;
        }

        void clicks(Prompt prompt) {
            for (Click click : prompt.clicks()) {
                add(frame.mapX(click.x()), frame.mapY(click.y()), click.positive() ? POSITIVE : NEGATIVE);
            }
        }

        /** The box as its top-left and bottom-right pixels. */
        void box(Box box) {
            add(frame.mapX(box.x()), frame.mapY(box.y()), BOX_TOP_LEFT);
            add(frame.mapX(box.maxX()), frame.mapY(box.maxY()), BOX_BOTTOM_RIGHT);
        }

        void add(float x, float y, float label) {
            coords[2 * n] = x;
            coords[2 * n + 1] = y;
            labels[n++] = label;
        }

        PromptTensors tensors() {
            return new PromptTensors(coords, labels, labels.length);
        }
    }

    /**
     * Puts the four prompt inputs both decoder contracts share into {@code inputs}: {@code point_coords},
     * {@code point_labels}, {@code mask_input} ({@code maskInput}, the previous low-res logits, or zeros on a first
     * click) and {@code has_mask_input}. The caller owns (and closes) them, also when this throws midway.
     */
    void putInto(Map<String, OnnxTensor> inputs, float[] maskInput) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        int n = DecoderOutput.LOW_RES * DecoderOutput.LOW_RES;
        inputs.put("point_coords", OnnxTensor.createTensor(env, FloatBuffer.wrap(coords), new long[] {1, count, 2}));
        inputs.put("point_labels", OnnxTensor.createTensor(env, FloatBuffer.wrap(labels), new long[] {1, count}));
        inputs.put("mask_input", OnnxTensor.createTensor(env,
                FloatBuffer.wrap(maskInput != null ? maskInput : new float[n]), new long[] {1, 1, 256, 256}));
        inputs.put("has_mask_input", OnnxTensor.createTensor(env,
                FloatBuffer.wrap(new float[] {maskInput != null ? 1f : 0f}), new long[] {1}));
    }
}
