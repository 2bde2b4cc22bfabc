package io.github.parallaxlayers.batch;

import io.github.parallaxlayers.core.Labeled;

/** Where a plate stands in the manifest. */
public enum PlateStatus implements Labeled {
    PENDING("pending"), RUNNING("running"), OK("ok"), FAILED("failed");

    private final String label;

    PlateStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
