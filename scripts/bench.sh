#!/usr/bin/env bash
# Runs one benchmark harness from src/bench/java/io/github/parallaxlayers/bench: scripts/bench.sh NAME [args].
# Benchmarks are plain programs, not tests: figures go to docs/performance.md with the command that made them.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; shift
mvn -q -B ${BENCH_PROFILE:+-P$BENCH_PROFILE} test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx${BENCH_HEAP:-6g} -Djava.awt.headless=true --add-opens=java.base/java.lang=ALL-UNNAMED -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  "io.github.parallaxlayers.bench.$name" "$@"
