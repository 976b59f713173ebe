// The Anchor Rust backend: IR Program → an Anchor workspace for the release the program targets (1.2 by
// default; src/ir/anchor-version.ts), or the same crate as one lib.rs.
// In: a Program (src/ir/types.ts). Out: path → text (deterministic, rustfmt-style), or one file's text,
// and where in the workspace (or in that one file) each `require` and failing conversion will report its
// error from, and each index into a FixedArray its panic.
// Both forms print the same module tree (crate.ts), so they cannot drift apart.
import type { Expr, Program, Stmt } from '../../ir/types.js';
import { crateModule } from './crate.js';
import { moduleFiles, singleFile } from './modules.js';
import { OriginRecorder } from './origins.js';
import { anchorToml, programCargoToml, workspaceCargoToml } from './workspace.js';

/** The Anchor workspace, Anchor's "multiple files" template: path (relative to the workspace root) → file text. */
export function emitAnchorWorkspace(program: Program): Map<string, string> {
  return workspaceWithOrigins(program).files;
}

/**
 * For every `require` statement and every conversion that can fail with 4102, the `file:line` Anchor logs
 * in `AnchorError thrown in <file>:<line>` for the workspace emitAnchorWorkspace writes: `file!()` is
 * relative to the workspace root, `line!()` is the line of the `require!` / `error!` token. For every index
 * into a FixedArray (`element`), the `file:line:col` of its panic: the indexing expression's first token.
 * Keys are the program's own IR nodes.
 */
export function errorOrigins(program: Program): Map<Stmt | Expr, string> {
  return workspaceWithOrigins(program).origins;
}

/**
 * emitAnchorWorkspace's files and errorOrigins for them from one printing of the workspace, for a caller that
 * needs both (`poseidon build`): each printing lays out the whole crate.
 */
export function workspaceWithOrigins(program: Program): { files: Map<string, string>; origins: Map<Stmt | Expr, string> } {
  const recorder = new OriginRecorder();
  const files = new Map<string, string>([
    ['Anchor.toml', anchorToml(program)],
    ['Cargo.toml', workspaceCargoToml()],
    [`programs/${program.name}/Cargo.toml`, programCargoToml(program)],
  ]);
  for (const [path, text] of moduleFiles(crateModule(program, recorder))) files.set(`programs/${program.name}/src/${path}`, text);
  const origins = recorder.resolve(files);
  return { files, origins };
}

/** The same program as ONE `lib.rs` (what Poseidon's `compile -o lib.rs` writes), with inline modules. */
export function emitSingleFile(program: Program): string {
  return singleFile(crateModule(program));
}

/**
 * emitSingleFile's text, and errorOrigins for a workspace that holds it at `libPath` (relative to the
 * workspace root, e.g. `programs/counter/src/lib.rs` in a Poseidon workspace): the `file:line` Anchor logs
 * when that lib.rs is the program built.
 */
export function singleFileWithOrigins(program: Program, libPath: string): { text: string; origins: Map<Stmt | Expr, string> } {
  const recorder = new OriginRecorder();
  const files = new Map([[libPath, singleFile(crateModule(program, recorder))]]);
  const origins = recorder.resolve(files);
  return { text: files.get(libPath)!, origins };
}
