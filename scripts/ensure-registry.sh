#!/usr/bin/env bash
# Installs Debian's docker-registry (the CNCF distribution registry) for the
# registry tests, which start their own `docker-registry serve` process.
# Never starts or enables the system service.
set -euo pipefail

REGISTRY_BIN=/usr/bin/docker-registry

if [ -x "$REGISTRY_BIN" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-registry: $REGISTRY_BIN is missing; run this script as root (apt-get install -y docker-registry)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# policy-rc.d exit 101 keeps the package's postinst from starting the daemon.
policy=/usr/sbin/policy-rc.d
created_policy=false
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod +x "$policy"
  created_policy=true
fi
cleanup() { if $created_policy; then rm -f "$policy"; fi; }
trap cleanup EXIT

if ! apt-cache show docker-registry >/dev/null 2>&1; then
  apt-get update
fi
apt-get install -y --no-install-recommends docker-registry || { apt-get update && apt-get install -y --no-install-recommends docker-registry; }

if [ ! -x "$REGISTRY_BIN" ]; then
  echo "ensure-registry: apt-get installed docker-registry but $REGISTRY_BIN is not there" >&2
  exit 1
fi
