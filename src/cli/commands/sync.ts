// `poseidon sync [--config <path>] [--program-keypair <path>] [<name>]`: Poseidon's verb. Writes the
// public key of the program keypair into the program source's `static PROGRAM_ID = new Pubkey("…")`
// and into poseidon.config.json's programId. In a Poseidon workspace (Anchor.toml + ts-programs/)
// it does what Poseidon's sync (`anchor keys sync` + the sources) does: Anchor.toml's
// [programs.localnet], the TypeScript source and programs/<dir>/src/lib.rs's declare_id!, creating a
// missing target/deploy/<name>-keypair.json first as `anchor keys sync` does.
// In: the command's argv and io. Out: the rewritten files, one line per program; an exit code.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { snakeCase } from '../../ir/names.js';
import { generateProgramKeypair, readKeypairFile } from '../../scaffold/index.js';
import { parseCommandArgs } from '../args.js';
import { displayPath } from '../compile-source.js';
import { DEFAULT_CONFIG_FILE, loadConfig, type ProgramConfig } from '../config.js';
import { describeSystemError, EXIT_FAILURE, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { writeFileIfChanged } from '../output.js';
import { ANCHOR_TOML, isPoseidonProject, programFolders, readAnchorPrograms, setAnchorProgramId } from '../poseidon-project.js';
import { locatePoseidonSources } from '../poseidon-sources.js';
import { SYNC_USAGE } from '../usage.js';

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  'program-keypair': { type: 'string', short: 'k' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Poseidon's pattern, any quote style and spacing. */
const PROGRAM_ID_DECLARATION = /(static\s+PROGRAM_ID\s*=\s*new\s+Pubkey\(\s*)(["'])([^"']*)\2(\s*\))/g;
const PROGRAM_CLASS = /export\s+default\s+class\s+([A-Za-z_$][\w$]*)/;
const DECLARE_ID = /(declare_id!\(\s*")([^"]*)("\s*\))/g;

/** A file to rewrite: path (absolute) → new text. Everything is checked before anything is written. */
type Rewrites = Map<string, string>;

export async function syncCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, SYNC_USAGE);
  if (args.values.help) {
    io.stdout(SYNC_USAGE);
    return EXIT_OK;
  }
  if (args.positionals.length > 1) return reportUsageError(io, `expected at most one program name, got ${args.positionals.length}`, SYNC_USAGE);
  const [name] = args.positionals;
  const keypairOption = args.values['program-keypair'] as string | undefined;
  const keypair = keypairOption === undefined ? undefined : resolve(io.cwd, keypairOption);
  const config = args.values.config as string | undefined;
  if (config === undefined && isPoseidonProject(io.cwd)) return syncPoseidonProject(io, name, keypair);
  return syncConfigProgram(io, resolve(io.cwd, config ?? DEFAULT_CONFIG_FILE), name, keypair);
}

function syncConfigProgram(io: CliIo, configPath: string, name: string | undefined, keypairPath: string | undefined): number {
  const shownConfig = displayPath(io.cwd, configPath);
  const loaded = loadConfig(configPath);
  if (!loaded.ok) {
    for (const error of loaded.errors) reportError(io, `${shownConfig}: ${error}`);
    return EXIT_FAILURE;
  }
  const { programs } = loaded.config;
  const known = programs.map((p) => p.name).join(', ') || 'none';
  const index = name === undefined ? (programs.length === 1 ? 0 : -1) : programs.findIndex((p) => p.name === name);
  if (index === -1) {
    if (name !== undefined) return reportError(io, `${shownConfig} has no program named "${name}" (programs: ${known})`);
    if (programs.length === 0) return reportError(io, `${shownConfig} lists no programs; nothing to sync`);
    return reportError(io, `${shownConfig} lists ${programs.length} programs (${known}); name the one to sync`);
  }
  const program: ProgramConfig = programs[index];
  const publicKey = readPublicKey(io, keypairPath ?? join(program.out, 'target/deploy', `${crateName(program)}-keypair.json`));
  if (publicKey === null) return EXIT_FAILURE;

  const rewrites: Rewrites = new Map();
  if (!rewriteSource(io, program.source, publicKey, rewrites)) return EXIT_FAILURE;
  if (program.programId !== publicKey) {
    // loadConfig accepted the file, so it parses and programs[index] is this program's object.
    const raw = JSON.parse(readFileSync(configPath, 'utf8')) as { programs: Record<string, unknown>[] };
    raw.programs[index].programId = publicKey;
    rewrites.set(configPath, `${JSON.stringify(raw, null, 2)}\n`);
  }
  return writeRewrites(io, program.name, publicKey, rewrites);
}

function syncPoseidonProject(io: CliIo, name: string | undefined, keypairPath: string | undefined): number {
  const tomlPath = join(io.cwd, ANCHOR_TOML);
  const toml = readText(io, tomlPath);
  if (toml === null) return EXIT_FAILURE;
  const listed = readAnchorPrograms(toml);
  if (!listed.ok) return reportError(io, `${ANCHOR_TOML}: ${listed.error}`);
  const known = listed.programs.map((p) => p.name).join(', ');
  const selected = name === undefined ? listed.programs : listed.programs.filter((p) => p.name === name);
  if (selected.length === 0) return reportError(io, `${ANCHOR_TOML} has no program named "${name}" in [programs.localnet] (programs: ${known})`);
  if (keypairPath !== undefined && selected.length > 1) {
    return reportError(io, `${ANCHOR_TOML} lists ${selected.length} programs (${known}); name the one --program-keypair is for`);
  }
  const folders = programFolders(io.cwd);
  let newToml = toml;
  const updates: { name: string; publicKey: string; rewrites: Rewrites }[] = [];
  // The sources `poseidon build` compiles: every program of Anchor.toml claims its own first.
  const sources = locatePoseidonSources(io.cwd, listed.programs);
  for (const program of selected) {
    const publicKey = keypairPath !== undefined
      ? readPublicKey(io, keypairPath)
      : anchorProgramKey(io, program.name, join(io.cwd, 'target/deploy', `${program.name}-keypair.json`));
    if (publicKey === null) return EXIT_FAILURE;
    const rewrites: Rewrites = new Map();
    const source = sources.find((s) => s.entry === program)!;
    if (!source.found) {
      const tried = source.tried.map((path) => displayPath(io.cwd, path)).join(', ');
      // Like Poseidon's sync: a program without a TypeScript source may be written in Rust.
      if (name !== undefined) return reportError(io, `no TypeScript source for program "${program.name}" of ${ANCHOR_TOML} (looked for ${tried})`);
      io.stderr(`warning: no TypeScript source for program "${program.name}" of ${ANCHOR_TOML} (looked for ${tried}); only Anchor.toml and lib.rs updated\n`);
    } else if (!rewriteSource(io, source.path, publicKey, rewrites)) {
      return EXIT_FAILURE;
    }
    const libRs = join(io.cwd, folders.get(program.name) ?? `programs/${program.name}`, 'src/lib.rs');
    const rust = readOptional(libRs);
    if (rust !== null) rewrites.set(libRs, rust.replace(DECLARE_ID, (_, open: string, _id: string, close: string) => `${open}${publicKey}${close}`));
    // Each program carries Anchor.toml with its own line changed on top of the earlier programs':
    // written in order, Anchor.toml counts as changed for exactly the programs whose id moved.
    newToml = setAnchorProgramId(newToml, program.name, publicKey);
    rewrites.set(tomlPath, newToml);
    updates.push({ name: program.name, publicKey, rewrites });
  }
  for (const update of updates) {
    if (writeRewrites(io, update.name, update.publicKey, update.rewrites) !== EXIT_OK) return EXIT_FAILURE;
  }
  return EXIT_OK;
}

/**
 * The crate name `poseidon build` names the program's files after (and keeps the keypair of):
 * snake_case of the default-exported class. Falls back to the config name when the source has none.
 */
function crateName(program: ProgramConfig): string {
  const className = PROGRAM_CLASS.exec(readOptional(program.source) ?? '')?.[1];
  return className === undefined ? program.name : snakeCase(className);
}

/**
 * The public key of the program keypair Anchor keeps at `path`. As `anchor keys sync` (and `anchor build`),
 * a missing one is created first: a fresh clone of a Poseidon project has none, and its PROGRAM_ID and
 * Anchor.toml often disagree, which `poseidon build` asks `poseidon sync` to mend.
 */
function anchorProgramKey(io: CliIo, name: string, path: string): string | null {
  if (existsSync(path)) return readPublicKey(io, path);
  const keypair = generateProgramKeypair();
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, keypair.json, { flag: 'wx' });
  } catch (err) {
    reportError(io, `cannot write the program keypair ${displayPath(io.cwd, path)}: ${describeSystemError(err)}`);
    return null;
  }
  io.stdout(`${name}: no program keypair yet: wrote a new one to ${displayPath(io.cwd, path)}\n`);
  return keypair.publicKey;
}

/** The public key of a keypair file, or null after reporting why it cannot be read. */
function readPublicKey(io: CliIo, path: string): string | null {
  const read = readKeypairFile(path);
  if (read.ok) return read.publicKey;
  reportError(io, `cannot read the program keypair ${displayPath(io.cwd, path)}: ${read.error}`);
  return null;
}

/** Queues the source with its one PROGRAM_ID declaration set to `publicKey`; false after reporting. */
function rewriteSource(io: CliIo, sourcePath: string, publicKey: string, rewrites: Rewrites): boolean {
  const text = readText(io, sourcePath);
  if (text === null) return false;
  const declarations = [...text.matchAll(PROGRAM_ID_DECLARATION)].length;
  if (declarations !== 1) {
    const found = declarations === 0 ? 'no' : `${declarations}`;
    reportError(io, `${displayPath(io.cwd, sourcePath)}: found ${found} \`static PROGRAM_ID = new Pubkey("…")\` declarations; expected one to update`);
    return false;
  }
  rewrites.set(sourcePath, text.replace(PROGRAM_ID_DECLARATION, (_, open: string, quote: string, _id: string, close: string) => `${open}${quote}${publicKey}${quote}${close}`));
  return true;
}

/** Writes the files whose text changed and prints what happened to the program; an exit code. */
function writeRewrites(io: CliIo, name: string, publicKey: string, rewrites: Rewrites): number {
  const changed = [...rewrites].filter(([path, text]) => readOptional(path) !== text);
  for (const [path, text] of changed) {
    try {
      writeFileIfChanged(path, text);
    } catch (err) {
      return reportError(io, `cannot write ${displayPath(io.cwd, path)}: ${describeSystemError(err)}`);
    }
  }
  const where = changed.length === 0 ? 'already in sync' : `written to ${changed.map(([path]) => displayPath(io.cwd, path)).join(', ')}`;
  io.stdout(`${name}: program id ${publicKey} ${where}\n`);
  return EXIT_OK;
}

function readText(io: CliIo, path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    reportError(io, `cannot read ${displayPath(io.cwd, path)}: ${describeSystemError(err)}`);
    return null;
  }
}

function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
