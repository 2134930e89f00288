#!/usr/bin/env bash
# The project's test command (npm test): installs the real parts the tests use
# when they are missing (scripts/tools.sh), type-checks, runs jest.
# Arguments go to jest: npm test -- __tests__/phases/prepare-release
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/tools.sh
npx tsc --noEmit -p tsconfig.check.json
NODE_OPTIONS=--experimental-vm-modules exec npx jest "$@"
