#!/usr/bin/env bash
# The IDL proof: Anchor's own IDL build, run on the Rust we emit, must give the IDL we emit.
# In: Anchor workspace directories (default: generated/*/, tests/golden/*/anchor/, tests/golden/*/poseidon-*/,
# the hostile-name programs' workspace, written by tests/hostile/workspace.ts, and every test program, HFMMT
# and hostile-name program pinned to Anchor 0.29 as one workspace, tests/anchor-idl/legacy-workspace.ts).
# For each program of each workspace, our IDL is <workspace>/target/idl/<program>.json when the workspace
# has one (what `poseidon build` and tests/hostile/workspace.ts write), else the golden
# <workspace>/../idl.json of its test program.
# Out: per program "idl-check: same" or the differences, field by field (tests/anchor-idl/compare.ts);
# timings per workspace and in all; exit 1 when any IDL differs or any build fails.
#
# From 0.30 on, Anchor's IDL is built by .ci/idl-build (anchor-lang-idl's builder as `anchor idl build` runs
# it: the `cargo test __anchor_private_print_idl --features idl-build` it runs, with the workspace's
# Anchor.toml [features]) in a copy of the workspace pinned like .ci/cargo-check.sh's
# (anchor-check/<line>/Cargo.lock). For 0.29, whose `anchor build` wrote the IDL its parser makes of the
# source (its idl-build was an unused experiment), by .ci/idl-parse-0.29 (anchor-syn 0.29.0's parser, as
# anchor-cli 0.29.0 runs it) on the workspace itself: it reads the source only, nothing is compiled.
# CARGO_TARGET_DIR defaults to ~/.cache/poseidon/cargo-target, shared with .ci/cargo-check.sh.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cache="$HOME/.cache/poseidon"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$cache/cargo-target}"
# One stable copy per workspace path (per argument position for a workspace outside the clone, such as a
# temporary one), so that a warm run finds its own build of each program again.
staging="${POSEIDON_IDL_STAGING:-$cache/idl-build-staging}"
. "$here/anchor-stage.sh"
tsx="$root/node_modules/.bin/tsx"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

workspaces=("$@")
if [ ${#workspaces[@]} -eq 0 ]; then
  cd "$root"
  for d in generated/*/ tests/golden/*/anchor/ tests/golden/*/poseidon-*/; do
    [ -f "$d/Anchor.toml" ] && workspaces+=("$d")
  done
  "$tsx" tests/hostile/workspace.ts "$out/hostile" >/dev/null || { echo "idl-check: FAILED writing the hostile-name workspace"; exit 1; }
  "$tsx" tests/anchor-idl/legacy-workspace.ts "$out/legacy" >/dev/null || { echo "idl-check: FAILED writing the Anchor 0.29 workspace"; exit 1; }
  workspaces+=("$out/hostile" "$out/legacy")
fi
failed=()
started_all=$SECONDS

# The builders, built once per run (in the shared target folder, like everything cargo builds here).
for builder in idl-build idl-parse-0.29; do
  if ! cargo build --locked --quiet --manifest-path "$here/$builder/Cargo.toml"; then
    echo "idl-check: FAILED building .ci/$builder"
    exit 1
  fi
done
tool="$CARGO_TARGET_DIR/debug/anchor-idl-build"
parser_0_29="$CARGO_TARGET_DIR/debug/anchor-idl-parse-0-29"

index=0
for workspace in "${workspaces[@]}"; do
  index=$((index + 1))
  workspace="$(cd "$workspace" && pwd)"
  label="${workspace#"$root"/}"
  line="$(anchor_line "$workspace" 2>/dev/null || true)"
  started=$SECONDS
  if [ "$line" = "0.29" ]; then
    # The parser reads the sources where they are; nothing to pin.
    copy="$workspace"
    build="$parser_0_29"
  else
    case "$label" in
      /*) copy="$staging/outside-$index" ;;
      *) copy="$staging/$(printf %s "$label" | tr -c 'A-Za-z0-9._-' '_')" ;;
    esac
    if ! stage_workspace "$workspace" "$copy" "$line"; then
      echo "idl-check: FAILED $label (staging)"
      failed+=("$label")
      continue
    fi
    build="$tool"
  fi
  for program_dir in "$copy"/programs/*/; do
    program="$(basename "$program_dir")"
    ours="$workspace/target/idl/$program.json"
    [ -f "$ours" ] || ours="$(dirname "$workspace")/idl.json"
    if [ ! -f "$ours" ]; then
      echo "idl-check: FAILED $label programs/$program (no IDL of ours: neither target/idl/$program.json nor ../idl.json)"
      failed+=("$label programs/$program")
      continue
    fi
    built="$out/${label//\//_}-$program.json"
    program_started=$SECONDS
    if ! "$build" "$program_dir" >"$built" 2>"$built.log"; then
      cat "$built.log"
      echo "idl-check: FAILED $label programs/$program (Anchor's IDL build)"
      failed+=("$label programs/$program")
      continue
    fi
    if [ "$line" = "0.29" ]; then
      # anchor-syn 0.29 prints its warnings on stdout before the IDL, as `anchor build` 0.29 shows them on the
      # console (e.g. a seed it cannot describe, `crate::ID`, whose account it then lists without a PDA).
      sed -n '/^{/,$!p' "$built" | sed "s|^|idl-check: $label programs/$program: anchor 0.29 says: |"
      sed -i -n '/^{/,$p' "$built"
    fi
    if "$tsx" "$root/tests/anchor-idl/compare.ts" "$ours" "$built" "$label programs/$program"; then
      echo "idl-check: same $label programs/$program (anchor $line, $((SECONDS - program_started))s)"
    else
      failed+=("$label programs/$program")
    fi
  done
  echo "idl-check: $label done in $((SECONDS - started))s"
done

echo "idl-check: ${#workspaces[@]} workspace(s) in $((SECONDS - started_all))s"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "idl-check: ${#failed[@]} failed: ${failed[*]}"
  exit 1
fi
echo "idl-check: Anchor's IDL equals ours for every program"
