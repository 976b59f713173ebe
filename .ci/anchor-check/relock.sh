#!/usr/bin/env bash
# Regenerates Cargo.lock beside this script: newest versions that anchor-lang and anchor-spl =0.32.1 allow
# (with the features programs/pin turns on), Anchor's own sub-crates held at 0.32.1 (the release the
# backend and docs/anchor-contract.md describe).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
rm -f Cargo.lock
cargo generate-lockfile
for crate in anchor-attribute-access-control anchor-attribute-account anchor-attribute-constant \
  anchor-attribute-error anchor-attribute-event anchor-attribute-program anchor-derive-accounts \
  anchor-derive-serde anchor-derive-space anchor-syn; do
  cargo update --quiet -p "$crate" --precise 0.32.1
done
grep -A1 '^name = "anchor-' Cargo.lock | grep -v '^--$' | paste - -
