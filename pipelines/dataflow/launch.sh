#!/usr/bin/env bash
# Runs the job on Dataflow straight from this machine (no template): builds the jar with the
# Dataflow runner if needed, submits the job, waits for it, prints the summary and exits with the
# job's exit code (0 all translated, 3 some failed, 2 invalid options, 1 crash). Job options follow
# as arguments; keys come from Secret Manager (--apiKeySecret), never from an option value.
#
#   PROJECT=my-project REGION=europe-west1 BUCKET=my-bucket pipelines/dataflow/launch.sh \
#     --input='gs://my-bucket/digests/*.txt' --output=gs://my-bucket/translated/run-1 \
#     --provider=deepl --apiKeySecret=projects/my-project/secrets/deepl-api-key/versions/latest \
#     --targetLanguage=ko --maxConcurrentRequests=4
#
# Optional: MAX_WORKERS (default 2; see docs/dataflow.md for how it relates to
# --maxConcurrentRequests), SERVICE_ACCOUNT (default digest-translator@PROJECT.iam.gserviceaccount.com).
set -euo pipefail
cd "$(dirname "$0")/../.."

: "${PROJECT:?set PROJECT to the Google Cloud project id}"
: "${REGION:?set REGION to the Dataflow region, e.g. europe-west1}"
: "${BUCKET:?set BUCKET to the bucket name (without gs://) for staging and temp files}"
MAX_WORKERS="${MAX_WORKERS:-2}"
SERVICE_ACCOUNT="${SERVICE_ACCOUNT:-digest-translator@${PROJECT}.iam.gserviceaccount.com}"
JAR=target/digest-translator.jar

# The default build leaves the Dataflow runner out of the jar.
if ! unzip -l "$JAR" 'org/apache/beam/runners/dataflow/DataflowRunner.class' >/dev/null 2>&1; then
  mvn -B -q package -Pdataflow-runner -DskipTests
fi

# The jar logs Beam at WARN only; these loggers show staging, the console URL, job messages and state.
exec java \
  -Dorg.slf4j.simpleLogger.log.org.apache.beam.runners.dataflow.DataflowRunner=info \
  -Dorg.slf4j.simpleLogger.log.org.apache.beam.runners.dataflow.DataflowPipelineJob=info \
  -Dorg.slf4j.simpleLogger.log.org.apache.beam.runners.dataflow.util=info \
  -jar "$JAR" \
  --runner=DataflowRunner \
  --project="$PROJECT" \
  --region="$REGION" \
  --tempLocation="gs://$BUCKET/temp" \
  --stagingLocation="gs://$BUCKET/staging" \
  --serviceAccount="$SERVICE_ACCOUNT" \
  --maxNumWorkers="$MAX_WORKERS" \
  "$@"
