#!/usr/bin/env bash
# UI frame benchmark: trains both methods in the real app for 2000 epochs at pace 1 (default settings: H 16,
# 1000 samples, lr 0.01) and writes FX pulse gaps, GC pauses, peak RSS and first-window time to
# target/bench/ui.json. Uses a real X server (Xvfb, installed if missing) unless MONOCLE=1 (headless Monocle).
# Usage: bench/ui-bench.sh [extra JVM flags, e.g. -XX:+UseZGC]
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"

mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt"
cp="target/classes:target/test-classes:$(cat "$out/cp.txt")"
rm -f "$out/ui.json"

# the app's JVM flags: their one owner is src/packaging/image.conf (the pom's javafx:run <options> are kept equal to
# it by PackagingConfigTest); see bench/README.md, "UI frame benchmark"
# shellcheck source=../src/packaging/image.conf
app_jvm=$(source src/packaging/image.conf && echo "$JAVA_OPTIONS")
rm -f "$out/gc.log"
flags=(-Dmoons.bench.ui="$out/ui.json" -Dmoons.settings="$out/bench-settings.json" -Xlog:gc:file="$out/gc.log")
xvfb_pid=""
if [[ "${MONOCLE:-0}" == 1 ]]; then
  flags+=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k)
else
  if ! command -v Xvfb >/dev/null; then
    apt-get install -y xvfb
  fi
  display=:${UI_BENCH_DISPLAY:-87}
  Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap '[[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
  export DISPLAY=$display
  sleep 1
fi


jvm=${UI_BENCH_JVM:-$app_jvm}
echo "ui-bench: java $jvm $* (load average at start: $(cut -d' ' -f1-3 /proc/loadavg))"
# shellcheck disable=SC2086 # jvm is a list of flags
timeout "${UI_BENCH_TIMEOUT:-900}" java $jvm "$@" -cp "$cp" "${flags[@]}" 'dev.moons.bench.ui.UiBenchApp$Main'
cat "$out/ui.json"
# one line with what the issue's goals and the lead's comparison need (the GC log is in $out/gc.log)
python3 - "$out/ui.json" <<'PY' || true
import json, sys
d = json.load(open(sys.argv[1]))
p, a, g = d["pulse_gap_ms"], d["pulse_gap_ms"].get("after_first_second", {}), d["gc_pause_ms"]
cpu = " ".join("%s %.2f" % (k, v["per_pulse"]) for k, v in list(d["thread_cpu_ms"].items())[:3])
o = p.get("over_33ms", {})
print("ui-bench: pulses p50 %.1f p99 %.1f max %.0f ms; after the first second p99 %.1f max %.0f ms (%d over 50 ms);"
      " %d gaps over 33 ms, %d of them during a GC pause;"
      " GC %d pauses, max %d ms, %d ms in all, %d over 16 ms; peak RSS %.0f MB; first window %d ms; wall %.1f s;"
      " load %.2f -> %.2f; CPU ms per pulse: %s"
      % (p["p50"], p["p99"], p["max"], a.get("p99", 0), a.get("max", 0), a.get("over_50ms", 0),
         o.get("count", 0), o.get("during_gc", 0), g["count"],
         g["max"], g["total"], g.get("over_16ms", 0), d["peak_rss_mb"], d["first_window_ms"], d["wall_s"],
         d["load_average_start"], d["load_average_end"], cpu))
lg = p.get("long_gaps")
if lg:
    m, o = lg["mean_ms_long"], lg["mean_ms_others"]
    print("ui-bench: %d gaps over %.0f ms after the first second (mean %.1f ms): FX ran %.1f waited %.1f, render ran %.1f"
          " waited %.1f, training ran %.1f waited %.1f ms (other gaps, mean %.1f ms: %.1f/%.1f, %.1f/%.1f, %.1f/%.1f);"
          " in %d of them a thread waited over a frame for a core; render ran over a frame in %d"
          % (lg["count"], lg["over_ms"], m["gap"], m["JavaFX Applicat run"], m["JavaFX Applicat wait"],
             m["QuantumRendere run"], m["QuantumRendere wait"], m["moons-training run"], m["moons-training wait"],
             o["gap"], o["JavaFX Applicat run"], o["JavaFX Applicat wait"], o["QuantumRendere run"],
             o["QuantumRendere wait"], o["moons-training run"], o["moons-training wait"],
             lg["a_thread_waited_over_a_frame"], lg["ran_over_a_frame"]["QuantumRendere"]))
PY
