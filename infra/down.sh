#!/usr/bin/env bash
# Stops what infra/up.sh started (npm run infra:down).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
"$HERE/kafka.sh" down
"$HERE/postgres.sh" down
