/**
 * ONNX Runtime: one environment with a session cache ({@link io.github.parallaxlayers.onnx.OnnxRuntime}), the
 * CPU/CUDA choice ({@link io.github.parallaxlayers.onnx.Device}) and its one fall-back report ({@link
 * io.github.parallaxlayers.onnx.DeviceReport}), the model registry and store, verified resumable downloads and
 * contract detection. {@link io.github.parallaxlayers.onnx.OnnxNetwork} is the base of every network wrapper: it
 * checks the model's contract once ({@link io.github.parallaxlayers.onnx.ModelSession#requireContract}) and words
 * the one refusal when a run fails ({@code runFailure}); {@link io.github.parallaxlayers.onnx.ModelStore#locate}
 * finds the file a factory opens ({@code model_file=} or the installed model). Used by the model factories of
 * segment.sam, segment.semantic, segment.subject, fill.learned and depth, and by Download Models and the
 * {@code models} CLI.
 */
package io.github.parallaxlayers.onnx;
