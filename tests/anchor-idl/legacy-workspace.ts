// Every test program, HFMMT and every hostile-name program as Poseidon projects pinned to Anchor 0.29, in ONE
// workspace, so that .ci/idl-check.sh can compare the legacy IDL `poseidon build` writes for a 0.29 client
// with what Anchor 0.29's own parser (.ci/idl-parse-0.29) makes of the Rust we emit for 0.29.
// In: an output directory (CLI: `npx tsx tests/anchor-idl/legacy-workspace.ts <dir>`). Out: <dir>/Anchor.toml
// naming every program, <dir>/Cargo.toml, <dir>/programs/<name>/ (Cargo.toml pinning 0.29.0 and the one
// src/lib.rs `poseidon build` writes for it) and <dir>/target/idl/<name>.json, our legacy IDL.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../../src/frontend/index.js';
import { emitAnchorWorkspace, emitSingleFile } from '../../src/backends/anchor/index.js';
import { emitIdl } from '../../src/backends/idl/index.js';
import { emitLegacyIdl } from '../../src/backends/idl/legacy.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import type { Program } from '../../src/ir/types.js';
import { caseNames, PROGRAMS_DIR } from '../golden/outputs.js';
import { HOSTILE_DIR } from '../hostile/workspace.js';

const LEGACY_VERSION = '0.29.0';
const HFMMT = join(import.meta.dirname, '../../programs/hfmmt.ts');

/** The DSL sources: tests/programs/*.ts, programs/hfmmt.ts, tests/hostile/cases/*.ts. */
export function legacySources(): string[] {
  return [
    ...caseNames(PROGRAMS_DIR).map((name) => join(PROGRAMS_DIR, `${name}.ts`)),
    HFMMT,
    ...caseNames(HOSTILE_DIR).map((name) => join(HOSTILE_DIR, `${name}.ts`)),
  ];
}

function compileFor029(path: string): Program {
  const text = readFileSync(path, 'utf8');
  const result = compileSource(path.split('/').pop()!, text);
  if (!result.program) throw new Error(`${path} does not compile:\n${result.diagnostics.map((d) => formatDiagnostic(d, text)).join('\n')}`);
  return { ...result.program, anchorVersion: LEGACY_VERSION };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function writeLegacyWorkspace(dir: string, programs: Program[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const program of programs) {
    const manifest = emitAnchorWorkspace(program).get(`programs/${program.name}/Cargo.toml`);
    if (!manifest) throw new Error(`internal: the Anchor backend wrote no Cargo.toml for ${program.name}`);
    write(join(dir, 'programs', program.name, 'Cargo.toml'), manifest);
    write(join(dir, 'programs', program.name, 'src', 'lib.rs'), emitSingleFile(program));
    write(join(dir, 'target', 'idl', `${program.name}.json`), JSON.stringify(emitLegacyIdl(emitIdl(program), program), null, 2));
  }
  const first = emitAnchorWorkspace(programs[0]);
  const anchorToml = first.get('Anchor.toml');
  if (!anchorToml) throw new Error('internal: the Anchor backend wrote no Anchor.toml');
  write(join(dir, 'Cargo.toml'), first.get('Cargo.toml')!);
  const entry = (program: Program) => `${program.name} = "${program.programId}"\n`;
  write(join(dir, 'Anchor.toml'), anchorToml.replace(entry(programs[0]), programs.map(entry).join('')));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: tsx tests/anchor-idl/legacy-workspace.ts <output-dir>');
    process.exit(2);
  }
  const programs = legacySources().map(compileFor029);
  writeLegacyWorkspace(resolve(out), programs);
  console.log(`legacy workspace: ${programs.length} program(s) pinned to anchor ${LEGACY_VERSION} in ${resolve(out)}`);
}
