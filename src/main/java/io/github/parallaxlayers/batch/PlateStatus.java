package io.github.parallaxlayers.batch;

import io.github.parallaxlayers.core.Labeled;

/** Where a plate stands in the manifest. */
public enum PlateStatus implements Labeled {
    PENDING, RUNNING, OK, FAILED;
}
