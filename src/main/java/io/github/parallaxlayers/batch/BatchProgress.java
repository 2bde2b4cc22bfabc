package io.github.parallaxlayers.batch;

import java.util.Locale;

/**
 * How far a batch is: plates finished in this run (ok and failed), still to run, and the estimated time left
 * from this run's pace so far (negative before the first plate finishes).
 */
public record BatchProgress(int done, int failed, int remaining, double etaSeconds) {

    public double fraction() {
        int total = done + failed + remaining;
        return total == 0 ? 1 : (done + failed) / (double) total;
    }

    /** {@code 5 done, 1 failed, 10 remaining, ETA 0:42}. */
    public String line() {
        String eta = remaining == 0 ? "" : etaSeconds < 0 ? ", ETA unknown" : ", ETA " + clock(etaSeconds);
        return String.format(Locale.ROOT, "%d done, %d failed, %d remaining%s", done, failed, remaining, eta);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
