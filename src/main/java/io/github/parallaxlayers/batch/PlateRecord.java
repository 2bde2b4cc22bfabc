package io.github.parallaxlayers.batch;

/**
 * One row of the batch manifest.
 *
 * @param plate        the plate file (absolute)
 * @param name         its output folder under the batch's output folder
 * @param status       pending, running, ok or failed
 * @param seconds      wall time of the macro run, null when not run in this manifest's history
 * @param output       the output folder (absolute) once complete, else null
 * @param error        one line saying why the plate failed, else null
 * @param finished     when the plate finished (ISO-8601 UTC), else null
 * @param workerPeakMb the peak resident memory of the worker JVM that ran it (MB), 0 when unknown
 * @param shard        the shard that ran it, e.g. {@code 2/4}
 */
public record PlateRecord(String plate, String name, PlateStatus status, Double seconds, String output, String error,
                          String finished, long workerPeakMb, String shard) {

    static PlateRecord pending(BatchPlate plate, Shard shard) {
        return new PlateRecord(plate.file().toString(), plate.name(), PlateStatus.PENDING, null, null, null, null, 0,
                shard.toString());
    }

    PlateRecord withStatus(PlateStatus newStatus) {
        return new PlateRecord(plate, name, newStatus, seconds, output, error, finished, workerPeakMb, shard);
    }
}
