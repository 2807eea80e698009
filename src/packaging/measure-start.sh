#!/usr/bin/env bash
# Start-up times of the app image, median of N runs (warm file cache: one unmeasured run first):
#   window  - launch to the first "Moons Lab" window (xdotool search on an X display with a window manager)
#   loaded  - launch to the first decision boundary drawn from trained data (JVM uptime when MarchingSquares loads)
#   compare - wall time of `compare --epochs 1`
# Usage: DISPLAY=:N measure-start.sh [IMAGE_DIR] [N]   (the display needs a window manager, e.g. openbox)
set -euo pipefail
image=${1:-target/dist/moons-lab} runs=${2:-5}
launcher="$image/bin/moons-lab"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

window_once() {
  local t0 pid id=""
  t0=$(now)
  JAVA_TOOL_OPTIONS="-Dmoons.settings=$work/settings.json -Xlog:class+load:file=$work/classes.log:uptime" \
    "$launcher" > "$work/app.log" 2>&1 &
  pid=$!
  while [[ -z "$id" ]]; do id=$(xdotool search --onlyvisible --name "Moons" 2>/dev/null | head -1 || true); sleep 0.01; done
  echo "$(now) - $t0" | bc > "$work/w"
  until grep -q 'dev.moons.render.MarchingSquares ' "$work/classes.log" 2>/dev/null; do sleep 0.05; done
  grep -m1 'dev.moons.render.MarchingSquares ' "$work/classes.log" | sed 's/^\[\([0-9.]*\)s\].*/\1/' > "$work/l"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(cat "$work/w") $(cat "$work/l")"
}

compare_once() {
  local t0
  t0=$(now)
  "$launcher" compare --epochs 1 --out "$work/out" > /dev/null
  echo "$(now) - $t0" | bc
}

window_once > /dev/null; compare_once > /dev/null   # warm the file cache
for _ in $(seq "$runs"); do window_once; done > "$work/windows"
for _ in $(seq "$runs"); do compare_once; done > "$work/compares"
echo "first window s: $(cut -d' ' -f1 "$work/windows" | tr '\n' ' ')-> median $(cut -d' ' -f1 "$work/windows" | median)"
echo "loaded s:       $(cut -d' ' -f2 "$work/windows" | tr '\n' ' ')-> median $(cut -d' ' -f2 "$work/windows" | median)"
echo "compare s:      $(tr '\n' ' ' < "$work/compares")-> median $(median < "$work/compares")"
