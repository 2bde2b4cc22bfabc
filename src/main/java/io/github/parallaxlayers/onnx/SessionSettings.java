package io.github.parallaxlayers.onnx;

import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import io.github.parallaxlayers.core.InvalidInputException;

/**
 * How sessions are created: graph optimisation level and intra-op threads (0 = one per core, ONNX Runtime's
 * own choice would also count hyper-threads). Part of the session cache key, so changing them gives new sessions.
 */
public record SessionSettings(OptLevel optimisation, int intraOpThreads) {

    public SessionSettings {
        if (optimisation == null) {
            throw new InvalidInputException("A graph optimisation level is required (e.g. ALL_OPT).");
        }
        if (intraOpThreads < 0) {
            throw new InvalidInputException("Intra-op threads must be 0 (one per core) or more; got "
                    + intraOpThreads + ".");
        }
    }

    public static SessionSettings defaults() {
        return new SessionSettings(OptLevel.ALL_OPT, 0);
    }

    public SessionSettings withIntraOpThreads(int threads) {
        return new SessionSettings(optimisation, threads);
    }

    /** The thread count actually used: the setting, or the number of cores when it is 0. */
    public int effectiveThreads() {
        return intraOpThreads > 0 ? intraOpThreads : Runtime.getRuntime().availableProcessors();
    }
}
