#!/usr/bin/env bash
# Creates the Cloud Monitoring alert policy of pipelines/dataflow/alert-policy.json: it fires when a
# digest-translator job on Dataflow counts failed abstracts (the translate/failed_abstracts_<class>
# counters) or fails as a whole, and notifies the given channels. Run it once per project; a
# second run creates a second policy (change one with `gcloud monitoring policies update`).
#
#   PROJECT=my-project BUCKET=my-bucket \
#   NOTIFICATION_CHANNELS=projects/my-project/notificationChannels/123 \
#   pipelines/dataflow/create-alert-policy.sh
#
# List the channels (create one in the console, Monitoring > Alerting > Edit notification channels):
#   gcloud beta monitoring channels list --project=my-project --format='value(name,displayName)'
# PRINT_ONLY=1 prints the policy and the gcloud command instead of running it.
set -euo pipefail
cd "$(dirname "$0")/../.."

: "${PROJECT:?set PROJECT to the Google Cloud project id}"
: "${BUCKET:?set BUCKET to the bucket of the weekly output, named in the policy documentation}"
: "${NOTIFICATION_CHANNELS:?set NOTIFICATION_CHANNELS to channel resource names, comma-separated}"

# Fills in ${BUCKET} only: ${resource.label.job_name} is Cloud Monitoring's, filled in per incident.
POLICY="$(mktemp)"
trap 'rm -f "$POLICY"' EXIT
text="$(cat pipelines/dataflow/alert-policy.json)"
placeholder='${BUCKET}'
printf '%s\n' "${text//"$placeholder"/"$BUCKET"}" >"$POLICY"

COMMAND=(gcloud monitoring policies create --project="$PROJECT" --policy-from-file="$POLICY"
  --notification-channels="$NOTIFICATION_CHANNELS")
if [ "${PRINT_ONLY:-}" = 1 ]; then
  cat "$POLICY"
  printf '%q ' "${COMMAND[@]}"
  echo
  exit 0
fi
"${COMMAND[@]}"
