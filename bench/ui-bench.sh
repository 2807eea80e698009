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

# the app's JVM flags, as in the pom's javafx-maven-plugin <options> (see bench/README.md, "UI frame benchmark")
app_jvm="-XX:+UseSerialGC -Xms64m -Xmx256m -Dorg.bytedeco.javacpp.maxphysicalbytes=0"
flags=(-Dmoons.bench.ui="$out/ui.json" -Dmoons.settings="$out/bench-settings.json")
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


timeout "${UI_BENCH_TIMEOUT:-900}" java ${UI_BENCH_JVM:-$app_jvm} "$@" -cp "$cp" "${flags[@]}" 'dev.moons.bench.ui.UiBenchApp$Main'
cat "$out/ui.json"
