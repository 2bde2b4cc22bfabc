package io.github.parallaxlayers.bench;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.onnx.Device;
import io.github.parallaxlayers.onnx.ModelSession;
import io.github.parallaxlayers.onnx.SessionSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CPU session opened with the same settings as {@code OnnxRuntime} plus ONNX Runtime's profiler, so a benchmark
 * can read how long each {@code session.run} took inside a larger call (the profiler's {@code model_run} events)
 * instead of subtracting medians measured apart. The profiler adds one timestamp per node, about 100 here.
 */
final class ProfiledSession implements AutoCloseable {
    private static final Pattern EVENT_START = Pattern.compile("\\{\\s*\"cat\"");
    private static final Pattern MODEL_RUN = Pattern.compile("\"name\"\\s*:\\s*\"model_run\"");
    private static final Pattern DURATION = Pattern.compile("\"dur\"\\s*:\\s*(\\d+)");

    private final OrtSession session;
    private final ModelSession model;

    ProfiledSession(Path modelFile, Path profilePrefix) throws OrtException {
        SessionSettings settings = SessionSettings.defaults();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(settings.optimisation());
            options.setIntraOpNumThreads(settings.effectiveThreads());
            options.enableProfiling(profilePrefix.toString());
            session = OrtEnvironment.getEnvironment().createSession(modelFile.toString(), options);
        }
        model = new ModelSession(session, modelFile, "", Device.CPU, "");
    }

    ModelSession model() {
        return model;
    }

    /** Ends profiling and returns every {@code session.run}'s duration in milliseconds, in call order. */
    List<Double> runMillis() throws OrtException, IOException {
        Path profile = Path.of(session.endProfiling());
        String json = Files.readString(profile);
        // Events are flat objects {"cat" : ..., "dur" :..., "name" :..., "args" : {...}}: cut the text at each start.
        List<Integer> starts = new ArrayList<>();
        Matcher start = EVENT_START.matcher(json);
        while (start.find()) {
            starts.add(start.start());
        }
        starts.add(json.length());
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i + 1 < starts.size(); i++) {
            String event = json.substring(starts.get(i), starts.get(i + 1));
            if (MODEL_RUN.matcher(event).find()) {
                Matcher dur = DURATION.matcher(event);
                if (!dur.find()) {
                    throw new IllegalStateException("model_run event without a duration: " + event);
                }
                runs.add(Long.parseLong(dur.group(1)) / 1000.0);
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalStateException("no model_run event in the profile " + profile);
        }
        Files.delete(profile);
        return runs;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
