package io.github.parallaxlayers.batch;

import java.nio.file.Path;
import java.util.List;

/** The rows of the shard that ran, in plate order, and where the merged manifest is. */
public record BatchResult(List<PlateRecord> rows, Path manifest, String manifestError) {

    public List<PlateRecord> failed() {
        return rows.stream().filter(r -> r.status() == PlateStatus.FAILED).toList();
    }

    public long count(PlateStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean allSucceeded() {
        return manifestError == null && rows.stream().allMatch(r -> r.status() == PlateStatus.OK);
    }
}
