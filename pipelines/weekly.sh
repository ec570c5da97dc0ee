#!/usr/bin/env bash
# Translates one week's digest, for cron or a systemd timer: by default the last complete ISO
# week (the one before today's), or --week=YYYY-Www. Every week shares one translation cache, so
# a second run of the same week requests nothing, and a run after a failure retries only what
# failed. Quiet when everything was translated (one line on stdout); when anything failed, the
# summary goes to stdout, the verdict line to stderr, and the exit code is the job's (3: some
# abstracts failed, 2: bad options or provider, 1: crash) or 4 (no digest for the week yet).
#
#   pipelines/weekly.sh [--week=YYYY-Www] [job options, e.g. --provider=deepl --apiKeyEnv=DEEPL_API_KEY]
#
# Environment:
#   WEEKLY_INBOX  directory where new digests arrive (default data/digests); every *.txt whose
#                 name or header names the week is translated
#   WEEKLY_DIR    root of the outputs (default out/weekly):
#                   WEEKLY_DIR/cache/          the translation cache of every week (--cacheDir)
#                   WEEKLY_DIR/YYYY-Www/       the week's --output: digests/, markdown/, json/,
#                                              summary.json, failures.jsonl, report.html, run.log
#   DIGEST_TRANSLATOR  the command that runs the job (default: java -Xmx1g -jar target/digest-translator.jar)
#   TODAY         the date the latest week is counted from (default: today), YYYY-MM-DD
set -euo pipefail
cd "$(dirname "$0")/.."

INBOX="${WEEKLY_INBOX:-data/digests}"
ROOT="${WEEKLY_DIR:-out/weekly}"
TODAY="${TODAY:-$(date -u +%F)}"
read -r -a JOB <<<"${DIGEST_TRANSLATOR:-java -Xmx1g -jar target/digest-translator.jar}"

WEEK=""
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --week=*) WEEK="${arg#--week=}" ;;
    --input=* | --output=* | --cacheDir=* | --weeks=*)
      echo "weekly.sh: $arg is set by this script (see WEEKLY_INBOX and WEEKLY_DIR)" >&2
      exit 2 ;;
    *) ARGS+=("$arg") ;;
  esac
done
if [ -z "$WEEK" ]; then
  WEEK="$(date -u -d "$TODAY - 7 days" +%G-W%V)"
fi
if ! [[ "$WEEK" =~ ^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$ ]]; then
  echo "weekly.sh: --week=$WEEK is not an ISO week such as 2026-W03" >&2
  exit 2
fi
case " ${ARGS[*]-} " in
  *" --formats="*) ;;
  *) ARGS+=("--formats=txt,md,json") ;;
esac

# The week's digests: a file named after the week, or whose header names it.
INPUTS=()
shopt -s nullglob
for file in "$INBOX"/*.txt; do
  if [[ "$(basename "$file")" == *"$WEEK"* ]] || head -n 3 "$file" | grep -qF -- "$WEEK"; then
    INPUTS+=("$file")
  fi
done
shopt -u nullglob
if [ "${#INPUTS[@]}" -eq 0 ]; then
  echo "weekly.sh: $WEEK: no digest for this week in $INBOX yet" >&2
  exit 4
fi

OUT="$ROOT/$WEEK"
mkdir -p "$OUT" "$ROOT/cache"
# One run at a time: two runs of one week would pay twice for what neither has journaled yet.
exec 9>"$ROOT/.lock"
if ! flock -n 9; then
  echo "weekly.sh: another weekly run holds $ROOT/.lock" >&2
  exit 2
fi

if [ "${JOB[*]}" = "java -Xmx1g -jar target/digest-translator.jar" ] && [ ! -f target/digest-translator.jar ]; then
  mvn -B -q package -DskipTests
fi

set +e
"${JOB[@]}" --input="$(IFS=,; echo "${INPUTS[*]}")" --output="$OUT" --cacheDir="$ROOT/cache" \
  --weeks="$WEEK" "${ARGS[@]}" >"$OUT/run.log" 2>&1
status=$?
set -e

# One line from summary.json, which the job writes afresh on exit 0 and 3.
summary_line() {
  python3 - "$OUT/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"{s['abstracts']} abstracts = {s['translated']} translated ({s['fromCache']} from cache)"
      f" + {s['reused']} reused + {s['failed']} failed, {s['badFiles']} bad files;"
      f" {s['requests']} requests")
PY
}

case "$status" in
  0)
    echo "weekly.sh: $WEEK ok: $(summary_line). Outputs: $OUT"
    exit 0 ;;
  3)
    cat "$OUT/summary.txt"
    echo "weekly.sh: $WEEK FAILED (exit 3): $(summary_line). See $OUT/failures.jsonl" >&2 ;;
  *)
    tail -n 20 "$OUT/run.log"
    echo "weekly.sh: $WEEK FAILED (exit $status): $(grep -m1 '^digest-translator:' "$OUT/run.log" \
      || echo "see $OUT/run.log")" >&2 ;;
esac
exit "$status"
