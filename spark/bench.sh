#!/usr/bin/env bash
# Runs the Spark tick benchmark (TicksBenchmark): structview source vs Parquet vs binaryFile + hand parsing.
# Usage: spark/bench.sh [GiB=1] [runs=3] [dir=spark/target/ticks-bench]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl spark -am test-compile -DskipTests
mvn -B -q -pl spark dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
FLAGS=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' spark/pom.xml)
CP="spark/target/test-classes:spark/target/classes:$(cat spark/target/bench.classpath)"
# shellcheck disable=SC2086
exec "$JAVA" -Xmx6g $FLAGS -cp "$CP" io.structview.spark.bench.TicksBenchmark "${1:-1}" "${2:-3}" "${3:-spark/target/ticks-bench}"
