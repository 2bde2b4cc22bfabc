package io.github.parallaxlayers.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class OnnxRuntimeTest {
    @TempDir
    Path temp;

    private final OnnxRuntime runtime = OnnxRuntime.shared();

    private static float[] run(ModelSession model, float[] x) throws Exception {
        try (OnnxTensor tensor = OnnxTensor.createTensor(OrtEnvironment.getEnvironment(), FloatBuffer.wrap(x),
                new long[] {1, x.length});
             OrtSession.Result result = model.session().run(Map.of("x", tensor))) {
            return ((float[][]) result.get(0).getValue())[0];
        }
    }

    @Test
    void fixtureModelRunsWithRealValues() throws Exception {
        Path model = OnnxFixtures.scaleModel(temp, "scale.onnx", 4, 2.5f);
        ModelSession session = runtime.open(model, Device.CPU);
        assertEquals(Device.CPU, session.device());
        assertFalse(session.fellBack());
        assertArrayEquals(new float[] {2.5f, -5f, 0f, 10f}, run(session, new float[] {1, -2, 0, 4}));
    }

    @Test
    void secondOpenReusesTheSessionAndSameBytesElsewhereShareIt() throws Exception {
        Path model = OnnxFixtures.scaleModel(temp, "a.onnx", 3, 3f);
        ModelSession first = runtime.open(model, Device.CPU);
        int created = runtime.sessionsCreated();
        ModelSession second = runtime.open(model, Device.CPU);
        Path copy = Files.copy(model, temp.resolve("copy.onnx"));
        ModelSession third = runtime.open(copy, Device.CPU);
        assertSame(first, second);
        assertSame(first.session(), third.session(), "the cache key is the file's sha256, not its path");
        assertEquals(created, runtime.sessionsCreated());
        assertEquals(Sha256.ofFile(model), first.sha256());

        ModelSession other = runtime.open(OnnxFixtures.scaleModel(temp, "b.onnx", 3, 4f), Device.CPU);
        assertNotSame(first.session(), other.session());
        assertEquals(created + 1, runtime.sessionsCreated());
    }

    @Test
    void concurrentOpensCreateOneSession() throws Exception {
        Path model = OnnxFixtures.scaleModel(temp, "c.onnx", 2, 7f);
        int before = runtime.sessionsCreated();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ModelSession>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> runtime.open(model, Device.CPU));
            }
            Set<OrtSession> sessions = new java.util.HashSet<>();
            for (Future<ModelSession> f : pool.invokeAll(tasks)) {
                ModelSession s = f.get();
                sessions.add(s.session());
                assertArrayEquals(new float[] {7f, 14f}, run(s, new float[] {1, 2}));
            }
            assertEquals(1, sessions.size());
            assertEquals(before + 1, runtime.sessionsCreated());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void otherThreadSettingsGiveAnotherSession() throws Exception {
        Path model = OnnxFixtures.scaleModel(temp, "d.onnx", 2, 1f);
        SessionSettings saved = runtime.settings();
        try {
            ModelSession defaults = runtime.open(model, Device.CPU);
            runtime.setSettings(saved.withIntraOpThreads(1));
            ModelSession single = runtime.open(model, Device.CPU);
            assertNotSame(defaults.session(), single.session());
            assertEquals(1, runtime.settings().effectiveThreads());
        } finally {
            runtime.setSettings(saved);
        }
        assertEquals(Runtime.getRuntime().availableProcessors(), SessionSettings.defaults().effectiveThreads());
    }

    @Test
    void cudaOnTheCpuBuildIsOneClearMessageAndAutoFallsBack() throws Exception {
        assumeFalse(OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA),
                "this classpath has the GPU build of ONNX Runtime; the CPU-build message cannot be checked");
        Path model = OnnxFixtures.scaleModel(temp, "e.onnx", 2, 2f);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> runtime.open(model, Device.CUDA));
        assertTrue(e.getMessage().startsWith("CUDA is not available: this is the CPU build of the plugin"),
                e.getMessage());
        assertTrue(e.getMessage().contains("mvn -Pgpu package"), e.getMessage());
        assertTrue(e.getMessage().contains("device=auto"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");

        ModelSession auto = runtime.open(model, Device.AUTO);
        assertEquals(Device.CPU, auto.device());
        assertTrue(auto.fellBack());
        assertTrue(auto.fallback().contains("CPU build") && auto.fallback().endsWith("Running on the CPU."),
                auto.fallback());
        assertArrayEquals(new float[] {2f, 4f}, run(auto, new float[] {1, 2}));
    }

    @Test
    void cudaFailureTextsAreExplained() {
        assertTrue(CudaProbe.explain(new ai.onnxruntime.OrtException("Failed to load library libonnxruntime_"
                + "providers_cuda.so with error: libcudnn_adv.so.9: cannot open shared object file"))
                .contains("cuDNN 9"));
        assertTrue(CudaProbe.explain(new ai.onnxruntime.OrtException("libcublasLt.so.12: cannot open shared "
                + "object file")).contains("CUDA 12 runtime libraries"));
        assertTrue(CudaProbe.explain(new ai.onnxruntime.OrtException("CUDA failure 100: no CUDA-capable device "
                + "is detected")).contains("no CUDA-capable GPU"));
    }

    @Test
    void brokenModelFileIsAClearMessageNotAnOrtException() throws Exception {
        Path junk = Files.write(temp.resolve("junk.onnx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> runtime.open(junk, Device.CPU));
        assertTrue(e.getMessage().startsWith("ONNX Runtime could not load the model file " + junk), e.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> runtime.open(temp.resolve("absent.onnx"), Device.CPU));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void deviceLabelsAreStable() {
        assertEquals("auto, cpu, cuda", Labeled.labels(Device.class));
        assertEquals(Device.CUDA, Labeled.parse(Device.class, "device", "CUDA"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Labeled.parse(Device.class, "device", "gpu"));
        assertTrue(e.getMessage().contains("auto, cpu, cuda"));
    }
}
