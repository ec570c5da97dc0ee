#!/usr/bin/env bash
# Runs every test: installs the local translation engine if missing (the end-to-end tests start
# their own Apertium APY on a free port), then builds and tests with Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
pipelines/install-deps.sh
mvn -B verify "$@"
