#!/usr/bin/env bash
# Parallax Layers batch on a SLURM cluster: one shard of the plates per array task (docs/batch.md).
#
#   sbatch --array=1-8 scripts/slurm/batch-array.sh --macro macros/plate-to-layers.ijm \
#          --input /data/shots --out /data/layers [--arg key=value ...]
#
# Task I of an array of N runs `batch --shard I/N` (task ids start at 1); every task writes into the same --out
# folder, and batch.json / batch.csv there merge all shards. A task exits 3 when some of its plates failed, so
# SLURM marks it FAILED; resubmit the same array with --resume to retry them (finished plates are skipped).
# Environment: PARALLAX_JAR (default $SLURM_SUBMIT_DIR/target/parallax-layers.jar), JAVA (default java),
# PARALLAX_SHARDS (the array size, when resubmitting only some task ids), PARALLAX_WORKERS (default: the task's
# CPUs), PARALLAX_HEAP (each worker's heap, default 2g), PARALLAX_CLASSPATH (run from a class path instead of the
# jar, as the tests do).
#SBATCH --job-name=parallax-batch
#SBATCH --cpus-per-task=2
#SBATCH --mem=3G
#SBATCH --time=02:00:00
#SBATCH --output=parallax-batch-%A_%a.out
set -euo pipefail
: "${SLURM_ARRAY_TASK_ID:?submit this script as an array job: sbatch --array=1-N batch-array.sh ...}"
shards=${PARALLAX_SHARDS:-${SLURM_ARRAY_TASK_COUNT:?SLURM did not set SLURM_ARRAY_TASK_COUNT; set PARALLAX_SHARDS}}
workers=${PARALLAX_WORKERS:-${SLURM_CPUS_PER_TASK:-1}}
java=${JAVA:-java}
if [ -n "${PARALLAX_CLASSPATH:-}" ]; then
  launch=(-cp "$PARALLAX_CLASSPATH" io.github.parallaxlayers.cli.ParallaxCli)
else
  launch=(-jar "${PARALLAX_JAR:-${SLURM_SUBMIT_DIR:-.}/target/parallax-layers.jar}")
fi
echo "parallax-batch: task $SLURM_ARRAY_TASK_ID of $shards on $(hostname), $workers worker(s)"
# The batch process itself only coordinates; the plates run in worker JVMs with --heap each.
exec "$java" -Xmx256m -Djava.awt.headless=true --add-opens=java.base/java.lang=ALL-UNNAMED "${launch[@]}" batch --shard "$SLURM_ARRAY_TASK_ID/$shards" \
  --workers "$workers" --heap "${PARALLAX_HEAP:-2g}" "$@"
