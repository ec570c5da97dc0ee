#!/usr/bin/env bash
# Benchmarks (not tests): prints Markdown tables for docs/benchmarks.md.
#   pipelines/bench.sh throughput   # job vs a fake service of fixed latency, N in {1,4,16,32}
#   pipelines/bench.sh overhead     # job with an instant translator vs a plain parse/render loop
# System properties pass through JAVA_OPTS, e.g. JAVA_OPTS='-DlatencyMillis=50 -Dbounds=8'.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
HEAP="${BENCH_HEAP:--Xmx2g}"
case "${1:-throughput}" in
  throughput) exec java $HEAP ${JAVA_OPTS:-} -cp "$CP" com.digesttranslator.bench.ThroughputBenchmark ;;
  overhead)   exec java $HEAP ${JAVA_OPTS:-} -cp "$CP" com.digesttranslator.bench.OverheadBenchmark ;;
  *) echo "usage: $0 throughput|overhead" >&2; exit 2 ;;
esac
