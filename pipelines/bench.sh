#!/usr/bin/env bash
# Benchmarks (not tests): prints Markdown tables for docs/benchmarks.md.
#   pipelines/bench.sh throughput   # job vs a fake service of fixed latency, N in {1,4,16,32}
#   pipelines/bench.sh overhead     # job with an instant translator vs a plain parse/render loop, 1,040 weeks,
#                                   # and Beam's floor: a two-step pipeline on the Direct Runner
#                                   # (overhead and scale: from jars, with class-data sharing; CDS=0: without)
#   pipelines/bench.sh scale        # ten years: 520 weeks of 10-50 abstracts, Direct Runner, 2 GiB heap
#   pipelines/bench.sh gate         # the quality gate alone on the overhead benchmark's replies (ROUNDS=3)
#   pipelines/bench.sh engine       # job vs a plain client on a local Apertium (ROUNDS=4 each, N=4),
#                                   # and the job's CPU while it waits on a 1 s-latency fake;
#                                   # JOB_OPTIONS='--targetParallelism=6' passes options to the job,
#                                   # JOB_JVM='-Xmx1g' replaces its JVM flags (run-local.sh's by default)
# System properties pass through JAVA_OPTS, e.g. JAVA_OPTS='-DlatencyMillis=50 -Dbounds=8'.
set -euo pipefail
cd "$(dirname "$0")/.."
# The runtime class path, as in the jar a user runs: the test scope adds the Dataflow runner,
# whose option registrars, file systems and OpenCensus threads a user's run never has.
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -DincludeScope=runtime
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
HEAP="${BENCH_HEAP:--Xmx2g}"
case "${1:-throughput}" in
  throughput) exec java $HEAP ${JAVA_OPTS:-} -cp "$CP" com.digesttranslator.bench.ThroughputBenchmark ;;
  overhead|scale)
    if [ "$1" = overhead ]; then WEEKS=1040 MIN=10 MAX=10; else WEEKS=520 MIN=10 MAX=50; fi
    DIR="target/bench/$1"
    rm -rf "$DIR"
    # Class-data sharing (pipelines/cds.sh; CDS=0: off) maps classes from jars only. Each mode
    # has its own archive, recorded by a one-week run (train) so that no measured run records one.
    for classes in classes test-classes; do
      if [ ! -f "target/bench/$classes.jar" ] || [ -n "$(find "target/$classes" -newer "target/bench/$classes.jar" -print -quit)" ]; then
        mkdir -p target/bench && jar cf "target/bench/$classes.jar" -C "target/$classes" .
      fi
    done
    JARS="target/bench/test-classes.jar:target/bench/classes.jar:$(cat target/bench.classpath)"
    source pipelines/cds.sh
    # Synthesising lists the corpus as files, so it runs from the class directories, uncounted.
    run() {
      local classpath=$JARS
      CDS_FLAGS=() && CDS_RECORDING=
      if [ "$1" = synth ]; then classpath=$CP; else cds_flags "bench-$1" "$JARS"; fi
      java $HEAP ${JAVA_OPTS:-} "${CDS_FLAGS[@]}" -cp "$classpath" com.digesttranslator.bench.OverheadBenchmark "$@" 2>&1 | grep -v ' INFO '
      cds_keep
    }
    train() {
      cds_flags "bench-$1" "$JARS"
      if [ -n "$CDS_RECORDING" ]; then run "$@" >/dev/null; fi
    }
    run synth "$DIR/in" "$WEEKS" "$MIN" "$MAX"
    run synth "$DIR/train" 1 "$MIN" "$MIN" >/dev/null
    train job "$DIR/train" "$DIR/train-job" "${N:-4}"
    if [ "$1" = overhead ]; then train plain "$DIR/train" "$DIR/train-plain" && train floor; fi
    run job "$DIR/in" "$DIR/job" "${N:-4}"
    [ "$1" = overhead ] && run plain "$DIR/in" "$DIR/plain" && run floor
    if [ "$1" = overhead ]; then
      diff -rq "$DIR/job/digests" "$DIR/plain" >/dev/null \
        && echo "all $WEEKS digests byte-identical between the job and the plain loop" \
        || { echo "job and plain loop outputs differ" >&2; exit 1; }
    fi
    ;;
  gate)
    # The quality gate alone over the replies of the overhead benchmark's input (same JVM flags).
    DIR=target/bench/overhead
    [ -d "$DIR/in" ] || java $HEAP -cp "$CP" com.digesttranslator.bench.OverheadBenchmark synth "$DIR/in" 1040 10 10
    java $HEAP ${JAVA_OPTS:-} -cp "$CP" com.digesttranslator.bench.OverheadBenchmark gate "$DIR/in" "${ROUNDS:-3}"
    ;;
  engine)
    # The job runs as run-local.sh runs it: the jar, with pipelines/local-engine.jvm.
    JAR=target/digest-translator.jar
    if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
      mvn -B -q package -DskipTests
    fi
    DIR=target/bench/engine
    rm -rf "$DIR" && mkdir -p "$DIR"
    run() {
      java ${JAVA_OPTS:-} -Djob.jar="$JAR" -Djob.jvm="${JOB_JVM:-@pipelines/local-engine.jvm -Xmx1g}" \
        -cp "$CP" com.digesttranslator.bench.EngineBenchmark "$@"
    }
    uptime
    run compare "$DIR" "${ROUNDS:-4}" "${N:-4}" ${JOB_OPTIONS:-}
    echo
    echo "| the job waiting on a 1 s-latency fake | waiting s | CPU s | CPU, % of one core | max in flight |"
    echo "|---|---|---|---|---|"
    for _ in $(seq 1 "${ROUNDS:-4}"); do
      run waiting "${N:-4}" "${PER_SHARD:-10}" ${JOB_OPTIONS:-} 2>&1 | grep -v ' INFO '
    done
    uptime
    ;;
  *) echo "usage: $0 throughput|overhead|scale|gate|engine" >&2; exit 2 ;;
esac
