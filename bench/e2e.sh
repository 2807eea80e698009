#!/usr/bin/env bash
# End to end, side by side in one run: `compare --hidden 8 --seeds 10 --epochs 1000` (java on the class path, no
# Maven in the timed part) against bench/e2e_numpy.py, an independent numpy implementation of the same comparison
# (Debian's python3-numpy/sklearn, one BLAS thread), alternating ROUNDS times; then `compare --epochs 1` (start-up).
# Prints every wall time, the medians and the ratio java/numpy, with the load average before each part.
# Usage: bench/e2e.sh [ROUNDS, default 3] [extra compare options, e.g. --threads 1]
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench/e2e
mkdir -p "$out"
rounds=${1:-3}
shift || true

if [[ ! -f target/classes/dev/moons/Launcher.class || ! -f target/bench/runtime-cp.txt ]]; then
  mvn -B -q -o compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/bench/runtime-cp.txt
fi
cp="target/classes:$(cat target/bench/runtime-cp.txt)"
if ! /usr/bin/python3 -c 'import numpy, sklearn' 2>/dev/null; then
  apt-get install -y python3-numpy python3-sklearn python3-matplotlib
fi

wall() { # wall seconds of "$@", output to $out/last.log
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > "$out/last.log" 2>&1 || { cat "$out/last.log"; return 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

java_walls=(); numpy_walls=(); start_walls=()
for r in $(seq 1 "$rounds"); do
  echo "round $r, load before java: $(cut -d' ' -f1-3 /proc/loadavg)"
  j=$(wall java -cp "$cp" dev.moons.Launcher compare --hidden 8 --seeds 10 --epochs 1000 --out "$out/java" "$@")
  echo "  compare --hidden 8 --seeds 10 --epochs 1000: ${j} s"
  echo "round $r, load before numpy: $(cut -d' ' -f1-3 /proc/loadavg)"
  n=$(OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 wall /usr/bin/python3 bench/e2e_numpy.py "$out/numpy" --hidden 8 \
    --seeds 10 --epochs 1000)
  echo "  numpy, same comparison: ${n} s ($(tail -1 "$out/last.log"))"
  s=$(wall java -cp "$cp" dev.moons.Launcher compare --epochs 1 --out "$out/java1" "$@")
  echo "  compare --epochs 1: ${s} s"
  java_walls+=("$j"); numpy_walls+=("$n"); start_walls+=("$s")
done
jm=$(median "${java_walls[@]}"); nm=$(median "${numpy_walls[@]}"); sm=$(median "${start_walls[@]}")
printf 'median of %d rounds: compare %.2f s, numpy %.2f s, ratio java/numpy %.2f× (goal <= 0.7); compare --epochs 1 %.2f s (goal <= 2.5); cores %s, load after %s\n' \
  "$rounds" "$jm" "$nm" "$(echo "$jm / $nm" | bc -l)" "$sm" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
