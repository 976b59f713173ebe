// `poseidon test [--config <path>] [<name>…] [-- <vitest args>]`: `poseidon build`, then the project's
// own vitest (`vitest run`) in the project folder, with the terminal handed to it.
// In: the command's argv and io. Out: the build's output, then vitest's on the inherited stdio; the
// build's exit code when it fails, otherwise vitest's.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { displayPath } from '../compile-source.js';
import { EXIT_FAILURE, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { buildCommand } from './build.js';

export const TEST_USAGE = `Usage: poseidon test [--config <path>] [<name>...] [-- <vitest args>]

Build like \`poseidon build\` (every program, or only the named ones), then run the project's tests
with the project's vitest (\`vitest run\`) in the folder of the config file. Arguments after \`--\`
go to vitest. The exit code is the build's when it fails, otherwise vitest's.

Options:
  -c, --config <path>    The config file (default: poseidon.config.json)
  -h, --help             Show this help
`;

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function testCommand(argv: string[], io: CliIo): Promise<number> {
  const separator = argv.indexOf('--');
  const ownArgs = separator === -1 ? argv : argv.slice(0, separator);
  const vitestArgs = separator === -1 ? [] : argv.slice(separator + 1);
  const args = parseCommandArgs(ownArgs, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, TEST_USAGE);
  if (args.values.help) {
    io.stdout(TEST_USAGE);
    return EXIT_OK;
  }
  const built = await buildCommand(ownArgs, io);
  if (built !== EXIT_OK) return built;

  const config = args.values.config as string | undefined;
  const projectDir = config === undefined ? io.cwd : dirname(resolve(io.cwd, config));
  const vitest = findVitestBin(projectDir);
  if (vitest === null) {
    return reportError(io, `vitest is not installed (no node_modules/vitest in ${displayPath(io.cwd, projectDir)} or above): run \`npm install\` in the project; one made by \`poseidon init\` lists vitest`);
  }
  return runVitest(io, vitest, projectDir, vitestArgs);
}

/**
 * The project's vitest executable, found the way Node resolves the package: node_modules/vitest in
 * the project folder or an ancestor. Running it with this Node (rather than through npx) never
 * downloads anything and works the same on every platform.
 */
function findVitestBin(projectDir: string): string | null {
  for (let dir = projectDir; ; dir = dirname(dir)) {
    const pkgPath = join(dir, 'node_modules', 'vitest', 'package.json');
    if (existsSync(pkgPath)) {
      const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin?: string | Record<string, string> };
      const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.vitest;
      return bin === undefined ? null : join(dirname(pkgPath), bin);
    }
    if (dirname(dir) === dir) return null;
  }
}

function runVitest(io: CliIo, vitestBin: string, projectDir: string, vitestArgs: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [vitestBin, 'run', ...vitestArgs], { cwd: projectDir, stdio: 'inherit' });
    child.on('error', (err) => done(reportError(io, `cannot run vitest: ${err.message}`)));
    // A signal (Ctrl-C) ends the run without an exit code: report failure.
    child.on('exit', (code) => done(code ?? EXIT_FAILURE));
  });
}
