#!/usr/bin/env bash
# Runs every test. Headless tests run in a headless JVM; the GUI tests (Macro Recorder, dialogs) need a display:
# a desktop's own, or a virtual one from Xvfb, installed here when missing and allowed (root with apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."
# Independent readers used by the export tests (ag-psd, the Khronos glTF validator), from the npm registry.
if command -v npm >/dev/null 2>&1 && [ ! -d .tools/npm/node_modules/gltf-validator ]; then
  npm install --no-audit --no-fund --silent --prefix .tools/npm ag-psd@31.0.2 gltf-validator@2.0.0-dev.3.10 \
    || echo "scripts/test.sh: npm install failed; the PSD and glTF reader tests will be skipped" >&2
fi
if [ -n "${DISPLAY:-}" ]; then
  exec mvn -B verify "$@"
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq xvfb xauth >/dev/null
  else
    echo "scripts/test.sh: no display and no xvfb-run; install them (sudo apt-get install -y xvfb xauth) or run" \
         "'mvn -B verify' on a desktop. Without either, the GUI tests are skipped." >&2
    exec mvn -B verify "$@"
  fi
fi
exec xvfb-run -a -s "-screen 0 1600x1200x24" mvn -B verify "$@"
