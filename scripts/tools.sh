#!/usr/bin/env bash
# Installs the real parts the phase, e2e and registry tests use when they are
# missing (each scripts/ensure-*.sh: Debian's docker-registry, Go). Run by the
# test commands that need them (npm test, test:phases, test:e2e); test:unit
# runs none of them, so that its first test starts at once.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in scripts/ensure-*.sh; do
  bash "$tool"
done
