package io.github.parallaxlayers.cli;

import io.github.parallaxlayers.core.CancelledException;
import io.github.parallaxlayers.core.InvalidInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A CLI verb that does one piece of work and reports it: bad input ends in one line {@code <verb>: <message>} on
 * standard error and exit status {@link #INVALID_INPUT}, a cancelled run in {@link #CANCELLED}; the verb itself
 * says only what it does in {@link #run}.
 */
abstract class Verb implements Callable<Integer> {
    /** Exit status of a run refused for its input (one line on standard error says why). */
    public static final int INVALID_INPUT = 2;
    /** Exit status of a cancelled run, as a shell gives for Ctrl-C. */
    public static final int CANCELLED = 130;

    @Spec
    CommandSpec spec;

    /** The work; its exit status (0 when it succeeded). */
    protected abstract int run(PrintWriter stdout, PrintWriter err);

    @Override
    public final Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(spec.commandLine().getOut(), err);
        } catch (InvalidInputException e) {
            return fail(err, e, INVALID_INPUT);
        } catch (CancelledException e) {
            return fail(err, e, CANCELLED);
        }
    }

    private int fail(PrintWriter err, RuntimeException e, int status) {
        err.println(spec.name() + ": " + e.getMessage());
        err.flush();
        return status;
    }
}
