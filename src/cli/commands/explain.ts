// `poseidon explain [--config <path>] [<location>…]`: the TypeScript statement behind an error location
// the program logs (`AnchorError thrown in programs/vault/src/instructions/withdraw.rs:34`), through the
// source maps `poseidon build` wrote (target/sourcemap/<name>.json). Without locations it reads text on
// stdin (logs, test output) and prints it back with the TypeScript line after each location it knows.
// In: the command's argv, io and (for tests) the stdin stream. Out: per location, the DSL position and its
// source line on stdout; an exit code (1 when a location is unknown or no source map exists).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { annotateAnchorErrors, findOrigin, formatOrigin, type DslOrigin, type SourceMap } from '../../source-map/index.js';
import { parseCommandArgs } from '../args.js';
import { displayPath } from '../compile-source.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../config.js';
import { EXIT_FAILURE, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { forwardLines } from '../line-stream.js';
import { isPoseidonProject } from '../poseidon-project.js';
import { projectSourceMaps } from '../source-maps.js';
import { EXPLAIN_USAGE } from '../usage.js';

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A Rust location as a program logs it, on its own or inside a log line. */
const RUST_LOCATION = /([^\s()'"`]+\.rs):(\d+)/;

export function explainCommand(argv: string[], io: CliIo): Promise<number> {
  return runExplain(argv, io, process.stdin);
}

export async function runExplain(argv: string[], io: CliIo, stdin: Readable): Promise<number> {
  const args = parseCommandArgs(argv, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, EXPLAIN_USAGE);
  if (args.values.help) {
    io.stdout(EXPLAIN_USAGE);
    return EXIT_OK;
  }
  const project = loadProjectMaps(io, args.values.config as string | undefined);
  if (!project) return EXIT_FAILURE;
  if (args.positionals.length === 0) {
    if ((stdin as { isTTY?: boolean }).isTTY) io.stderr('poseidon explain: reading logs from stdin (end with Ctrl-D), or give a location\n');
    await forwardLines(stdin, io.stdout, (text) => annotateAnchorErrors(text, project.maps, io.cwd));
    return EXIT_OK;
  }
  let unknown = 0;
  for (const given of args.positionals) {
    const location = RUST_LOCATION.exec(given);
    const rust = location ? `${location[1]}:${location[2]}` : null;
    const origin = rust === null ? undefined : findOrigin(project.maps, rust);
    if (rust === null || !origin) {
      unknown++;
      reportError(io, rust === null
        ? `"${given}" holds no Rust location (expected <file>.rs:<line>, as in "AnchorError thrown in programs/<name>/src/lib.rs:12")`
        : `no program of ${project.shown} reports an error at ${rust} (programs with source maps: ${project.maps.map((m) => m.program).join(', ')}); rebuild with \`poseidon build\` if the program changed`);
      continue;
    }
    io.stdout(describe(rust, origin, io.cwd));
  }
  return unknown === 0 ? EXIT_OK : EXIT_FAILURE;
}

/** The source maps of the project in the working directory (or of --config), or null after reporting why there are none. */
function loadProjectMaps(io: CliIo, config: string | undefined): { maps: SourceMap[]; shown: string } | null {
  const poseidonWorkspace = config === undefined && isPoseidonProject(io.cwd);
  const configPath = resolve(io.cwd, config ?? DEFAULT_CONFIG_FILE);
  const shown = poseidonWorkspace ? 'this workspace' : displayPath(io.cwd, configPath);
  if (!poseidonWorkspace) {
    const loaded = loadConfig(configPath);
    if (!loaded.ok) {
      for (const error of loaded.errors) reportError(io, `${shown}: ${error}`);
      return null;
    }
  }
  const { maps, warnings } = projectSourceMaps(poseidonWorkspace ? io.cwd : dirname(configPath), poseidonWorkspace ? null : configPath);
  for (const warning of warnings) io.stderr(`warning: ${warning}\n`);
  if (maps.length === 0) {
    reportError(io, `no source maps for ${shown} (target/sourcemap/<name>.json): run \`poseidon build\` first`);
    return null;
  }
  return { maps, shown };
}

/** `<rust> → <dsl> (require)`, then the DSL source line when the file can be read. */
function describe(rust: string, origin: DslOrigin, cwd: string): string {
  let source: string | undefined;
  try {
    source = readFileSync(origin.file, 'utf8').split(/\r?\n/)[origin.line - 1];
  } catch {
    source = undefined;
  }
  const head = `${rust} → ${formatOrigin(origin, cwd)} (${origin.kind})\n`;
  return source === undefined ? head : `${head}  ${source.trim()}\n`;
}
