// `poseidon build [--config <path>] [<name>…]`: every program of poseidon.config.json (or the named
// ones) into its out folder, laid out as an Anchor workspace after `anchor build`.
// In: the command's argv and io. Out: the out folders (exactly this build's files, plus a kept program
// keypair) and one line per program on stdout: name, .so path and size, time; an exit code.
import { dirname, join, resolve } from 'node:path';
import { emitIdl, emitTsTypes, idlJson } from '../../backends/idl/index.js';
import { createSourceMap, sourceMapJson, sourceMapPath } from '../../source-map/index.js';
import { parseCommandArgs } from '../args.js';
import { compileSourceFile, displayPath, emitElf } from '../compile-source.js';
import { DEFAULT_CONFIG_FILE, loadConfig, type PoseidonConfig, type ProgramConfig } from '../config.js';
import { describeSystemError, EXIT_FAILURE, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { syncFolder, type OutputFiles } from '../output.js';
import { anchorWorkspaceWithoutSources, buildPoseidonProject, isPoseidonProject } from '../poseidon-project.js';
import { loadAnchorBackend } from '../toolchain.js';
import { BUILD_USAGE } from '../usage.js';

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function buildCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, BUILD_USAGE);
  if (args.values.help) {
    io.stdout(BUILD_USAGE);
    return EXIT_OK;
  }
  if (args.values.config === undefined && isPoseidonProject(io.cwd)) return buildPoseidonProject(io, args.positionals);
  const skeleton = args.values.config === undefined ? anchorWorkspaceWithoutSources(io.cwd) : null;
  if (skeleton !== null) return reportError(io, skeleton);
  const configPath = resolve(io.cwd, (args.values.config as string | undefined) ?? DEFAULT_CONFIG_FILE);
  const shownConfig = displayPath(io.cwd, configPath);
  const loaded = loadConfig(configPath);
  if (!loaded.ok) {
    for (const error of loaded.errors) reportError(io, `${shownConfig}: ${error}`);
    return EXIT_FAILURE;
  }
  const selected = selectPrograms(loaded.config, args.positionals, shownConfig, io);
  if (!selected) return EXIT_FAILURE;
  if (selected.length === 0) {
    io.stdout(`${shownConfig} lists no programs; nothing to build\n`);
    return EXIT_OK;
  }
  let failed = false;
  for (const program of selected) {
    if (!(await buildProgram(program, loaded.config.path, io))) failed = true;
  }
  return failed ? EXIT_FAILURE : EXIT_OK;
}

/** The named programs in command-line order, or all of them; null after reporting unknown names. */
function selectPrograms(config: PoseidonConfig, names: string[], shownConfig: string, io: CliIo): ProgramConfig[] | null {
  if (names.length === 0) return config.programs;
  const unknown = names.filter((n) => !config.programs.some((p) => p.name === n));
  if (unknown.length > 0) {
    const known = config.programs.map((p) => p.name).join(', ') || 'none';
    for (const name of unknown) reportError(io, `${shownConfig} has no program named "${name}" (programs: ${known})`);
    return null;
  }
  return [...new Set(names)].map((n) => config.programs.find((p) => p.name === n) as ProgramConfig);
}

async function buildProgram(entry: ProgramConfig, configPath: string, io: CliIo): Promise<boolean> {
  const started = performance.now();
  const shownConfig = displayPath(io.cwd, configPath);
  const compiled = await compileSourceFile(io, entry.source);
  if (!compiled) return false;
  const program = entry.features.length > 0 ? { ...compiled, features: entry.features } : compiled;
  if (program.programId !== entry.programId) {
    reportError(io, `${shownConfig}: program "${entry.name}" has programId ${entry.programId}, but ${displayPath(io.cwd, entry.source)} declares PROGRAM_ID ${program.programId}; run \`poseidon sync\` or fix one of them`);
    return false;
  }
  const anchor = await loadAnchorBackend();
  // The workspace is printed once, for its files, the .so and the source map: each printing lays out the whole crate.
  const workspace = anchor.workspaceWithOrigins(program);
  const { origins } = workspace;
  const elf = await emitElf(io, program, origins);
  if (!elf) return false;
  const files: OutputFiles = new Map(workspace.files);
  // Where `anchor build` puts its artifacts, named after the crate (the IR program name).
  const idl = emitIdl(program);
  const soPath = `target/deploy/${program.name}.so`;
  files.set(soPath, elf);
  files.set(`target/idl/${program.name}.json`, idlJson(idl));
  files.set(`target/types/${program.name}.ts`, emitTsTypes(idl));
  // DSL paths in the source map are relative to the project: the config file's folder.
  const mapPath = sourceMapPath(program.name);
  files.set(mapPath, sourceMapJson(createSourceMap(program, origins), join(entry.out, mapPath), dirname(configPath)));
  const keypair = `target/deploy/${program.name}-keypair.json`;
  try {
    syncFolder(entry.out, files, (rel) => rel === keypair);
  } catch (err) {
    reportError(io, `cannot write ${displayPath(io.cwd, entry.out)}: ${describeSystemError(err)}`);
    return false;
  }
  const ms = Math.round(performance.now() - started);
  io.stdout(`${entry.name}: ${displayPath(io.cwd, resolve(entry.out, soPath))}, ${elf.length} bytes, ${ms} ms\n`);
  return true;
}
