#!/usr/bin/env bash
# Releases release-actions (the Release workflow runs it on a checkout with history):
# tags HEAD vX.Y.Z (annotated) and moves the major tag vX to it, then pushes both.
# Refused, before anything changes: a version that is not X.Y.Z, a tag vX.Y.Z on
# another commit, a version not above the latest release, and a new major: a breaking
# change gets a new major by hand (README, Versioning), never from this script.
# A rerun on the same commit pushes the same tags again and changes nothing.
# RELEASE_REMOTE: the remote (origin).
set -euo pipefail
fail() {
  echo "::error::$*" >&2
  exit 1
}
[ $# -eq 1 ] || fail "usage: scripts/release.sh X.Y.Z"
version="${1#v}"
[[ "$version" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || fail "version '$1' is not X.Y.Z"
major="v${BASH_REMATCH[1]}"
tag="v$version"
remote="${RELEASE_REMOTE:-origin}"
head=$(git rev-parse HEAD)

git fetch --quiet --force "$remote" '+refs/tags/*:refs/tags/*'
if existing=$(git rev-parse -q --verify "refs/tags/$tag^{commit}"); then
  [ "$existing" = "$head" ] || fail "$tag is already on $existing, not on HEAD ($head); tags are never moved"
fi
latest=$(git tag --list 'v[0-9]*.[0-9]*.[0-9]*' | grep -E '^v[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | tail -n 1 || true)
if [ -n "$latest" ] && [ "$latest" != "$tag" ]; then
  latest_major="v$(echo "${latest#v}" | cut -d. -f1)"
  [ "$latest_major" = "$major" ] ||
    fail "$tag is not in $latest_major, the current major (latest release $latest): a breaking change gets its new major by hand"
  [ "$(printf '%s\n%s\n' "$latest" "$tag" | sort -V | tail -n 1)" = "$tag" ] ||
    fail "$tag is not above the latest release $latest"
fi

if [ -z "${existing:-}" ]; then
  git tag -a "$tag" -m "release-actions $tag"
  echo "tagged $tag on $head"
else
  echo "$tag is already on $head"
fi
git tag -f "$major" "$head" >/dev/null
echo "$major -> $head"
git push "$remote" "refs/tags/$tag"
git push --force "$remote" "refs/tags/$major"
