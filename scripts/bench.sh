#!/usr/bin/env bash
# Runs one benchmark harness from src/bench/java/io/github/parallaxlayers/bench: scripts/bench.sh NAME [args].
# Benchmarks are plain programs, not tests: figures go to docs/performance.md with the command that made them.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; shift
# FillBenchmark compares with G'MIC's patch-based inpaint (issue 23): a bench-only program, installed here when
# missing and allowed (root with apt-get), as scripts/test.sh installs its Debian packages; without it the G'MIC
# rows are left out with one line. Never a runtime dependency, and the tests do not need it.
if [ "$name" = FillBenchmark ] && ! command -v gmic >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gmic >/dev/null; } \
      || echo "scripts/bench.sh: apt-get could not install gmic; the G'MIC rows will be left out" >&2
  else
    echo "scripts/bench.sh: gmic missing; install it (sudo apt-get install -y gmic) or the G'MIC rows are left out" >&2
  fi
fi
mvn -q -B ${BENCH_PROFILE:+-P$BENCH_PROFILE} test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx${BENCH_HEAP:-6g} -Djava.awt.headless=true --add-opens=java.base/java.lang=ALL-UNNAMED -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  "io.github.parallaxlayers.bench.$name" "$@"
