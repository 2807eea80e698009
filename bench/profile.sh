#!/usr/bin/env bash
# The per-op profile of one train step (N 1000, H 16, float64, ReLU; one ND4J thread): builds the test classes and
# runs dev.moons.model.TrainStepProfile (test sources), which prints the markdown table, the FLOP count, the
# 1000×1000 dgemm rate and the distance to the limit. ~15 s after the build. Usage: bench/profile.sh [rounds, 41]
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt"
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
java -cp "$cp" -Xmx1g -Dmoons.nd4j.threads=1 dev.moons.model.TrainStepProfile "$@"
