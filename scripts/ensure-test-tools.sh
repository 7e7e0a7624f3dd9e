#!/usr/bin/env bash
# The one tool the test suite needs outside node_modules: poppler's pdftotext, whose -layout text
# of the real published PDFs (../shared/real) must read to the same tables as the PDFs themselves
# (test/convert/published-pdf.test.ts). Installed from Debian's apt when missing (npm test runs this
# first); the PDFs the other tests read are committed, so LibreOffice and Chromium are not needed.
set -euo pipefail
command -v pdftotext >/dev/null 2>&1 && exit 0
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "npm test needs pdftotext: install Debian's poppler-utils (apt-get install poppler-utils)" >&2
  exit 1
fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "[ensure-test-tools] installing poppler-utils (pdftotext)"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
