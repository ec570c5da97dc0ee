#!/usr/bin/env bash
# Translates the bundled sample digests (data/digests/) into Spanish with a local Apertium engine.
# On a fresh Debian machine: installs Apertium if missing (as root), starts APY on 127.0.0.1 if
# none answers, builds the jar if needed, runs the job, prints the summary, stops the APY it started.
# Extra arguments are passed to the job, e.g. --maxConcurrentRequests=8 or --output=DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${APERTIUM_PORT:-2737}"
OUTPUT="${OUTPUT:-out/local}"
MODES=/usr/share/apertium/modes
HEAP="${JAVA_HEAP:--Xmx1g}"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

start_apy() {
  mkdir -p target
  /usr/bin/python3 pipelines/apy-loopback.py -p "$PORT" "$MODES" >target/apy.log 2>&1 &
  APY_PID=$!
  trap 'kill "$APY_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    port_open && return
    kill -0 "$APY_PID" 2>/dev/null || { echo "APY failed to start; see target/apy.log" >&2; exit 2; }
    sleep 0.5
  done
  echo "APY did not answer on port $PORT within 30 s; see target/apy.log" >&2
  exit 2
}

build_if_needed() {
  local jar=target/digest-translator.jar
  if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
    echo "Building $jar..."
    mvn -B -q package -DskipTests
  fi
}

if port_open; then
  echo "Using the Apertium APY already answering on 127.0.0.1:$PORT"
else
  pipelines/install-deps.sh
  echo "Starting Apertium APY on 127.0.0.1:$PORT"
  start_apy
fi
build_if_needed

# Whole-run rate, JVM start included: what the engine delivered to this machine's user.
print_throughput() {
  /usr/bin/python3 - "$OUTPUT" "$1" <<'PY'
import json, re, sys, time
out, seconds = sys.argv[1], time.time() - float(sys.argv[2])
counts = json.load(open(out + "/summary.json"))
sent = counts["translated"] - counts["fromCache"]
match = re.search(r"^\s*Characters\s+([\d,]+)", open(out + "/summary.txt").read(), re.M)
rate = f", {int(match.group(1).replace(',', '')) / seconds:,.0f} characters/s" if match else ""
print(f"Throughput: {sent} abstracts translated by the engine in {seconds:.1f} s "
      f"(JVM start included): {sent / seconds:.1f} abstracts/s{rate}")
PY
}

source pipelines/cds.sh
cds_flags local target/digest-translator.jar
set +e
started=$(date +%s.%N)
# The engine shares this machine's cores: local-engine.jvm keeps the JVM's own CPU (JIT, GC)
# small so that the engine gets them (docs/benchmarks.md, section 4); class-data sharing spares
# most of the class loading from the second run on (pipelines/cds.sh).
java @pipelines/local-engine.jvm "${CDS_FLAGS[@]}" "$HEAP" -jar target/digest-translator.jar \
  --input='data/digests/*.txt' --output="$OUTPUT" \
  --provider=apertium --endpoint="http://127.0.0.1:$PORT" \
  --sourceLanguage=en --targetLanguage=es --glossary=data/glossary/en-es.tsv "$@"
status=$?
set -e
cds_keep
out_dir="$OUTPUT"
for arg in "$@"; do case "$arg" in --output=*) out_dir="${arg#--output=}" ;; esac; done
case "$status" in 0|3) OUTPUT="$out_dir" print_throughput "$started" ;; esac
echo "Exit code $status (0 all translated, 3 finished with failures, 2 bad options or provider, 1 crash)"
exit "$status"
