#!/usr/bin/env bash
# Measurements (not tests) for docs/quality.md.
#
#   pipelines/measure-quality.sh [es] [--endpoint=http://127.0.0.1:2737] [--write-translations=FILE]
#     English -> Spanish with a real Apertium APY: masks, translates and restores every corpus
#     abstract; reports protected-span survival and the quality gate's rejections. Starts its own
#     APY on a free port unless given --endpoint=URL.
#
#   pipelines/measure-quality.sh ko [--pairs=JSONL] [--labels=TSV] [--maxAttempts=N ...]
#     Runs the whole job (--provider=openai --targetLanguage=ko) over digests built from the real
#     Korean LLM translations in /work/shared/corpus/ko-llm/pairs.jsonl, against a replay server
#     that answers each request with the recorded Korean; prints the reader's labels
#     (src/test/resources/quality/ko-llm-labels.tsv) against what the job did.
set -euo pipefail
cd "$(dirname "$0")/.."
MAIN=com.digesttranslator.translate.quality.QualityMeasurement
if [ "${1:-}" = ko ]; then
  MAIN=com.digesttranslator.translate.quality.KoreanReplayMeasurement
  shift
elif [ "${1:-}" = es ]; then
  shift
elif [ -n "${1:-}" ] && [ "${1#--}" = "$1" ]; then
  echo "usage: $0 [es|ko] [--option=value ...]" >&2
  exit 2
fi
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/quality.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/quality.classpath)"
exec java -Xmx1g -cp "$CP" "$MAIN" "$@"
