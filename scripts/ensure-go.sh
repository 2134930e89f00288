#!/usr/bin/env bash
# Installs Debian's Go toolchain (golang-go: Go 1.19 on bookworm) for the
# operator-release tests, which run the real `go get`, `go mod tidy` and
# `go mod vendor` against a file-based GOPROXY that the tests write.
set -euo pipefail

if command -v go >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-go: go is missing; run this script as root (apt-get install -y golang-go)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show golang-go >/dev/null 2>&1; then
  apt-get update
fi
apt-get install -y --no-install-recommends golang-go || { apt-get update && apt-get install -y --no-install-recommends golang-go; }

if ! command -v go >/dev/null 2>&1; then
  echo "ensure-go: apt-get installed golang-go but go is not on PATH" >&2
  exit 1
fi
