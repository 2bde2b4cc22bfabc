package io.github.parallaxlayers.onnx;

import com.google.protobuf.CodedOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small ONNX models written field by field as protobuf (onnx.proto3 field numbers), for tests that need a real
 * session without a downloaded network.
 */
public final class OnnxFixtures {
    public static final int FLOAT = 1;
    public static final int UINT8 = 2;
    public static final int INT64 = 7;

    private OnnxFixtures() {
    }

    /** One protobuf message under construction. */
    static final class Message {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

        Message int64(int field, long value) {
            try {
                out.writeInt64(field, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Message string(int field, String value) {
            try {
                out.writeString(field, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Message float32(int field, float value) {
            try {
                out.writeFloat(field, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Message message(int field, Message value) {
            try {
                out.writeByteArray(field, value.toBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Message floats(int field, float[] values) {
            try {
                ByteArrayOutputStream packed = new ByteArrayOutputStream();
                CodedOutputStream p = CodedOutputStream.newInstance(packed);
                for (float v : values) {
                    p.writeFloatNoTag(v);
                }
                p.flush();
                out.writeByteArray(field, packed.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] toBytes() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    /** A graph input or output: name, element type and shape (a String element = symbolic dimension). */
    public record Port(String name, int elemType, Object... dims) {
        Message valueInfo() {
            Message shape = new Message();
            for (Object dim : dims) {
                Message d = new Message();
                if (dim instanceof String symbol) {
                    d.string(2, symbol);
                } else {
                    d.int64(1, ((Number) dim).longValue());
                }
                shape.message(1, d);
            }
            Message tensorType = new Message().int64(1, elemType).message(2, shape);
            Message type = new Message().message(1, tensorType);
            return new Message().string(1, name).message(2, type);
        }
    }

    /** A node attribute: exactly one of an int, a float, a string or a list of ints (AttributeProto). */
    public record Attr(String name, Long intValue, Float floatValue, String text, long[] ints) {
        public static Attr of(String name, long value) {
            return new Attr(name, value, null, null, null);
        }

        public static Attr of(String name, float value) {
            return new Attr(name, null, value, null, null);
        }

        public static Attr of(String name, String value) {
            return new Attr(name, null, null, value, null);
        }

        public static Attr ints(String name, long... values) {
            return new Attr(name, null, null, null, values);
        }

        Message proto() {
            Message a = new Message().string(1, name);
            if (intValue != null) {
                a.int64(3, intValue).int64(20, 2);
            } else if (floatValue != null) {
                a.float32(2, floatValue).int64(20, 1);
            } else if (text != null) {
                a.string(4, text).int64(20, 3);
            } else {
                for (long v : ints) {
                    a.int64(8, v);
                }
                a.int64(20, 7);
            }
            return a;
        }
    }

    /** A node: op type, inputs (an empty name = an omitted optional input), outputs, attributes. */
    public record Node(String op, List<String> inputs, List<String> outputs, List<Attr> attributes) {
        public Node(String op, List<String> inputs, List<String> outputs) {
            this(op, inputs, outputs, List.of());
        }

        Message proto(int index) {
            Message node = new Message();
            inputs.forEach(i -> node.string(1, i));
            outputs.forEach(o -> node.string(2, o));
            node.string(3, op.toLowerCase() + "_" + index);
            node.string(4, op);
            attributes.forEach(a -> node.message(5, a.proto()));
            return node;
        }
    }

    /** A float or int64 initializer (a constant tensor); exactly one of the value arrays is non-null. */
    public record Constant(String name, long[] dims, float[] values, long[] longValues) {
        public Constant(String name, long[] dims, float[] values) {
            this(name, dims, values, null);
        }

        Message proto() {
            Message t = new Message();
            for (long d : dims) {
                t.int64(1, d);
            }
            if (longValues != null) {
                t.int64(2, INT64);
                for (long v : longValues) {
                    t.int64(7, v); // unpacked repeated int64_data is valid protobuf
                }
            } else {
                t.int64(2, FLOAT);
                t.floats(4, values);
            }
            t.string(8, name);
            return t;
        }
    }

    /** A depth-like model: one [batch,3,H,W] input, output its channel sum [batch,1,H,W]. */
    public static Path channelSumModel(Path folder, String name, String input, String output) throws IOException {
        byte[] bytes = model(List.of(new Port(input, FLOAT, "batch", 3, "height", "width")),
                List.of(new Port(output, FLOAT, "batch", 1, "height", "width")),
                List.of(new Node("ReduceSum", List.of(input, "axes"), List.of(output))),
                List.of(new Constant("axes", new long[] {1}, null, new long[] {1})));
        return write(folder, name, bytes);
    }

    public static byte[] model(List<Port> inputs, List<Port> outputs, List<Node> nodes, List<Constant> constants) {
        Message graph = new Message();
        for (int i = 0; i < nodes.size(); i++) {
            graph.message(1, nodes.get(i).proto(i));
        }
        graph.string(2, "fixture");
        constants.forEach(c -> graph.message(5, c.proto()));
        inputs.forEach(p -> graph.message(11, p.valueInfo()));
        outputs.forEach(p -> graph.message(12, p.valueInfo()));
        Message opset = new Message().string(1, "").int64(2, 17);
        return new Message().int64(1, 8).string(2, "parallax-layers-tests").message(7, graph)
                .message(8, opset).toBytes();
    }

    /** y = x · factor for a float tensor x of shape [1, n]. */
    public static Path scaleModel(Path folder, String name, int n, float factor) throws IOException {
        byte[] bytes = model(List.of(new Port("x", FLOAT, 1, n)), List.of(new Port("y", FLOAT, 1, n)),
                List.of(new Node("Mul", List.of("x", "factor"), List.of("y"))),
                List.of(new Constant("factor", new long[0], new float[] {factor})));
        return write(folder, name, bytes);
    }

    /**
     * A model with exactly the given inputs and outputs, each output an Identity of one input (outputs cycle
     * through the inputs), so it loads and runs in ONNX Runtime; used to check contract detection.
     */
    public static Path identityModel(Path folder, String name, List<Port> inputs, List<Port> outputs)
            throws IOException {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            nodes.add(new Node("Identity", List.of(inputs.get(i % inputs.size()).name()),
                    List.of(outputs.get(i).name())));
        }
        return write(folder, name, model(inputs, outputs, nodes, List.of()));
    }

    public static Path write(Path folder, String name, byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        return Files.write(folder.resolve(name), bytes);
    }
}
