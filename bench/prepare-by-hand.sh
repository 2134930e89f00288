#!/usr/bin/env bash
# prepare-by-hand.sh VERSION: the edits of `bpfman-release prepare --no-push --offline
# --version VERSION`, made the way a maintainer would by hand with sed, cp and git, in
# the bpfman checkout of the current folder (on main, clean). The benchmark's yardstick:
# `npm run bench` times it against the CLI on copies of the same tree and checks that
# both commit the same tree.
#
# It knows what a maintainer knows about the tree (the fixture's shape, and bpfman's):
# which files hold the version, the workspace members, the doc patterns. It makes no
# checks and writes no plan; new examples in examples/config/default/ and
# digest-pinned dispatcher images are left out.
set -euo pipefail

new=${1:?usage: prepare-by-hand.sh VERSION}
new=${new#v}
old=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"$/\1/p' Cargo.toml)
o=${old//./\\.} # the old version as a sed pattern
# A whole version: not inside 10.6.0, 0.6.01, 0.6.0.1 or 0.6.0-rc1.
before='\(^\|[^0-9.]\)'
after='\([^0-9.-]\|\.[^0-9]\|\.$\|-[^r]\|-$\|$\)'
any='[0-9]\+\.[0-9]\+\.[0-9]\+\(-rc[0-9]\+\)\?' # any release version

# Cargo.toml: the workspace version, and the path dependencies released with it.
sed -i -e "/^\[workspace.package\]/,/^\[/s/^version = \"$o\"/version = \"$new\"/" \
  -e "s/^\(.* = { version = \"\)$o\(\", path = \)/\1$new\2/" Cargo.toml

# Cargo.lock: the version line after the name of each workspace member.
members=$(sed -n 's/^name = "\(.*\)"$/\1/p' $(grep -l '^version.workspace = true' */Cargo.toml) |
  paste -sd '|')
sed -i -E "/^name = \"($members)\"$/{n;s/^version = \"$o\"$/version = \"$new\"/}" Cargo.lock

# examples/Makefile: VERSION ?= and the comments that show the version.
sed -i -e "s/^\(VERSION[ \t]*?=[ \t]*\)$o/\1$new/" \
  -e "/^[ \t]*#/s/$before\(v\?\)$o$after/\1\2$new\3/g" examples/Makefile

# examples/config: a copy of the newest release pair, with the version replaced inside.
latest=$(ls -d examples/config/v*.*.*/ | grep -v -e -selinux -e -rc | sed 's#.*/v\(.*\)/#\1#' | sort -V | tail -n 1)
if [ "$latest" != "$new" ] && [[ $new != *-rc* ]]; then
  for flavour in '' -selinux; do
    cp -r "examples/config/v$latest$flavour" "examples/config/v$new$flavour"
  done
  l=${latest//./\\.}
  find "examples/config/v$new" "examples/config/v$new-selinux" -type f -print0 |
    xargs -0 sed -i "s/$before\(v\?\)$l$after/\1\2$new\3/g"
fi

# bpfman/src/lib.rs: the dispatcher images pinned to the release tag, and the example tag
# in the comment above them.
sed -i -e "s#\(quay\.io/bpfman/\(xdp\|tc\)-dispatcher\):latest\"#\1:v$new\"#" \
  -e "/^\/\/ release tag, e\.g\./s/:v$any,/:v$new,/" bpfman/src/lib.rs

# Docs: the links and BPFMAN_REL of running-release.md and quick-start.md, RELEASE.md's examples.
sed -i -e "s#bpfman\.io/v$any/#bpfman.io/v$new/#g" -e "s#releases/download/v$any/#releases/download/v$new/#g" \
  -e "s/BPFMAN_REL=$any/BPFMAN_REL=$new/g" docs/getting-started/running-release.md
sed -i "s/BPFMAN_REL=$any/BPFMAN_REL=$new/g" docs/quick-start.md
sed -i "s/$before\(v\?\)$o$after/\1\2$new\3/g" RELEASE.md

# changelogs/CHANGELOG-vNEW.md: the pull requests merged since the previous release.
changelog=changelogs/CHANGELOG-v$new.md
if [ ! -e "$changelog" ]; then
  kind=patch
  [ "${old%.*}" = "${new%.*}" ] || kind=minor
  [ "${old%%.*}" = "${new%%.*}" ] || kind=major
  web=https://github.com/bpfman/bpfman
  {
    printf 'The v%s release is a %s release. The changes since v%s are listed below.\n\n' \
      "$new" "$kind" "$old"
    git log --reverse --merges --format='%s%x1f%b%x1e' "v$old..HEAD" |
      awk -v RS='\x1e' -v FS='\x1f' -v web="$web" -v earlier="$(
        git log --merges --format=%s "v$old" | sed -n 's/^Merge pull request #[0-9]* from \([^/]*\)\/.*/\1/p' | sort -u
      )" '
        BEGIN { n = split(earlier, e, "\n"); for (i = 1; i <= n; i++) seen[e[i]] = 1 }
        match($1, /^\n?Merge pull request #[0-9]+ from [^\/]+\//) {
          sub(/^\n/, "", $1); split($1, w, " "); number = substr(w[4], 2); user = w[6]; sub(/\/.*/, "", user)
          title = $2; sub(/^\n*/, "", title); sub(/\n.*/, "", title)
          changed = changed "* " title " by @" user " in " web "/pull/" number "\n"
          if (!(user in seen)) { seen[user] = 1; firsts = firsts "* @" user " made their first contribution in " web "/pull/" number "\n" }
        }
        END {
          if (changed != "") printf "## What'"'"'s Changed\n%s\n", changed
          if (firsts != "") printf "## New Contributors\n%s\n", firsts
        }'
    printf '**Full Changelog**: %s/compare/v%s...v%s\n' "$web" "$old" "$new"
  } >"$changelog"
fi

# One signed-off commit on the release branch.
git checkout -q -b "release-v$new"
git add -A Cargo.toml Cargo.lock examples bpfman/src/lib.rs docs RELEASE.md changelogs
git commit -q -s -m "Release v$new" -m "Prepare the bpfman v$new release (previous: v$old)."
