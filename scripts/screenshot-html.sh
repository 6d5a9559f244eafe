#!/usr/bin/env bash
# Takes a screenshot of an HTML report with headless Chromium, to look at the page as a person
# would. CI does not run it. Needs Debian's chromium package: apt-get install -y chromium.
# Usage: scripts/screenshot-html.sh REPORT.html [OUT.png] [WIDTH,HEIGHT]
set -euo pipefail
report="$(realpath "${1:?usage: $0 REPORT.html [OUT.png] [WIDTH,HEIGHT]}")"
png="$(realpath -m "${2:-${report%.html}.png}")"
size="${3:-1280,2000}"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# Every switch that would reach the network is off; the report itself loads nothing.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$png" --window-size="$size" \
  "file://$report" 2>/dev/null
echo "$png"
