#!/usr/bin/env bash
# Runs every test: installs the local translation engine and Chromium if missing (the end-to-end
# tests start their own Apertium APY on a free port; the report test opens report.html in headless
# Chromium), then builds and tests with Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
pipelines/install-deps.sh --tests
mvn -B verify "$@"
