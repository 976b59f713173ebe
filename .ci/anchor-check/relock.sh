#!/usr/bin/env bash
# Regenerates the Cargo.lock of each Anchor release line beside this script (1.2/, 0.30/, 0.29/; or only the
# lines named as arguments): the newest versions that the line's programs/pin allows (anchor-lang and
# anchor-spl =X.Y.Z with every feature the backend turns on), Anchor's own sub-crates held at that same
# X.Y.Z (the release the backend and docs/anchor-contract.md describe).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
lines=("$@")
[ ${#lines[@]} -gt 0 ] || lines=(*/)
for line in "${lines[@]}"; do
  line="${line%/}"
  release="$(sed -n 's/^anchor-lang = { version = "=\([0-9.]*\)".*/\1/p' "$line/programs/pin/Cargo.toml")"
  [ -n "$release" ] || { echo "relock: no anchor-lang =X.Y.Z in $line/programs/pin/Cargo.toml" >&2; exit 1; }
  (
    cd "$line"
    rm -f Cargo.lock
    cargo generate-lockfile --quiet
    # Every anchor-* crate of the release (not anchor-lang-idl*, which has versions of its own).
    for crate in $(awk '/^name = "anchor-/{print $3}' Cargo.lock | tr -d '"' | grep -v '^anchor-lang-idl' | sort -u); do
      cargo update --quiet -p "$crate" --precise "$release"
    done
    echo "== $line (anchor-lang $release)"
    grep -A1 '^name = "anchor-' Cargo.lock | grep -v '^--$' | paste - -
  )
done
