#!/usr/bin/env bash
# Builds the Flex Template: the job jar with the Dataflow runner, the launcher image (built by Cloud
# Build from pipelines/dataflow/Dockerfile, so no local Docker is needed) and the template spec on
# Cloud Storage that `gcloud dataflow flex-template run` launches. Set-up and roles: docs/dataflow.md.
#
#   PROJECT=my-project REGION=europe-west1 BUCKET=my-bucket pipelines/dataflow/build-flex-template.sh
#
# Optional: REPOSITORY (Artifact Registry Docker repository, default digest-translator; it must
# exist), TAG (image tag, default the git commit).
set -euo pipefail
cd "$(dirname "$0")/../.."

: "${PROJECT:?set PROJECT to the Google Cloud project id}"
: "${REGION:?set REGION to the Dataflow region, e.g. europe-west1}"
: "${BUCKET:?set BUCKET to the bucket name (without gs://) for templates, staging and temp files}"
REPOSITORY="${REPOSITORY:-digest-translator}"
TAG="${TAG:-$(git rev-parse --short HEAD 2>/dev/null || date +%Y%m%d-%H%M%S)}"
IMAGE="${REGION}-docker.pkg.dev/${PROJECT}/${REPOSITORY}/digest-translator:${TAG}"
TEMPLATE="gs://${BUCKET}/templates/digest-translator.json"

mvn -B -q package -Pdataflow-runner -DskipTests

# Only the Dockerfile and the jar are uploaded to Cloud Build, not the whole repository.
CONTEXT="$(mktemp -d)"
trap 'rm -rf "$CONTEXT"' EXIT
cp pipelines/dataflow/Dockerfile target/digest-translator.jar "$CONTEXT/"
# The image knows the template it is built for, so that a job's retry command can name it
# (--templateFile's default; see docs/dataflow.md).
echo "ENV DIGEST_TRANSLATOR_TEMPLATE=\"$TEMPLATE\"" >>"$CONTEXT/Dockerfile"
gcloud builds submit "$CONTEXT" --project="$PROJECT" --tag="$IMAGE"

gcloud dataflow flex-template build "$TEMPLATE" \
  --project="$PROJECT" \
  --image="$IMAGE" \
  --sdk-language=JAVA \
  --metadata-file=pipelines/dataflow/metadata.json

cat <<MSG
Template: $TEMPLATE (image $IMAGE)
Run it, for example:
  gcloud dataflow flex-template run "digest-translator-\$(date +%Y%m%d-%H%M%S)" \\
    --project=$PROJECT --region=$REGION --template-file-gcs-location=$TEMPLATE \\
    --service-account-email=digest-translator@$PROJECT.iam.gserviceaccount.com \\
    --staging-location=gs://$BUCKET/staging --temp-location=gs://$BUCKET/temp --max-workers=2 \\
    --parameters='input=gs://$BUCKET/digests/*.txt,output=gs://$BUCKET/translated/run-1,provider=deepl,targetLanguage=ko,maxConcurrentRequests=4,apiKeySecret=projects/$PROJECT/secrets/deepl-api-key/versions/latest'
(for several input globs, which are joined by commas: --parameters='^~^input=GLOB1,GLOB2~output=...'; see gcloud topic escaping)
MSG
