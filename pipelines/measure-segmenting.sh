#!/usr/bin/env bash
# Measurement (not a test) for docs/segmenting.md: sentence boundaries found in every corpus
# abstract by the old pattern and by Segmenter, and how many fall right after an abbreviation.
#   pipelines/measure-segmenting.sh [CORPUS_DIR]   (default /work/shared/corpus/weeks)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/segmenting.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/segmenting.classpath)"
exec java -Xmx1g -cp "$CP" com.digesttranslator.translate.resilience.SentenceSplitMeasurement "$@"
