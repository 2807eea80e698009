#!/usr/bin/env bash
# Records the classes a short `compare --epochs 1` and a headless window start (Monocle: no display needed) load,
# into the image's lib/app/moons-lab.classlist, from which bin/make-cds dumps the AppCDS archive.
# Usage: record-classes.sh IMAGE_DIR WORK_DIR
set -euo pipefail
image=$1 work=$2
launcher="$image/bin/moons-lab"
rm -rf "$work"
mkdir -p "$work"
# no sharing while recording: the archive the launcher names does not exist yet
record="-Xshare:off -Dmoons.settings=$work/settings.json"

echo "[cds] recording: compare --epochs 1"
JAVA_TOOL_OPTIONS="$record -XX:DumpLoadedClassList=$work/compare.classes" \
  "$launcher" compare --epochs 1 --out "$work/compare" > "$work/compare.log" 2>&1 \
  || { cat "$work/compare.log"; echo "[cds] compare failed" >&2; exit 1; }

echo "[cds] recording: the window's start (headless, ${MOONS_CDS_WINDOW_SECONDS:-8} s)"
JAVA_TOOL_OPTIONS="$record -XX:DumpLoadedClassList=$work/window.classes -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k" \
  timeout -s TERM "${MOONS_CDS_WINDOW_SECONDS:-8}" "$launcher" > "$work/window.log" 2>&1 || true

# each class once: a line listed twice (both runs load it) crashed the JDK 17 dump in its lambda-proxy table
awk '!seen[$0]++' "$work/compare.classes" "$work/window.classes" > "$image/lib/app/moons-lab.classlist"
echo "[cds] $(grep -cv '^#' "$image/lib/app/moons-lab.classlist") class lines"
