#!/usr/bin/env bash
# Installs the Debian packages this project runs with, if missing:
#   apertium apertium-eng-spa apertium-apy  (the local translation engine)
# and with --tests also what the tests need:
#   chromium                                (headless browser for the run report's browser test)
# Needs root (or sudo) only when something is missing.
set -euo pipefail

missing=()
command -v apertium-apy >/dev/null || missing+=(apertium-apy)
command -v apertium >/dev/null || missing+=(apertium)
[ -e /usr/share/apertium/modes/eng-spa.mode ] || missing+=(apertium-eng-spa)
if [ "${1:-}" = --tests ]; then
  command -v chromium >/dev/null || missing+=(chromium)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null; then
  SUDO=sudo
else
  echo "Missing packages: ${missing[*]}. Install them as root: apt-get install -y ${missing[*]}" >&2
  exit 2
fi
echo "Installing ${missing[*]}..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
