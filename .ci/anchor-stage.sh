# Sourced by .ci/cargo-check.sh and .ci/idl-check.sh: how an emitted Anchor workspace is copied out of the
# clone and pinned to its Anchor release line before cargo touches it.
# In: a workspace directory (Cargo.toml with members programs/*, each program's Cargo.toml pinning
# anchor-lang). Out: anchor_line prints the release line (major.minor) the programs pin; stage_workspace
# fills a copy with the workspace (without target/ and Cargo.lock) and the line's committed lock
# (.ci/anchor-check/<line>/Cargo.lock), adds only the workspace's own members to it, and fails with
# "dependency drift" when the workspace would need any registry crate the pin does not hold.

anchor_stage_pins="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/anchor-check"

# `name version` of every crates.io package in a lockfile, sorted.
registry_packages() {
  awk '/^name = /{name=$3} /^version = /{version=$3} /^source = "registry/{print name, version}' "$1" | tr -d '"' | sort
}

# The release line (major.minor) of the anchor-lang version the workspace's programs pin; one line only.
anchor_line() {
  sed -n 's/^anchor-lang *= *\(.*\)$/\1/p' "$1"/programs/*/Cargo.toml \
    | sed -n 's/^[^0-9]*\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p' | sort -u
}

# The committed lock of a release line, or nothing when the line has none.
pinned_lock() {
  local lock="$anchor_stage_pins/$1/Cargo.lock"
  [ -n "$1" ] && [ -f "$lock" ] && echo "$lock"
}

# stage_workspace <workspace> <copy> <line>: the workspace copied to <copy> (emptied first) with the line's lock.
stage_workspace() {
  local workspace="$1" copy="$2" line="$3" lock drift
  lock="$(pinned_lock "$line")" || { echo "no pinned lock for anchor line '$line'" >&2; return 1; }
  rm -rf "$copy" && mkdir -p "$copy" || return 1
  tar -C "$workspace" --exclude=./target --exclude=./Cargo.lock -cf - . | tar -C "$copy" -xf - || return 1
  cp "$lock" "$copy/Cargo.lock" || return 1
  # Only the workspace's own members are added to the lock; every registry version stays pinned.
  (cd "$copy" && cargo update --workspace --quiet) || return 1
  drift="$(comm -13 <(registry_packages "$lock") <(registry_packages "$copy/Cargo.lock"))"
  if [ -n "$drift" ]; then
    echo "dependency drift in $workspace: crates outside .ci/anchor-check/$line/Cargo.lock:" >&2
    echo "$drift" >&2
    return 1
  fi
}
