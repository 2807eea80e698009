#!/usr/bin/env bash
# Records the classes a short `compare --epochs 1` and the window's start up to its first comparison drawn load,
# into the image's lib/app/moons-lab.classlist, from which bin/make-cds dumps the AppCDS archive.
# The window runs on an own Xvfb when one is installed (the GTK window and its GL pipeline, as users start it),
# else on the headless Monocle platform (no display needed; fewer of the window's classes then come from the archive).
# Usage: record-classes.sh IMAGE_DIR WORK_DIR     (MOONS_CDS_WINDOW_SECONDS: the window run's bound, default 120)
set -euo pipefail
image=$1 work=$2
launcher="$image/bin/moons-lab"
bound=${MOONS_CDS_WINDOW_SECONDS:-120}
rm -rf "$work"
mkdir -p "$work"
# no sharing while recording: the archive the launcher names does not exist yet
record="-Xshare:off -Dmoons.settings=$work/settings.json"

echo "[cds] recording: compare --epochs 1"
JAVA_TOOL_OPTIONS="$record -XX:DumpLoadedClassList=$work/compare.classes" \
  "$launcher" compare --epochs 1 --out "$work/compare" > "$work/compare.log" 2>&1 \
  || { cat "$work/compare.log"; echo "[cds] compare failed" >&2; exit 1; }

xvfb=""
cleanup() { if [[ -n "$xvfb" ]]; then kill "$xvfb" 2>/dev/null || true; fi; }
trap cleanup EXIT
window="$record -XX:DumpLoadedClassList=$work/window.classes -Dmoons.startup.trace=true"
if command -v Xvfb >/dev/null 2>&1; then
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3> "$work/display" 2> "$work/xvfb.log" &
  xvfb=$!
  for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.1; done
fi
if [[ -s "$work/display" ]]; then
  display=":$(tr -d '\n' < "$work/display")"
  echo "[cds] recording: the window's start on Xvfb $display, up to its first comparison"
  run_window() { DISPLAY="$display" JAVA_TOOL_OPTIONS="$window" exec "$launcher"; }
else
  echo "[cds] recording: the window's start on headless Monocle (no Xvfb), up to its first comparison"
  run_window() {
    JAVA_TOOL_OPTIONS="$window -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k" \
      exec "$launcher"
  }
fi
run_window > "$work/window.log" 2>&1 &
app=$!
for _ in $(seq $((bound * 10))); do
  grep -q '^\[startup\] [0-9.]* loaded ' "$work/window.log" && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
grep -q '^\[startup\] [0-9.]* loaded ' "$work/window.log" \
  || echo "[cds] warning: the window showed no first comparison within $bound s; the list has what it loaded" >&2
sleep 1   # the first frames after it
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true

# each class once: a line listed twice (both runs load it) crashed the JDK 17 dump in its lambda-proxy table
awk '!seen[$0]++' "$work/compare.classes" "$work/window.classes" > "$image/lib/app/moons-lab.classlist"
echo "[cds] $(grep -cv '^#' "$image/lib/app/moons-lab.classlist") class lines"
