#!/usr/bin/env bash
# End to end, side by side in one run: `compare --hidden 8 --seeds 10 --epochs 1000` (java on the class path, no
# Maven in the timed part; and the packaged app image target/dist/moons-lab, how users run commands, when it has
# been built) against bench/e2e_numpy.py, an independent numpy implementation of the same comparison (Debian's
# python3-numpy/sklearn, one BLAS thread), alternating ROUNDS times; then `compare --epochs 1` (start-up) from both.
# Prints every wall time (and the image's user CPU), the medians and the ratios to numpy, with the load average
# before each part. The image is timed only if it exists: `MOONS_SKIP_DEB=1 mvn -B -o -DskipTests package`.
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
image=target/dist/moons-lab/bin/moons-lab
[[ -x $image ]] || image=
if ! /usr/bin/python3 -c 'import numpy, sklearn' 2>/dev/null; then
  apt-get install -y python3-numpy python3-sklearn python3-matplotlib
fi

wall() { # wall seconds of "$@", output to $out/last.log, user+sys CPU seconds to $out/cpu.txt
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$out/cpu.txt" "$@" > "$out/last.log" 2>&1 || { cat "$out/last.log"; return 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}
cpu() { awk '{printf "%.2f", $1 + $2}' "$out/cpu.txt"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

java_walls=(); numpy_walls=(); start_walls=(); image_walls=(); image_start_walls=()
for r in $(seq 1 "$rounds"); do
  echo "round $r, load before java: $(cut -d' ' -f1-3 /proc/loadavg)"
  j=$(wall java -cp "$cp" dev.moons.Launcher compare --hidden 8 --seeds 10 --epochs 1000 --out "$out/java" "$@")
  echo "  compare --hidden 8 --seeds 10 --epochs 1000: ${j} s (cpu $(cpu) s)"
  if [[ -n $image ]]; then
    echo "round $r, load before the image: $(cut -d' ' -f1-3 /proc/loadavg)"
    i=$(wall "$image" compare --hidden 8 --seeds 10 --epochs 1000 --out "$out/image" "$@")
    echo "  app image, same command: ${i} s (cpu $(cpu) s)"
    image_walls+=("$i")
  fi
  echo "round $r, load before numpy: $(cut -d' ' -f1-3 /proc/loadavg)"
  n=$(OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 wall /usr/bin/python3 bench/e2e_numpy.py "$out/numpy" --hidden 8 \
    --seeds 10 --epochs 1000)
  echo "  numpy, same comparison: ${n} s ($(tail -1 "$out/last.log"))"
  s=$(wall java -cp "$cp" dev.moons.Launcher compare --epochs 1 --out "$out/java1" "$@")
  echo "  compare --epochs 1: ${s} s (cpu $(cpu) s)"
  if [[ -n $image ]]; then
    i1=$(wall "$image" compare --epochs 1 --out "$out/image1" "$@")
    echo "  app image, compare --epochs 1: ${i1} s (cpu $(cpu) s)"
    image_start_walls+=("$i1")
  fi
  java_walls+=("$j"); numpy_walls+=("$n"); start_walls+=("$s")
done
jm=$(median "${java_walls[@]}"); nm=$(median "${numpy_walls[@]}"); sm=$(median "${start_walls[@]}")
printf 'median of %d rounds: compare %.2f s, numpy %.2f s, ratio java/numpy %.2f× (goal <= 0.7); compare --epochs 1 %.2f s (goal <= 2.5); cores %s, load after %s\n' \
  "$rounds" "$jm" "$nm" "$(echo "$jm / $nm" | bc -l)" "$sm" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n $image ]]; then
  im=$(median "${image_walls[@]}"); ism=$(median "${image_start_walls[@]}")
  printf 'app image: compare %.2f s, ratio image/numpy %.2f× (goal <= 0.7); compare --epochs 1 %.2f s (goal <= 2.5)\n' \
    "$im" "$(echo "$im / $nm" | bc -l)" "$ism"
fi
