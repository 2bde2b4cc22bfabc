package io.github.parallaxlayers.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The names, element types and shapes of a model's inputs and outputs, in the model's order; symbolic
 * dimensions are -1. Read from a session, or written by hand in tests.
 */
public record ModelSignature(List<Port> inputs, List<Port> outputs) {

    /** One input or output; {@code type} null for non-tensor values. */
    public record Port(String name, OnnxJavaType type, long[] shape) {
        public int rank() {
            return shape.length;
        }

        public long dim(int i) {
            return shape[i];
        }

        @Override
        public String toString() {
            return name + " " + (type == null ? "?" : type.name().toLowerCase(java.util.Locale.ROOT)) + " " + Arrays.toString(shape)
                    .replace("-1", "?");
        }
    }

    public ModelSignature {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public static ModelSignature of(OrtSession session) {
        try {
            return new ModelSignature(ports(session.getInputInfo()), ports(session.getOutputInfo()));
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException("cannot read the model's inputs and outputs", e);
        }
    }

    private static List<Port> ports(Map<String, NodeInfo> infos) {
        List<Port> ports = new ArrayList<>();
        for (NodeInfo info : infos.values()) {
            if (info.getInfo() instanceof TensorInfo tensor) {
                ports.add(new Port(info.getName(), tensor.type, tensor.getShape()));
            } else {
                ports.add(new Port(info.getName(), null, new long[0]));
            }
        }
        return ports;
    }

    public Port input(String name) {
        return find(inputs, name);
    }

    public Port output(String name) {
        return find(outputs, name);
    }

    public boolean hasInputs(String... names) {
        return Arrays.stream(names).allMatch(n -> input(n) != null);
    }

    public boolean hasOutputs(String... names) {
        return Arrays.stream(names).allMatch(n -> output(n) != null);
    }

    private static Port find(List<Port> ports, String name) {
        for (Port port : ports) {
            if (port.name().equals(name)) {
                return port;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "inputs " + inputs.stream().map(Port::toString).collect(Collectors.joining(", "))
                + "; outputs " + outputs.stream().map(Port::toString).collect(Collectors.joining(", "));
    }
}
