// The Anchor Rust backend: IR Program → an Anchor 0.32.1 workspace, or the same crate as one lib.rs.
// In: a Program (src/ir/types.ts). Out: path → text (deterministic, rustfmt-style), or one file's text.
// Both forms print the same module tree (crate.ts), so they cannot drift apart.
import type { Program } from '../../ir/types.js';
import { crateModule } from './crate.js';
import { moduleFiles, singleFile } from './modules.js';
import { anchorToml, programCargoToml, workspaceCargoToml } from './workspace.js';

/** The Anchor workspace, Anchor's "multiple files" template: path (relative to the workspace root) → file text. */
export function emitAnchorWorkspace(program: Program): Map<string, string> {
  const files = new Map<string, string>([
    ['Anchor.toml', anchorToml(program)],
    ['Cargo.toml', workspaceCargoToml()],
    [`programs/${program.name}/Cargo.toml`, programCargoToml(program)],
  ]);
  for (const [path, text] of moduleFiles(crateModule(program))) files.set(`programs/${program.name}/src/${path}`, text);
  return files;
}

/** The same program as ONE `lib.rs` (what Poseidon's `compile -o lib.rs` writes), with inline modules. */
export function emitSingleFile(program: Program): string {
  return singleFile(crateModule(program));
}
