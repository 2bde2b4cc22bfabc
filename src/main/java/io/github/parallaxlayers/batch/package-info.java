/**
 * Batches of plates (docs/batch.md): {@link io.github.parallaxlayers.batch.PlateDiscovery} (a folder, a glob or a
 * numbered sequence, in natural name order), {@link io.github.parallaxlayers.batch.Shard} (a stable 1/N of the
 * sorted plates), {@link io.github.parallaxlayers.batch.BatchRun} (worker JVMs kept alive across plates through
 * {@link io.github.parallaxlayers.batch.WorkerProcess} and its line protocol, atomic per-plate output folders,
 * resume, fail-fast) and {@link io.github.parallaxlayers.batch.BatchManifest} (batch.json and batch.csv, merged
 * across shards). Used by the {@code batch} CLI verb, its SLURM array script and the Batch Plates command.
 */
package io.github.parallaxlayers.batch;
