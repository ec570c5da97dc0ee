#!/usr/bin/env bash
# Measurement (not a test) for docs/quality.md: masks, translates (English -> Spanish with a real
# Apertium APY) and restores every corpus abstract; reports protected-span survival and the
# quality gate's rejections. Starts its own APY on a free port unless given --endpoint=URL.
#   pipelines/measure-quality.sh [--endpoint=http://127.0.0.1:2737] [--write-translations=FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/quality.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/quality.classpath)"
exec java -Xmx1g -cp "$CP" com.digesttranslator.translate.QualityMeasurement "$@"
