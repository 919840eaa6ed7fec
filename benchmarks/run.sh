#!/usr/bin/env bash
# Runs the whole suite in ONE JMH run (+ the CPython timeit script) and writes everything to benchmarks/results/.
#   benchmarks/run.sh quick   # -f 1 -wi 2 -i 3, 500 ms iterations, 1,000,000 records, no 1 GiB mapped scan (< 10 min)
#   benchmarks/run.sh full    # the README's run: annotation defaults (5 x 1 s warm-up, 5 x 1 s measurement),
#                             # 4,000,000 records, the 1 GiB mapped scan included, -prof gc
# Build first: mvn -B -q package -pl benchmarks -am -DskipTests
# JAVA defaults to the Temurin 25 beside the default JDK 17.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
mode="${1:-quick}"; shift || true
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
out="$here/results/$mode"
mkdir -p "$out"
{
  echo "date: $(date -u +%FT%TZ)"; echo "uptime: $(uptime)"; echo
  "$JAVA" -version 2>&1; echo; python3 --version; echo; lscpu; echo; free -m
} > "$out/machine.txt"
case "$mode" in
  quick) args=(-f 1 -wi 2 -i 3 -w 500ms -r 500ms -p records=1000000 -e 'MappedScan|WrapCost') ; pyrec=1000000 ;;
  full)  args=() ; pyrec=1000000 ;;
  *) echo "usage: $0 quick|full [extra JMH args]" >&2; exit 2 ;;
esac
start=$(date +%s)
"$JAVA" -jar "$here/target/benchmarks.jar" "${args[@]}" -prof gc -rf json -rff "$out/jmh.json" "$@" \
  | tee "$out/jmh.txt"
echo "JMH wall time: $(( $(date +%s) - start )) s" | tee -a "$out/machine.txt"
python3 "$here/python/struct_timeit.py" --records "$pyrec" --json "$out/cpython.json" | tee "$out/cpython.txt"
echo "after: $(uptime)" >> "$out/machine.txt"
python3 "$here/report.py" "$out/jmh.json" "$out/cpython.json" > "$out/tables.md"
echo "tables: $out/tables.md"
