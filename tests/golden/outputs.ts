// What the golden tests pin, computed fresh from the compiler, and the golden folders as they are on disk.
// In: a test program (tests/programs/<case>.ts) or a diagnostics case file. Out: relative path → text maps:
// the Anchor workspace under anchor/, idl.json, types.ts, disasm.txt (from the ELF bytes alone) and
// listing.txt (the assembler's own), and for a few cases a Poseidon-layout workspace pinned to an older
// Anchor release under poseidon-<version>/; for a diagnostics case, its formatted diagnostics.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { compileSource } from '../../src/frontend/index.js';
import { emitAnchorWorkspace, emitSingleFile } from '../../src/backends/anchor/index.js';
import { pinnedAnchorVersion } from '../../src/cli/anchor-pin.js';
import type { Program } from '../../src/ir/types.js';
import { emitIdl, emitTsTypes, idlJson } from '../../src/backends/idl/index.js';
import { emitLegacyIdl } from '../../src/backends/idl/legacy.js';
import { sbfOutput } from '../support/sbf.js';
import { disassemble } from '../../src/backends/sbf/disassembler.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';

export const PROGRAMS_DIR = join(import.meta.dirname, '../programs');
export const DIAGNOSTIC_CASES_DIR = join(import.meta.dirname, '../frontend/diagnostics/cases');
export const GOLDEN_DIR = import.meta.dirname;
/** The golden folder of the diagnostics cases; every other folder belongs to one test program. */
export const DIAGNOSTICS_FOLDER = 'diagnostics';

/** `.ts` files of a folder, sorted, without their extension. */
export function caseNames(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => basename(f, '.ts')).sort();
}

/**
 * Compiled under its bare file name (not its absolute path) so that nothing machine-specific can reach a golden.
 * A program that does not compile is a broken fixture, not a golden difference: that throws.
 */
export function programOutputs(caseName: string): Map<string, string> {
  const fileName = `${caseName}.ts`;
  const path = join(PROGRAMS_DIR, fileName);
  const result = compileSource(fileName, readFileSync(path, 'utf8'), path);
  if (!result.program) {
    throw new Error(`${fileName} does not compile:\n${result.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  }
  const program = result.program;
  const idl = emitIdl(program);
  const { elf, listing } = sbfOutput(program);
  const files = new Map<string, string>();
  for (const [path, text] of emitAnchorWorkspace(program)) files.set(`anchor/${path}`, text);
  const pinned = POSEIDON_PINS[caseName];
  if (pinned) for (const [path, text] of poseidonWorkspace(program, pinned)) files.set(`poseidon-${pinned}/${path}`, text);
  files.set('idl.json', idlJson(idl));
  files.set('types.ts', emitTsTypes(idl));
  files.set('disasm.txt', disassemble(elf));
  files.set('listing.txt', listing);
  return files;
}

/**
 * Test programs also kept the way a Poseidon project holds them, pinned to an older Anchor release: the
 * workspace manifests with programs/<name>/Cargo.toml pinning that release, and the program as the one
 * lib.rs `poseidon build` writes there for the release it reads back from that Cargo.toml; for 0.29, also the
 * legacy IDL it writes to target/idl/ for the project's 0.29 client. .ci/cargo-check.sh checks them against
 * the release's pinned crates, .ci/idl-check.sh their IDL against Anchor's.
 */
const POSEIDON_PINS: Record<string, string> = { escrow: '0.29.0', ledger: '0.29.0', tokenops: '0.30.1', upstream: '0.30.1' };

function poseidonWorkspace(program: Program, version: string): Map<string, string> {
  const manifests = [...emitAnchorWorkspace({ ...program, anchorVersion: version })].filter(([path]) => path.endsWith('.toml'));
  const cargoToml = manifests.find(([path]) => path === `programs/${program.name}/Cargo.toml`)![1];
  const pin = pinnedAnchorVersion(cargoToml);
  if (!pin?.ok) throw new Error(`programs/${program.name}/Cargo.toml does not pin a release poseidon builds for`);
  const pinned = { ...program, anchorVersion: pin.version };
  const files = new Map([...manifests, [`programs/${program.name}/src/lib.rs`, emitSingleFile(pinned)]]);
  // A 0.29 project's client is @coral-xyz/anchor 0.29, which reads only the legacy IDL `poseidon build` writes.
  if (pin.version.startsWith('0.29.')) files.set(`target/idl/${program.name}.json`, JSON.stringify(emitLegacyIdl(emitIdl(pinned), pinned), null, 2));
  return files;
}

/** Every diagnostic of one case as the CLI prints it (with the source line and underline), blank-line separated. */
export function diagnosticsOutput(caseName: string): string {
  const fileName = `${caseName}.ts`;
  const path = join(DIAGNOSTIC_CASES_DIR, fileName);
  const text = readFileSync(path, 'utf8');
  return compileSource(fileName, text, path).diagnostics.map((d) => formatDiagnostic(d, text)).join('\n\n') + '\n';
}

/** Every file under `dir` (recursively), keyed by its path relative to `dir` with `/` separators. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
