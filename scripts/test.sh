#!/usr/bin/env bash
# The project's test command (npm test): installs the real parts the tests use
# when they are missing (Debian's docker-registry, Go), type-checks, runs jest.
# Arguments go to jest: npm test -- __tests__/phases/prepare-release
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in scripts/ensure-*.sh; do
  bash "$tool"
done
npx tsc --noEmit -p tsconfig.check.json
NODE_OPTIONS=--experimental-vm-modules exec npx jest "$@"
