#!/usr/bin/env bash
# Creates (or updates) the Cloud Scheduler job that launches the Flex Template every week for the
# last complete ISO week: it POSTs pipelines/dataflow/weekly-launch.json, with the variables below
# filled in, to Dataflow's flexTemplates:launch with an OAuth token of SCHEDULER_SA. The body says
# weeks=last and the job resolves it when it is launched, so the body never changes from week to
# week. Build the template first (build-flex-template.sh); set-up and roles: docs/dataflow.md.
#
#   PROJECT=my-project REGION=europe-west1 BUCKET=my-bucket pipelines/dataflow/schedule-weekly.sh
#
# Optional: PROVIDER (default deepl), API_KEY_SECRET (default
# projects/PROJECT/secrets/PROVIDER-api-key/versions/latest), TARGET_LANGUAGE (default ko),
# TEMPLATE (default gs://BUCKET/templates/digest-translator.json), SERVICE_ACCOUNT (the job's,
# default digest-translator@PROJECT.iam.gserviceaccount.com), SCHEDULER_SA (the caller's, default
# digest-translator-scheduler@PROJECT.iam.gserviceaccount.com), SCHEDULE (cron, default Mondays
# 06:00), TIME_ZONE (default Etc/UTC), JOB (default digest-translator-weekly).
# PRINT_ONLY=1 prints the request body and the gcloud command instead of running it.
set -euo pipefail
cd "$(dirname "$0")/../.."

: "${PROJECT:?set PROJECT to the Google Cloud project id}"
: "${REGION:?set REGION to the Dataflow region, e.g. europe-west1}"
: "${BUCKET:?set BUCKET to the bucket name (without gs://) of digests, outputs, cache and template}"
PROVIDER="${PROVIDER:-deepl}"
API_KEY_SECRET="${API_KEY_SECRET:-projects/${PROJECT}/secrets/${PROVIDER}-api-key/versions/latest}"
TARGET_LANGUAGE="${TARGET_LANGUAGE:-ko}"
TEMPLATE="${TEMPLATE:-gs://${BUCKET}/templates/digest-translator.json}"
SERVICE_ACCOUNT="${SERVICE_ACCOUNT:-digest-translator@${PROJECT}.iam.gserviceaccount.com}"
SCHEDULER_SA="${SCHEDULER_SA:-digest-translator-scheduler@${PROJECT}.iam.gserviceaccount.com}"
# Monday 06:00 UTC: the week ended at midnight, and the digest has had six hours to arrive.
SCHEDULE="${SCHEDULE:-0 6 * * 1}"
TIME_ZONE="${TIME_ZONE:-Etc/UTC}"
JOB="${JOB:-digest-translator-weekly}"

# Fills in ${NAME} for these variables only; anything else in the file is left as it is.
render() {
  local text name placeholder
  text="$(cat "$1")"
  for name in PROJECT REGION BUCKET PROVIDER API_KEY_SECRET TARGET_LANGUAGE TEMPLATE SERVICE_ACCOUNT; do
    placeholder='${'"$name"'}'
    text="${text//"$placeholder"/"${!name}"}"
  done
  printf '%s\n' "$text"
}

BODY="$(mktemp)"
trap 'rm -f "$BODY"' EXIT
render pipelines/dataflow/weekly-launch.json >"$BODY"

URI="https://dataflow.googleapis.com/v1b3/projects/${PROJECT}/locations/${REGION}/flexTemplates:launch"
# A retried launch is safe: Dataflow refuses a second job named digest-translator-weekly while the
# first one runs.
FLAGS=(--project="$PROJECT" --location="$REGION" --schedule="$SCHEDULE" --time-zone="$TIME_ZONE"
  --uri="$URI" --http-method=POST --message-body-from-file="$BODY"
  --oauth-service-account-email="$SCHEDULER_SA"
  --oauth-token-scope=https://www.googleapis.com/auth/cloud-platform
  --attempt-deadline=180s --max-retry-attempts=3 --min-backoff=300s)

if gcloud scheduler jobs describe "$JOB" --project="$PROJECT" --location="$REGION" \
    >/dev/null 2>&1 </dev/null; then
  VERB=update
  FLAGS+=(--update-headers=Content-Type=application/json)
else
  VERB=create
  FLAGS+=(--headers=Content-Type=application/json)
fi

if [ "${PRINT_ONLY:-}" = 1 ]; then
  cat "$BODY"
  printf '%q ' gcloud scheduler jobs "$VERB" http "$JOB" "${FLAGS[@]}"
  echo
  exit 0
fi
gcloud scheduler jobs "$VERB" http "$JOB" "${FLAGS[@]}"
echo "Scheduled: $JOB ($SCHEDULE $TIME_ZONE) launches $TEMPLATE for the last complete ISO week."
echo "Run it now: gcloud scheduler jobs run $JOB --project=$PROJECT --location=$REGION"
