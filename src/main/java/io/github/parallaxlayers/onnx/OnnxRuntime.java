package io.github.parallaxlayers.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.Lazy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one ONNX Runtime of the plugin: a single {@link OrtEnvironment} and a cache of sessions keyed by (model
 * file sha256, requested device, settings), so every command and macro call on the same model reuses one
 * session instead of reloading it. Sessions are closed when the JVM shuts down. Thread-safe.
 */
public final class OnnxRuntime {
    private static final Lazy<OnnxRuntime> SHARED = Lazy.of(OnnxRuntime::new);

    private final OrtEnvironment environment;
    private final Map<SessionKey, ModelSession> sessions = new ConcurrentHashMap<>();
    private final Map<FileStamp, String> hashes = new ConcurrentHashMap<>();
    private final AtomicInteger sessionsCreated = new AtomicInteger();
    private final Object creationLock = new Object();
    private volatile SessionSettings settings = SessionSettings.defaults();

    private record SessionKey(String sha256, Device requested, SessionSettings settings) {
    }

    /** Hashing a 2 GB model on every call would cost seconds: remember it while the file is unchanged. */
    private record FileStamp(Path file, long size, long modified) {
    }

    private OnnxRuntime() {
        this.environment = OrtEnvironment.getEnvironment();
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "parallax-onnx-shutdown"));
    }

    /** The plugin-wide runtime (created on first use: ONNX Runtime unpacks its native library then). */
    public static OnnxRuntime shared() {
        return SHARED.get();
    }

    public OrtEnvironment environment() {
        return environment;
    }

    public SessionSettings settings() {
        return settings;
    }

    /** Settings for sessions created from now on; existing sessions stay cached under their own settings. */
    public void setSettings(SessionSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** How many sessions this runtime has created so far (a cache hit creates none). */
    public int sessionsCreated() {
        return sessionsCreated.get();
    }

    /**
     * The session for a model file on a device, created on first use. {@code cuda} fails with one clear line
     * when CUDA cannot be had; {@code auto} then runs on the CPU and reports the line in
     * {@link ModelSession#fallback()}.
     */
    public ModelSession open(Path modelFile, Device device) {
        Objects.requireNonNull(device, "device");
        String sha256 = sha256(modelFile);
        SessionKey key = new SessionKey(sha256, device, settings);
        ModelSession cached = sessions.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (creationLock) {
            cached = sessions.get(key);
            if (cached != null) {
                return cached;
            }
            ModelSession created = create(modelFile, sha256, device, key.settings());
            sessions.put(key, created);
            return created;
        }
    }

    private ModelSession create(Path modelFile, String sha256, Device device, SessionSettings settings) {
        if (device == Device.CPU) {
            return new ModelSession(createSession(modelFile, settings, false), modelFile, sha256, Device.CPU, "");
        }
        String missing = CudaProbe.missingProvider(environment);
        if (missing == null) {
            try {
                OrtSession session = tryCreate(modelFile, settings, true);
                return new ModelSession(session, modelFile, sha256, Device.CUDA, "");
            } catch (OrtException e) {
                missing = CudaProbe.explain(e);
            }
        }
        if (device == Device.CUDA) {
            throw new InvalidInputException(missing + " Use device=cpu, or device=auto to fall back to the CPU.");
        }
        return new ModelSession(createSession(modelFile, settings, false), modelFile, sha256, Device.CPU,
                missing + " Running on the CPU.");
    }

    private OrtSession createSession(Path modelFile, SessionSettings settings, boolean cuda) {
        try {
            return tryCreate(modelFile, settings, cuda);
        } catch (OrtException e) {
            throw new InvalidInputException("ONNX Runtime could not load the model file " + modelFile + ": "
                    + e.getMessage().lines().findFirst().orElse("") + " Check that it is a complete .onnx file "
                    + "(models verify) or download it again.", e);
        }
    }

    /** Loads by path, not bytes, so a model with external weights finds the weight file beside it. */
    private OrtSession tryCreate(Path modelFile, SessionSettings settings, boolean cuda) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(settings.optimisation());
            options.setIntraOpNumThreads(settings.effectiveThreads());
            if (cuda) {
                options.addCUDA(0);
            }
            OrtSession session = environment.createSession(modelFile.toString(), options);
            sessionsCreated.incrementAndGet();
            return session;
        }
    }

    /** The sha256 of a model file, remembered while its size and modification time stay the same. */
    public String sha256(Path modelFile) {
        if (!Files.isRegularFile(modelFile)) {
            throw new InvalidInputException("The model file " + modelFile + " does not exist or is not a file.");
        }
        try {
            FileStamp stamp = new FileStamp(modelFile.toAbsolutePath().normalize(), Files.size(modelFile),
                    Files.getLastModifiedTime(modelFile).toMillis());
            return hashes.computeIfAbsent(stamp, s -> Sha256.ofFile(s.file()));
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the model file " + modelFile + ": " + e.getMessage());
        }
    }

    /** Closes every cached session (also run at JVM shutdown); later calls create new ones. */
    public void closeAll() {
        synchronized (creationLock) {
            for (ModelSession model : sessions.values()) {
                try {
                    model.session().close();
                } catch (OrtException | RuntimeException ignored) {
                    // shutting down: nothing useful to do with a failure to free native memory
                }
            }
            sessions.clear();
        }
    }
}
