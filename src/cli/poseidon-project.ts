// Drop-in for projects laid out by Poseidon's `init` (an Anchor workspace plus ts-programs/): `poseidon
// build` there does what Poseidon's build does, the program's TypeScript source → programs/<dir>/src/
// lib.rs (one file, for the anchor-lang release programs/<dir>/Cargo.toml pins), and also writes what
// `anchor build` would: target/deploy/<name>.so, target/idl/<name>.json, target/types/<name>.ts, under the
// Anchor.toml key, its snake_case and the program module's snake_case name (tests load any of them), in the
// IDL format of the project's @coral-xyz/anchor (spec 0.1.0, or the legacy format for 0.29 and older), and
// target/sourcemap/<name>.json, which maps the program's error locations back to its TypeScript source.
// In: the project folder (the working directory) and io. Out: those files, one line per program on
// stdout; an exit code. Also reads and rewrites Anchor.toml's [programs.localnet] for `poseidon sync`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emitIdl, emitTsTypes, idlJson, type Idl } from '../backends/idl/index.js';
import { isPubkey } from '../ir/base58.js';
import { emitLegacyIdl, emitLegacyTsTypes } from '../backends/idl/legacy.js';
import { camelCase, snakeCase } from '../ir/names.js';
import type { Program } from '../ir/types.js';
import { createSourceMap, sourceMapJson, sourceMapPath } from '../source-map/index.js';
import { readsLegacyIdl } from './anchor-client.js';
import { readPinnedAnchorVersion } from './anchor-pin.js';
import { compileSourceFile, displayPath, emitElf } from './compile-source.js';
import { DEFAULT_CONFIG_FILE } from './config.js';
import { describeSystemError, EXIT_FAILURE, EXIT_OK, reportError, type CliIo } from './io.js';
import { writeFileIfChanged } from './output.js';
import { locatePoseidonSources, TS_PROGRAMS_DIR } from './poseidon-sources.js';
import { loadAnchorBackend } from './toolchain.js';

export const ANCHOR_TOML = 'Anchor.toml';
/** One `name = "<program id>"` line of [programs.localnet]. */
export interface AnchorProgram {
  name: string;
  programId: string;
}

/**
 * An Anchor workspace with no ts-programs/ and no poseidon.config.json (an `anchor init` skeleton): what is
 * missing, in the words of the layout it has; null when the folder is not one.
 */
export function anchorWorkspaceWithoutSources(dir: string): string | null {
  if (!isFile(join(dir, ANCHOR_TOML)) || existsSync(join(dir, TS_PROGRAMS_DIR)) || existsSync(join(dir, DEFAULT_CONFIG_FILE))) return null;
  const toml = readText(join(dir, ANCHOR_TOML));
  const listed = toml.ok ? readAnchorPrograms(toml.text) : null;
  const first = listed?.ok ? listed.programs[0].name : undefined;
  const example = first === undefined ? '' : ` (for "${first}": ${TS_PROGRAMS_DIR}/src/${camelCase(snakeCase(first.replace(/-/g, '_')))}.ts)`;
  return `${ANCHOR_TOML} is here but no ${TS_PROGRAMS_DIR}/ folder: a Poseidon workspace keeps each program's TypeScript source in ${TS_PROGRAMS_DIR}/src/${example}; write it there, or list the programs in a ${DEFAULT_CONFIG_FILE}`;
}

export type AnchorProgramsResult = { ok: true; programs: AnchorProgram[] } | { ok: false; error: string };

const LOCALNET_HEADER = /^\s*\[\s*programs\s*\.\s*localnet\s*\]\s*(#.*)?$/;
const ANY_HEADER = /^\s*\[/;
/** `name = "id"` or `name = { address = "id", … }`, the key optionally quoted. */
const PROGRAM_ENTRY = /^\s*(["']?)([A-Za-z0-9_-]+)\1\s*=\s*(?:"([^"]*)"|\{[^}]*\baddress\s*=\s*"([^"]*)"[^}]*\})\s*(#.*)?$/;

/** A Poseidon workspace, and no poseidon.config.json that would say otherwise. */
export function isPoseidonProject(dir: string): boolean {
  return isFile(join(dir, ANCHOR_TOML)) && isDirectory(join(dir, TS_PROGRAMS_DIR)) && !existsSync(join(dir, DEFAULT_CONFIG_FILE));
}

/** The programs of Anchor.toml's [programs.localnet], in file order. */
export function readAnchorPrograms(text: string): AnchorProgramsResult {
  const table = localnetLines(text);
  if (!table) return { ok: false, error: 'no [programs.localnet] table' };
  const programs: AnchorProgram[] = [];
  for (const { line, lineNumber } of table) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const entry = PROGRAM_ENTRY.exec(line);
    const programId = entry?.[3] ?? entry?.[4];
    if (!entry || programId === undefined) return { ok: false, error: `line ${lineNumber}: expected name = "<program id>" in [programs.localnet]` };
    if (!isPubkey(programId)) return { ok: false, error: `line ${lineNumber}: "${programId}" is not a base58 public key (32 bytes)` };
    programs.push({ name: entry[2], programId });
  }
  return programs.length > 0 ? { ok: true, programs } : { ok: false, error: 'no programs in [programs.localnet]' };
}

/** Anchor.toml with the [programs.localnet] id of `name` replaced (what `anchor keys sync` does there). */
export function setAnchorProgramId(text: string, name: string, programId: string): string {
  const lines = text.split('\n');
  for (const { line, lineNumber } of localnetLines(text) ?? []) {
    const entry = PROGRAM_ENTRY.exec(line);
    if (entry?.[2] === name) lines[lineNumber - 1] = lines[lineNumber - 1].replace(`"${entry[3] ?? entry[4]}"`, `"${programId}"`);
  }
  return lines.join('\n');
}

/** The lines inside [programs.localnet] (1-based numbers, no line ending), or null without that table. */
function localnetLines(text: string): { line: string; lineNumber: number }[] | null {
  let inTable = false;
  let found = false;
  const lines: { line: string; lineNumber: number }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (ANY_HEADER.test(line)) {
      inTable = LOCALNET_HEADER.test(line);
      found ||= inTable;
    } else if (inTable) {
      lines.push({ line, lineNumber: i + 1 });
    }
  });
  return found ? lines : null;
}

/** `poseidon build` in a Poseidon workspace: every program of [programs.localnet], or the named ones. */
export async function buildPoseidonProject(io: CliIo, names: string[]): Promise<number> {
  const root = io.cwd;
  const toml = readText(join(root, ANCHOR_TOML));
  if (!toml.ok) return reportError(io, `cannot read ${ANCHOR_TOML}: ${toml.error}`);
  const listed = readAnchorPrograms(toml.text);
  if (!listed.ok) return reportError(io, `${ANCHOR_TOML}: ${listed.error}`);
  const unknown = names.filter((n) => !listed.programs.some((p) => p.name === n));
  if (unknown.length > 0) {
    const known = listed.programs.map((p) => p.name).join(', ');
    for (const name of unknown) reportError(io, `${ANCHOR_TOML} has no program named "${name}" in [programs.localnet] (programs: ${known})`);
    return EXIT_FAILURE;
  }
  const selected = names.length === 0 ? listed.programs : listed.programs.filter((p) => names.includes(p.name));
  const folders = programFolders(root);
  const legacyIdl = readsLegacyIdl(root);
  const found: { entry: AnchorProgram; source: string }[] = [];
  const missing: { entry: AnchorProgram; tried: string[] }[] = [];
  // Every program claims its source, so that the one left over goes to the one program without a spelling.
  for (const located of locatePoseidonSources(root, listed.programs)) {
    if (!selected.includes(located.entry)) continue;
    if (!located.found) {
      missing.push({ entry: located.entry, tried: located.tried });
      continue;
    }
    if (located.paired) {
      io.stderr(`warning: no TypeScript source for program "${located.entry.name}" of ${ANCHOR_TOML} under its name; building ${displayPath(root, located.path)}, the only program in ${TS_PROGRAMS_DIR}/ that no other program of ${ANCHOR_TOML} claims\n`);
    }
    found.push({ entry: located.entry, source: located.path });
  }
  // Poseidon's build skips programs without a TypeScript source (they may be written in Rust), but a
  // named program, or a workspace where no program has one, is a mistake: say where we looked.
  const fatal = names.length > 0 || found.length === 0;
  for (const { entry, tried } of missing) {
    const message = `no TypeScript source for program "${entry.name}" of ${ANCHOR_TOML} (looked for ${tried.map((path) => displayPath(root, path)).join(', ')})`;
    if (fatal) reportError(io, message);
    else io.stderr(`warning: ${message}; skipped\n`);
  }
  if (fatal && missing.length > 0) return EXIT_FAILURE;
  let failed = false;
  for (const { entry, source } of found) {
    if (!(await buildProgram(io, entry, source, folders.get(entry.name) ?? `programs/${entry.name}`, legacyIdl))) failed = true;
  }
  return failed ? EXIT_FAILURE : EXIT_OK;
}

async function buildProgram(io: CliIo, entry: AnchorProgram, source: string, folder: string, legacyIdl: boolean): Promise<boolean> {
  const started = performance.now();
  const compiled = await compileSourceFile(io, source);
  if (!compiled) return false;
  // lib.rs and the .so follow the anchor-lang release the program's Cargo.toml pins.
  const pin = readPinnedAnchorVersion(io.cwd, folder);
  if (pin && !pin.ok) {
    reportError(io, `${folder}/Cargo.toml: ${pin.error}`);
    return false;
  }
  const program = pin ? { ...compiled, anchorVersion: pin.version } : compiled;
  if (program.programId !== entry.programId) {
    reportError(io, `${ANCHOR_TOML} has program id ${entry.programId} for "${entry.name}", but ${displayPath(io.cwd, source)} declares PROGRAM_ID ${program.programId}; make them equal: edit one, or run \`poseidon sync\` to write the id of the program keypair (target/deploy/${entry.name}-keypair.json, or --program-keypair <file>) into both`);
    return false;
  }
  // The workspace holds one lib.rs: the .so logs errors at its lines, as the program `anchor build` makes of it.
  const libPath = `${folder}/src/lib.rs`;
  const lib = (await loadAnchorBackend()).singleFileWithOrigins(program, libPath);
  const elf = await emitElf(io, program, lib.origins);
  if (!elf) return false;
  // Named after the Anchor.toml key, like the library `anchor build` writes: startAnchor looks there.
  const soPath = `target/deploy/${entry.name}.so`;
  const mapPath = sourceMapPath(entry.name);
  const files: [string, string | Uint8Array][] = [
    [libPath, lib.text],
    ...artifactNames(entry, program).flatMap((name) => artifacts(name, program, elf, legacyIdl)),
    [mapPath, sourceMapJson(createSourceMap(program, lib.origins), join(io.cwd, mapPath), io.cwd)],
  ];
  for (const [rel, content] of files) {
    try {
      writeFileIfChanged(join(io.cwd, rel), content);
    } catch (err) {
      reportError(io, `cannot write ${rel}: ${describeSystemError(err)}`);
      return false;
    }
  }
  const ms = Math.round(performance.now() - started);
  io.stdout(`${entry.name}: ${displayPath(io.cwd, source)} → ${folder}/src/lib.rs, ${soPath}, ${elf.length} bytes, ${ms} ms\n`);
  return true;
}

/**
 * The names target/ files go under: the Anchor.toml key (what `anchor build` writes and startAnchor
 * loads); its snake_case, where `anchor.workspace.<Name>` looks when the key is spelled otherwise; and
 * the program module's snake_case name, which tests written against Poseidon's output import
 * (`target/types/<module>`, `anchor.workspace.<Module>`).
 */
function artifactNames(entry: AnchorProgram, program: Program): string[] {
  return [...new Set([entry.name, snakeCase(entry.name.replace(/-/g, '_')), program.name])];
}

/** The .so, IDL and types under one name; the IDL and its type carry that name, as `anchor build`'s do. */
function artifacts(name: string, program: Program, elf: Uint8Array, legacyIdl: boolean): [string, string | Uint8Array][] {
  const base = emitIdl(program);
  const idl: Idl = { ...base, metadata: { ...base.metadata, name } };
  const legacy = legacyIdl ? emitLegacyIdl(idl, program) : null;
  return [
    [`target/deploy/${name}.so`, elf],
    [`target/idl/${name}.json`, legacy ? JSON.stringify(legacy, null, 2) : idlJson(idl)],
    [`target/types/${name}.ts`, legacy ? emitLegacyTsTypes(legacy) : emitTsTypes(idl)],
  ];
}

/**
 * Program name → its folder under programs/, found through each folder's Cargo.toml package name:
 * `anchor init my-app` makes programs/my-app/ for the Anchor.toml key my_app.
 */
export function programFolders(root: string): Map<string, string> {
  const folders = new Map<string, string>();
  let entries: string[];
  try {
    entries = readdirSync(join(root, 'programs'));
  } catch {
    return folders;
  }
  for (const dir of entries.sort()) {
    const cargo = readText(join(root, 'programs', dir, 'Cargo.toml'));
    const packageName = cargo.ok ? /^\s*\[package\][^[]*?^\s*name\s*=\s*"([^"]+)"/m.exec(cargo.text)?.[1] : undefined;
    if (packageName !== undefined) folders.set(packageName.replace(/-/g, '_'), `programs/${dir}`);
  }
  return folders;
}

function readText(path: string): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (err) {
    return { ok: false, error: describeSystemError(err) };
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
