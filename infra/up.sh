#!/usr/bin/env bash
# Starts everything the services need locally (npm run infra:up).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$HERE/postgres.sh" up
"$HERE/kafka.sh" up
