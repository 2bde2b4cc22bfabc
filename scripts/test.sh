#!/usr/bin/env bash
# Runs every test. Headless tests run in a headless JVM; the GUI tests (Macro Recorder, dialogs) need a display:
# a desktop's own, or a virtual one from Xvfb, installed here when missing and allowed (root with apt-get). The
# real-input GUI tests also need openbox (a window manager, started by the tests) and xdotool, installed the same way.
# Blender and GIMP, which open the exports in batch mode as independent readers, are installed the same way
# (about 220 MB of packages, 0.9 GB on disk); PARALLAX_DCC_TOOLS=0 leaves them out and their tests are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
# Independent readers used by the export tests (ag-psd, the Khronos glTF validator), from the npm registry.
if command -v npm >/dev/null 2>&1 && [ ! -d .tools/npm/node_modules/gltf-validator ]; then
  npm install --no-audit --no-fund --silent --prefix .tools/npm ag-psd@31.0.2 gltf-validator@2.0.0-dev.3.10 \
    || echo "scripts/test.sh: npm install failed; the PSD and glTF reader tests will be skipped" >&2
fi
# Debian packages the tests need and this machine lacks, installed after one apt-get update when allowed.
display=()
if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
  display=(xvfb xauth)
fi
# The real-input GUI tests (issue 15): a window manager and an X input tool beside the display.
command -v openbox >/dev/null 2>&1 || display+=(openbox)
command -v xdotool >/dev/null 2>&1 || display+=(xdotool)
dcc=()
if [ "${PARALLAX_DCC_TOOLS:-1}" != 0 ]; then
  # Blender's bundled glTF importer needs numpy, only a recommendation of the blender package; ask Blender's own
  # Python, which need not be the python3 on PATH.
  if ! command -v blender >/dev/null 2>&1; then
    dcc+=(blender python3-numpy)
  elif ! blender -b --factory-startup --python-exit-code 1 --python-expr 'import numpy' >/dev/null 2>&1; then
    dcc+=(python3-numpy)
  fi
  command -v gimp >/dev/null 2>&1 || dcc+=(gimp)
fi
# Batch (issue 22): a one-node SLURM cluster for the array-job test (SlurmArrayTest; skipped when these are missing).
slurm=()
if [ "${PARALLAX_SLURM:-1}" != 0 ]; then
  { command -v sbatch >/dev/null 2>&1 && [ -x /usr/sbin/slurmctld ]; } || slurm+=(slurm-wlm)
  [ -x /usr/sbin/munged ] || command -v munged >/dev/null 2>&1 || slurm+=(munge)
fi
# The OpenEXR command-line tools (exrheader) and OpenImageIO's oiiotool read the EXR exports back.
exr=()
command -v exrheader >/dev/null 2>&1 || exr+=(openexr)
command -v oiiotool >/dev/null 2>&1 || exr+=(openimageio-tools)
if [ $((${#display[@]} + ${#dcc[@]} + ${#exr[@]} + ${#slurm[@]})) -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq || echo "scripts/test.sh: apt-get update failed; trying the installs anyway" >&2
    if [ ${#display[@]} -gt 0 ]; then
      apt-get install -y -qq "${display[@]}" >/dev/null \
        || echo "scripts/test.sh: apt-get could not install ${display[*]}; the GUI tests will be skipped" >&2
    fi
    if [ ${#slurm[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${slurm[@]}" >/dev/null \
        || echo "scripts/test.sh: apt-get could not install ${slurm[*]}; the SLURM array test will be skipped" >&2
    fi
    if [ ${#dcc[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${dcc[@]}" >/dev/null \
        || echo "scripts/test.sh: apt-get could not install ${dcc[*]}; the Blender and GIMP tests will be skipped" >&2
    fi
    if [ ${#exr[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${exr[@]}" >/dev/null \
        || echo "scripts/test.sh: apt-get could not install ${exr[*]}; the exrheader and oiiotool tests will be skipped" >&2
    fi
  else
    echo "scripts/test.sh: missing ${display[*]} ${dcc[*]} ${exr[*]} ${slurm[*]}; install them (sudo apt-get install -y" \
         "--no-install-recommends ${display[*]} ${dcc[*]} ${exr[*]} ${slurm[*]}) or their tests are skipped (without a display, run" \
         "'mvn -B verify' on a desktop for the GUI tests)." >&2
  fi
fi
if [ -n "${DISPLAY:-}" ] || ! command -v xvfb-run >/dev/null 2>&1; then
  exec mvn -B verify "$@"
fi
exec xvfb-run -a -s "-screen 0 1600x1200x24" mvn -B verify "$@"
