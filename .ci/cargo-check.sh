#!/usr/bin/env bash
# The cargo gate: type-checks emitted Anchor workspaces against the real crates from crates.io.
# In: one or more workspace directories (each with a Cargo.toml whose members are programs/*).
# Out: exit 0 when `cargo check` is clean for every program of every workspace, both with default
# features and with `idl-build` (what `anchor build` compiles to write the IDL); otherwise exit 1
# and the list of workspaces that failed.
#
# The workspaces are never modified: each is copied to a staging directory, given the committed
# Cargo.lock of its Anchor release line (.ci/anchor-check/<major.minor>/Cargo.lock, chosen by the
# anchor-lang version its programs pin: 1.2 for what `poseidon build` emits, 0.30 and 0.29 for
# Poseidon-layout fixtures), and checked with `--locked`. A workspace that would need any crate the pin
# does not hold fails with "dependency drift" instead of resolving freshly.
# CARGO_TARGET_DIR defaults to ~/.cache/poseidon/cargo-target, outside any clone, so runs (and release
# lines, for the crates they have in common) share it.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <anchor-workspace-dir>..." >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="$HOME/.cache/poseidon"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$cache/cargo-target}"
# A stable staging path per argument position keeps cargo's fingerprints (and the target dir) from
# growing with a new copy of each program on every run.
staging="${POSEIDON_CARGO_STAGING:-$cache/cargo-check-staging}"

. "$here/anchor-stage.sh"

failed=()
index=0
for workspace in "$@"; do
  index=$((index + 1))
  if [ ! -f "$workspace/Cargo.toml" ]; then
    echo "cargo-check: FAILED $workspace (no Cargo.toml)"
    failed+=("$workspace")
    continue
  fi
  line="$(anchor_line "$workspace" 2>/dev/null || true)"
  if [ -z "$line" ] || [ "$(wc -l <<<"$line")" -ne 1 ] || ! pinned_lock "$line" >/dev/null; then
    echo "cargo-check: FAILED $workspace (anchor-lang line '${line//$'\n'/ }' has no pinned lock under .ci/anchor-check/)"
    failed+=("$workspace")
    continue
  fi
  copy="$staging/$index"
  started=$SECONDS
  if stage_workspace "$workspace" "$copy" "$line" && (
    cd "$copy"
    cargo check --workspace --locked --quiet
    # As `anchor build` builds the IDL: per program, telling Anchor's idl-build where the program is (0.30
    # runs its `/// CHECK:` safety lint on <path>/src/lib.rs and stops without it).
    for program in programs/*/; do
      ANCHOR_IDL_BUILD_PROGRAM_PATH="$PWD/${program%/}" \
        cargo check --locked --quiet --features idl-build --manifest-path "${program}Cargo.toml"
    done
  ); then
    echo "cargo-check: ok $workspace (anchor $line, $((SECONDS - started))s)"
  else
    echo "cargo-check: FAILED $workspace"
    failed+=("$workspace")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "cargo-check: ${#failed[@]} of $# workspace(s) failed: ${failed[*]}"
  exit 1
fi
echo "cargo-check: all $# workspace(s) clean"
