#!/usr/bin/env bash
# The 2.5D fidelity benchmark (docs/evaluation.md, "2.5D fidelity"): renders the procedural scenes with Blender at
# 640x480, then runs evaluate-views on them and on the four Middlebury pairs in ../shared/data/depth.
# Results go to target/views/{scenes,middlebury}; renders to target/views/renders. Usage: scripts/views-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/views
mkdir -p "$out"
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/views.classpath -Dmdep.includeScope=runtime
# a copy of the classes, so a build during the run cannot pull them away
rm -rf "$out/classes" && cp -r target/classes "$out/classes"
run() { java -Xmx${VIEWS_HEAP:-8g} -Djava.awt.headless=true --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$out/classes:$(cat target/views.classpath)" \
  io.github.parallaxlayers.cli.ParallaxCli evaluate-views "$@"; }
start=$(date +%s)
if [ "${SKIP_RENDER:-0}" != 1 ]; then  # SKIP_RENDER=1 reuses target/views/renders
  blender -b --factory-startup --python scripts/blender/render_scenes.py -- --out "$out/renders" \
    scripts/blender/scenes/*.json > "$out/blender.log" 2>&1 || { tail -20 "$out/blender.log"; exit 1; }
fi
rendered=$(date +%s)
echo "rendered in $((rendered - start)) s"
run --dataset "$out/renders" --layout scenes --out "$out/scenes" --overwrite 2> "$out/scenes.log"
scenes=$(date +%s)
echo "scenes evaluated in $((scenes - rendered)) s"
# the geometry ablations (geometry-frame, geometry-slabs) cost about 13 min each on the Middlebury pairs and answer a
# question of the rendered scenes only; VIEWS_MIDDLEBURY_METHODS=all runs them there too
run --dataset "${PARALLAX_SHARED:-../shared}/data/depth" --layout middlebury --out "$out/middlebury" --overwrite \
  --methods "${VIEWS_MIDDLEBURY_METHODS:-plate,card,layers,layers-telea,layers-cut,geometry,warp}" 2> "$out/middlebury.log"
echo "middlebury evaluated in $(( $(date +%s) - scenes)) s; total $(( $(date +%s) - start)) s"
