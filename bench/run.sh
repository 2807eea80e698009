#!/usr/bin/env bash
# Builds the test classes, runs the JMH benchmarks (one ND4J thread per fork) and the numpy baseline side by
# side, and prints the ratio table. Writes target/bench/{jmh,numpy}.json and target/bench/scaling.png.
# Usage: bench/run.sh [extra JMH args, e.g. a benchmark regex]
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"

mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt"
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"

if ! /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  apt-get install -y python3-numpy
fi

echo "load before JMH: $(uptime)"
java -cp "$cp" -Dmoons.nd4j.threads=1 org.openjdk.jmh.Main \
  -jvmArgs "-Xmx1g -Dmoons.nd4j.threads=1 -Djmh.ignoreLock=true" \
  -rf json -rff "$out/jmh.json" "$@"

echo "load before numpy: $(uptime)"
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/numpy_baseline.py "$out/numpy.json" > /dev/null

/usr/bin/python3 bench/report.py "$out/jmh.json" "$out/numpy.json" "$out/scaling.png"
