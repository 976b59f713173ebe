// The anchor-lang release a Poseidon project's program builds against, read from the Cargo.toml that
// `anchor init` wrote for it: `poseidon build` writes that program's lib.rs for this release and makes
// its .so behave as this release does (src/ir/anchor-version.ts).
// In: the text of programs/<dir>/Cargo.toml (and of the workspace Cargo.toml, for
// `anchor-lang.workspace = true`). Out: the version Cargo selects for the requirement, null when the
// manifest names no anchor-lang version (the build then targets DEFAULT_ANCHOR_VERSION), or why the
// requirement cannot be honoured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_ANCHOR_VERSION, SUPPORTED_ANCHOR_LINES, anchorLine, isSupportedAnchorVersion, parseAnchorVersion, versionText,
} from '../ir/anchor-version.js';

export type AnchorPin = { ok: true; version: string } | { ok: false; error: string } | null;

/** `anchor-lang = "0.30.1"`, `anchor-lang = { version = "=1.2.2", … }` or a `[dependencies.anchor-lang]` table. */
export function pinnedAnchorVersion(cargoToml: string, workspaceCargoToml?: string): AnchorPin {
  const dependency = dependencyEntry(cargoToml, 'dependencies');
  if (dependency === null) return null;
  if (dependency.workspace) {
    const inherited = workspaceCargoToml === undefined ? null : dependencyEntry(workspaceCargoToml, 'workspace.dependencies');
    return inherited?.version === undefined ? null : selectedVersion(inherited.version);
  }
  return dependency.version === undefined ? null : selectedVersion(dependency.version);
}

/** pinnedAnchorVersion of `<root>/<folder>/Cargo.toml`; null when there is no such file. */
export function readPinnedAnchorVersion(root: string, folder: string): AnchorPin {
  const text = (path: string): string | undefined => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
  const program = text(join(root, folder, 'Cargo.toml'));
  return program === undefined ? null : pinnedAnchorVersion(program, text(join(root, 'Cargo.toml')));
}

/**
 * The release Cargo selects for a requirement, among the ones we build for: `=X.Y.Z` and `~X.Y.Z` keep
 * X.Y; a caret requirement (`X.Y.Z`, `^X.Y.Z`) keeps 0.Y on 0.x and takes the newest 1.x on 1.x.
 */
function selectedVersion(requirement: string): AnchorPin {
  const m = /^\s*([=^~]?)\s*(\d+(?:\.\d+){0,2})\s*$/.exec(requirement);
  // `1` means 1.0.0 to Cargo, as `1.2` means 1.2.0.
  const written = m ? parseAnchorVersion(m[2].includes('.') ? m[2] : `${m[2]}.0`) : null;
  if (!m || !written) {
    return { ok: false, error: `cannot tell which anchor-lang release "${requirement}" selects; pin one, e.g. anchor-lang = "${DEFAULT_ANCHOR_VERSION}"` };
  }
  const newest = parseAnchorVersion(DEFAULT_ANCHOR_VERSION)!;
  const caretOnNewestMajor = (m[1] === '' || m[1] === '^') && written.major === newest.major && written.major > 0;
  const notNewer = written.minor < newest.minor || (written.minor === newest.minor && written.patch <= newest.patch);
  const selected = caretOnNewestMajor && notNewer ? newest : written;
  if (!isSupportedAnchorVersion(selected)) {
    return { ok: false, error: `anchor-lang ${requirement} selects ${anchorLine(selected)}.x; poseidon builds for ${SUPPORTED_ANCHOR_LINES.map((l) => `${l}.x`).join(', ')}` };
  }
  return { ok: true, version: versionText(selected) };
}

interface DependencyEntry {
  version?: string;
  workspace: boolean;
}

/**
 * The anchor-lang entry of a `[table]`: its version requirement, or that it inherits the workspace's.
 * Reads `anchor-lang = "…"`, `anchor-lang = { … }`, dotted keys (`anchor-lang.version = "…"`) and a
 * `[table.anchor-lang]` table.
 */
function dependencyEntry(toml: string, table: string): DependencyEntry | null {
  let current = '';
  let entry: DependencyEntry | null = null;
  const setKey = (key: string, value: string): void => {
    entry ??= { workspace: false };
    if (key === 'version') entry.version = unquote(value);
    if (key === 'workspace') entry.workspace = value === 'true';
  };
  for (const raw of toml.split('\n')) {
    const line = raw.replace(/\r$/, '').replace(/\s+#.*$/, '');
    const header = /^\s*\[\s*([^\]]+?)\s*\]\s*$/.exec(line);
    if (header) {
      current = header[1].replace(/\s+/g, '');
      continue;
    }
    const key = current === `${table}.anchor-lang`
      ? /^\s*(version|workspace)\s*=\s*(.+?)\s*$/.exec(line)
      : current === table ? /^\s*anchor-lang\.(version|workspace)\s*=\s*(.+?)\s*$/.exec(line) : null;
    if (key) {
      setKey(key[1], key[2]);
      continue;
    }
    const inline = current === table ? /^\s*["']?anchor-lang["']?\s*=\s*(.+?)\s*$/.exec(line)?.[1] : undefined;
    if (inline === undefined) continue;
    if (!inline.startsWith('{')) return { version: unquote(inline), workspace: false };
    const version = /\bversion\s*=\s*("[^"]*"|'[^']*')/.exec(inline)?.[1];
    return { version: version === undefined ? undefined : unquote(version), workspace: /\bworkspace\s*=\s*true\b/.test(inline) };
  }
  return entry;
}

const unquote = (s: string): string => s.replace(/^["']|["']$/g, '');
