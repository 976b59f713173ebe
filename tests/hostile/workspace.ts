// The hostile-name programs (tests/hostile/cases/*.ts) as ONE cargo workspace, so that a single `cargo check`
// (.ci/cargo-check.sh) type-checks the Rust emitted for all of them against the pinned Anchor crates.
// In: an output directory (CLI: `npx tsx tests/hostile/workspace.ts <dir>`). Out: <dir>/Cargo.toml (members
// programs/*) and <dir>/programs/<crate>/ for each program; every program must compile without a diagnostic.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../../src/frontend/index.js';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import type { Program } from '../../src/ir/types.js';
import { caseNames } from '../golden/outputs.js';

export const HOSTILE_DIR = join(import.meta.dirname, 'cases');

export const hostileCaseNames = (): string[] => caseNames(HOSTILE_DIR);

/** Compiles one hostile program; one that reports a diagnostic is a broken fixture, so that throws. */
export function compileHostile(caseName: string): Program {
  const fileName = `${caseName}.ts`;
  const text = readFileSync(join(HOSTILE_DIR, fileName), 'utf8');
  const result = compileSource(fileName, text);
  if (!result.program || result.diagnostics.length > 0) {
    throw new Error(`${fileName} must compile cleanly:\n${result.diagnostics.map((d) => formatDiagnostic(d, text)).join('\n')}`);
  }
  return result.program;
}

/** Writes the combined workspace; returns the crate directory of each program. */
export function writeHostileWorkspace(dir: string, programs: Program[]): string[] {
  rmSync(dir, { recursive: true, force: true });
  const crates = programs.map((program) => {
    const files = emitAnchorWorkspace(program);
    const root = join(dir, 'programs', program.name);
    for (const [path, text] of files) {
      const prefix = `programs/${program.name}/`;
      if (!path.startsWith(prefix)) continue;
      const target = join(root, path.slice(prefix.length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return root;
  });
  const workspaceManifest = emitAnchorWorkspace(programs[0]).get('Cargo.toml');
  if (!workspaceManifest) throw new Error('internal: the Anchor backend wrote no workspace Cargo.toml');
  writeFileSync(join(dir, 'Cargo.toml'), workspaceManifest);
  return crates;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx tests/hostile/workspace.ts <output-dir>');
    process.exit(2);
  }
  const crates = writeHostileWorkspace(resolve(out), hostileCaseNames().map(compileHostile));
  console.log(`hostile workspace: ${crates.length} program(s) in ${resolve(out)}`);
}
