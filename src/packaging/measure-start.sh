#!/usr/bin/env bash
# Where the app image's start-up time goes: median of N runs (after one unmeasured run that warms the file cache
# and counts the classes the AppCDS archive serves), each phase as "at" (ms from launch to its end) and "takes"
# (ms from its start to its end). The app prints the phases' times with -Dmoons.startup.trace=true
# (dev.moons.io.StartupTrace); the window's frame being mapped by the window manager is taken from X events.
#   window  - launch, JVM to main(), JavaFX toolkit, the loading screen's Stage shown, its first pulse, the frame
#             mapped by the WM (the first window), the loading screen painted (its 3rd pulse begins once the frames
#             before it are rendered), the dashboard built after it, ND4J, the first comparison drawn ("loaded")
#   compare - `compare --epochs 1`: JVM to main(), options, ND4J, offscreen JavaFX, SameDiff, training, charts,
#             report, the table, the warm-up joins, the exit path (System.exit to the process gone), wall time
# Usage: DISPLAY=:N measure-start.sh [IMAGE_DIR] [N]   (the display needs a window manager, e.g. openbox;
#        needs xev, xdotool, xwininfo; bash 5 for EPOCHREALTIME)
set -euo pipefail
image=${1:-target/dist/moons-lab} runs=${2:-5}
launcher="$image/bin/moons-lab"
bound=120   # seconds a window may take to its first comparison before the run counts as failed
work="$(mktemp -d)"
xev_pid=""
cleanup() { if [[ -n "$xev_pid" ]]; then kill "$xev_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
[[ -n "${DISPLAY:-}" ]] || { echo "measure-start: set DISPLAY to an X display with a window manager" >&2; exit 2; }
[[ -x "$launcher" ]] || { echo "measure-start: no app image at $image (mvn -B -DskipTests package)" >&2; exit 2; }

now_ms() { local t=${EPOCHREALTIME/,/.}; local us=${t#*.}; echo "${t%.*}${us:0:3}.${us:3:3}"; }
stamp() { while IFS= read -r line; do printf '%s %s\n' "${EPOCHREALTIME/,/.}" "$line"; done; }   # seconds
# "[startup] <epoch ms> <phase> (<thread>, cpu <ms>, queued <ms>)" lines -> "<phase>=<ms since t0> <thread> <cpu> <queued>"
# (phase and thread with "_" for " "; the first line of each phase)
marks() { awk -v t0="$1" '/^\[startup\] / && !/^\[startup\] threads / { ms = $2; line = $0; sub(/^\[startup\] [0-9.]+ /, "", line)
  i = match(line, / \([^()]*\)$/); phase = substr(line, 1, i - 1); info = substr(line, i + 2, RLENGTH - 3)
  n = split(info, f, ", "); thread = f[1]; cpu = f[2]; queued = f[3]; sub(/^cpu /, "", cpu); sub(/^queued /, "", queued)
  gsub(/ /, "_", phase); gsub(/ /, "_", thread)
  if (!(phase in seen)) { seen[phase] = 1; printf "%s=%.1f %s %s %s\n", phase, ms - t0, thread, cpu, queued } }' "$2"; }

# "[startup] threads <name> cpu <ms> queued <ms>" lines -> "<name> <cpu ms>", threads of one name summed
threads() { awk '/^\[startup\] threads / {cpu[$3] += $5} END {for (t in cpu) print t, cpu[t]}' "$1"; }

window_once() {  # prints "phase=ms" lines for one window start
  local log=$1 extra=${2:-} t0 id frame mapped
  : > "$work/xev.log"
  xev -root -event substructure > >(stamp > "$work/xev.log") &
  xev_pid=$!
  sleep 0.3
  t0=$(now_ms)
  JAVA_TOOL_OPTIONS="-Dmoons.settings=$work/settings.json -Dmoons.startup.trace=true $extra" \
    "$launcher" > "$log" 2>&1 &
  local pid=$!
  for _ in $(seq $((bound * 20))); do
    grep -q '^\[startup\] [0-9.]* loaded ' "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  id=$(xdotool search --name "Moons Lab" 2>/dev/null | head -1 || true)
  frame=$(xwininfo -id "$id" -tree 2>/dev/null | awk '/Parent window id/ {print $4}')
  [[ -n "$frame" && "$frame" != "$(xwininfo -root | awk '/Window id/ {print $4}')" ]] || frame=$id
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kill "$xev_pid" 2>/dev/null || true
  wait "$xev_pid" 2>/dev/null || true
  xev_pid=""
  grep -q '^\[startup\] [0-9.]* loaded ' "$log" || { echo "measure-start: the window did not load, see:" >&2;
    cat "$log" >&2; exit 1; }
  # a MapNotify line is followed by "event 0x.., window <the mapped window>, override .."
  mapped=$(awk -v w="$frame" '/MapNotify event/ { t = $1; next } t != "" && $0 ~ ("window " w ",") { print t; exit }
    { t = "" }' "$work/xev.log")
  marks "$t0" "$log"
  threads "$log" > "$log.threads"
  [[ -n "$mapped" ]] && awk -v a="$mapped" -v b="$t0" 'BEGIN { printf "mapped=%.1f X - -\n", a * 1000 - b }'
  return 0
}

compare_once() {  # prints "phase=ms" lines for one `compare --epochs 1`
  local log=$1 extra=${2:-} t0 t1
  t0=$(now_ms)
  JAVA_TOOL_OPTIONS="-Dmoons.settings=$work/settings.json -Dmoons.startup.trace=true $extra" \
    "$launcher" compare --epochs 1 --out "$work/out" > "$work/compare.out" 2> "$log"
  t1=$(now_ms)
  marks "$t0" "$log"
  threads "$log" > "$log.threads"
  awk -v a="$t1" -v b="$t0" 'BEGIN { printf "end=%.1f shell - -\n", a - b }'
}

shared_fraction() {  # "<from the archive> of <loaded>" in a -Xlog:class+load file
  echo "$(grep -c 'source: shared objects file' "$1") of $(grep -c . "$1")"
}

# one unmeasured run of each, logging where every class came from
window_once "$work/w0.log" "-Xlog:class+load:file=$work/window-classes.log" > /dev/null
compare_once "$work/c0.log" "-Xlog:class+load:file=$work/compare-classes.log" > /dev/null
for i in $(seq "$runs"); do
  window_once "$work/w$i.log" > "$work/window.$i"; mv "$work/w$i.log.threads" "$work/window-threads.$i"
done
for i in $(seq "$runs"); do
  compare_once "$work/c$i.log" > "$work/compare.$i"; mv "$work/c$i.log.threads" "$work/compare-threads.$i"
done

# table rows: label, start phase ("launch" = t0), end phase. Medians over the runs: "at" (end from launch), "takes"
# (end - start) and, when both marks are on one thread, that thread's "cpu" time and "queued" time (waiting for a
# CPU: what a loaded machine adds) in between
median() { sort -g | awk '{a[NR]=$1} END {if (NR) printf "%.0f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); else print "-"}'; }
field() { awk -v k="$2" -v n="$3" '{split($1, kv, "=")} kv[1] == k {if (n == 1) print kv[2]; else print $n; exit}' "$1"; }
row() {
  local kind=$1 label=$2 from=$3 to=$4 f ats="" takes="" cpus="" queues=""
  for f in "$work/$kind".[0-9]*; do
    local b a ta tb
    b=$(field "$f" "$to" 1)
    [[ -n "$b" ]] || continue
    ats+="$b"$'\n'
    if [[ "$from" == launch ]]; then a=0; else a=$(field "$f" "$from" 1); fi
    [[ -n "$a" ]] || continue
    takes+="$(awk -v a="$a" -v b="$b" 'BEGIN {print b - a}')"$'\n'
    [[ "$from" != launch ]] || continue
    ta=$(field "$f" "$from" 2) tb=$(field "$f" "$to" 2)
    if [[ "$ta" == "$tb" ]]; then
      cpus+="$(awk -v a="$(field "$f" "$from" 3)" -v b="$(field "$f" "$to" 3)" 'BEGIN {print b - a}')"$'\n'
      queues+="$(awk -v a="$(field "$f" "$from" 4)" -v b="$(field "$f" "$to" 4)" 'BEGIN {print b - a}')"$'\n'
    fi
  done
  printf '| %-44s | %7s | %7s | %7s | %7s |\n' "$label" "$(printf %s "$ats" | median)" "$(printf %s "$takes" | median)" \
    "$(printf %s "$cpus" | median)" "$(printf %s "$queues" | median)"
}
threads_line() {  # the threads' CPU (ms, medians) at the end of the traced start, the busiest first
  local kind=$1
  echo
  for f in "$work/$kind"-threads.[0-9]*; do cat "$f"; done | awk '{cpu[$1] = cpu[$1] " " $2} END {for (t in cpu) print t, cpu[t]}' |
    while read -r name values; do echo "$name $(printf '%s\n' $values | median)"; done | sort -k2 -gr |
    awk -v kind="$kind" '{total += $2} NR <= 8 {shown = shown sprintf("%s%s %s", NR > 1 ? ", " : "", $1, $2)}
      END {printf "%s: CPU of the live threads at the end (ms, medians): total %d; %s%s\n", kind, total, shown,
      (NR > 8 ? ", …" : "")}'
}
header() {
  printf '| %-44s | at (ms) | takes   | cpu     | queued  |\n' "$1"
  echo "|----------------------------------------------|--------:|--------:|--------:|--------:|"
}

echo "Start-up of $image: median of $runs runs, ms; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
header "window: phase"
row window "JVM + CDS to main()"                          launch                   main
row window "JavaFX toolkit start"                         javafx_launch            javafx_toolkit_started
row window "loading screen built, Stage shown"            fx_start                 stage_shown
row window "first pulse laid out"                         stage_shown              first_pulse
row window "**first window**: frame mapped by the WM"     launch                   mapped
row window "loading screen painted (its 3rd pulse)"       launch                   first_frames_rendered
row window "dashboard built (after those frames)"         first_frames_rendered    dashboard_built
row window "ND4J native load + backend init"              nd4j_start               nd4j_ready
row window "loaded: first comparison drawn"               launch                   loaded
threads_line window
echo
header "compare --epochs 1: phase"
row compare "JVM + CDS to main()"                         launch                   main
row compare "options read (picocli)"                      main                     compare_options_read
row compare "ND4J native load + backend init"             nd4j_start               nd4j_ready
row compare "offscreen JavaFX toolkit"                    offscreen_javafx_start   offscreen_javafx_ready
row compare "SameDiff gradient check"                     samediff_start           samediff_done
row compare "data + training (waits for ND4J)"            compare_options_read     compare_trained
row compare "charts: loss.png, boundary.png"              compare_trained          compare_charts_written
row compare "report files (waits for SameDiff)"           compare_charts_written   compare_report_written
row compare "table printed"                               compare_report_written   compare_printed
row compare "warm-up joins"                               command_done             exit
row compare "exit path: System.exit to process gone"      exit                     end
row compare "**compare wall time**"                       launch                   end
threads_line compare
echo
echo "classes from the AppCDS archive: window $(shared_fraction "$work/window-classes.log"), compare $(shared_fraction "$work/compare-classes.log")"
