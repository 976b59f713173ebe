// The hostile-name programs (tests/hostile/cases/*.ts) as ONE Anchor workspace, so that a single `cargo check`
// (.ci/cargo-check.sh) type-checks the Rust emitted for all of them against the pinned Anchor crates, and
// .ci/idl-check.sh compares the IDL Anchor builds from that Rust with ours.
// In: an output directory (CLI: `npx tsx tests/hostile/workspace.ts <dir>`). Out: <dir>/Cargo.toml (members
// programs/*), <dir>/Anchor.toml naming every program, <dir>/programs/<crate>/ and our IDL
// <dir>/target/idl/<crate>.json for each program; every program must compile without a diagnostic.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../../src/frontend/index.js';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { emitIdl, idlJson } from '../../src/backends/idl/index.js';
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
    mkdirSync(join(dir, 'target', 'idl'), { recursive: true });
    writeFileSync(join(dir, 'target', 'idl', `${program.name}.json`), idlJson(emitIdl(program)));
    return root;
  });
  const first = emitAnchorWorkspace(programs[0]);
  const workspaceManifest = first.get('Cargo.toml');
  const anchorToml = first.get('Anchor.toml');
  if (!workspaceManifest || !anchorToml) throw new Error('internal: the Anchor backend wrote no Cargo.toml or Anchor.toml');
  writeFileSync(join(dir, 'Cargo.toml'), workspaceManifest);
  // The first program's Anchor.toml, its one [programs.localnet] entry replaced by every program's.
  const entry = (program: Program) => `${program.name} = "${program.programId}"\n`;
  writeFileSync(join(dir, 'Anchor.toml'), anchorToml.replace(entry(programs[0]), programs.map(entry).join('')));
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
