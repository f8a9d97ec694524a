#!/usr/bin/env bash
# Lets `npm start` and `npm test` be the first commands on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
