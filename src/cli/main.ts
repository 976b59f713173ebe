// The `poseidon` command line: dispatches `poseidon <command> …` to the command table.
// In: argv without `node` and the script (process.argv.slice(2)) and an optional io (tests pass their
// own). Out: the exit code: 0 success, 1 failure (diagnostics, config or I/O errors), 2 usage error.
import { readFileSync } from 'node:fs';
import { EXIT_FAILURE, EXIT_OK, processIo, reportUsageError, type CliIo } from './io.js';
import {
  AIRDROP_USAGE,
  BUILD_USAGE,
  COMPILE_USAGE,
  DEPLOY_USAGE,
  EXPLAIN_USAGE,
  INIT_USAGE,
  KEYGEN_USAGE,
  MAIN_USAGE,
  SYNC_USAGE,
  TEST_USAGE,
} from './usage.js';

export type { CliIo } from './io.js';

type CommandRun = (argv: string[], io: CliIo) => Promise<number>;

interface Command {
  /** The command's module is imported when the command runs: `compile` should not pay for loading `test`'s runtimes. */
  load(): Promise<CommandRun>;
  usage: string;
}

/** Every verb of the CLI. */
const COMMANDS: Record<string, Command> = {
  compile: { load: async () => (await import('./commands/compile.js')).compileCommand, usage: COMPILE_USAGE },
  build: { load: async () => (await import('./commands/build.js')).buildCommand, usage: BUILD_USAGE },
  init: { load: async () => (await import('./commands/init.js')).initCommand, usage: INIT_USAGE },
  test: { load: async () => (await import('./commands/test.js')).testCommand, usage: TEST_USAGE },
  sync: { load: async () => (await import('./commands/sync.js')).syncCommand, usage: SYNC_USAGE },
  deploy: { load: async () => (await import('./commands/deploy.js')).deployCommand, usage: DEPLOY_USAGE },
  keygen: { load: async () => (await import('./commands/keygen.js')).keygenCommand, usage: KEYGEN_USAGE },
  airdrop: { load: async () => (await import('./commands/airdrop.js')).airdropCommand, usage: AIRDROP_USAGE },
  explain: { load: async () => (await import('./commands/explain.js')).explainCommand, usage: EXPLAIN_USAGE },
};

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return reportUsageError(io, 'no command given', MAIN_USAGE);
  if (first === '--help' || first === '-h') return help(rest, io);
  if (first === '--version' || first === '-V') {
    io.stdout(`poseidon ${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (first === 'help') return help(rest, io);
  if (!Object.hasOwn(COMMANDS, first)) {
    return reportUsageError(io, first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`, MAIN_USAGE);
  }
  try {
    const run = await COMMANDS[first].load();
    return await run(rest, io);
  } catch (err) {
    // Only a bug in poseidon gets here: user errors are reported by the commands as one-line messages.
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`error: ${message}\n(this is a bug in poseidon, not in your program${process.env.POSEIDON_DEBUG ? '' : '; set POSEIDON_DEBUG=1 for a stack trace'})\n`);
    if (process.env.POSEIDON_DEBUG && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT_FAILURE;
  }
}

/** `poseidon help [<command>]`. */
function help(args: string[], io: CliIo): number {
  const [topic] = args;
  if (topic === undefined) {
    io.stdout(MAIN_USAGE);
    return EXIT_OK;
  }
  if (!Object.hasOwn(COMMANDS, topic)) return reportUsageError(io, `unknown command '${topic}'`, MAIN_USAGE);
  io.stdout(COMMANDS[topic].usage);
  return EXIT_OK;
}

/** The version in package.json, two folders up from both src/cli/ and dist/cli/. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
