// `poseidon init <name>`: a new project folder: a counter program, poseidon.config.json, a fresh
// program keypair, package.json and tsconfig.json wired to this toolchain, and a test that runs the
// built program in solana-bankrun through the Anchor client.
// In: the command's argv and io. Out: the folder <name>/, next steps on stdout; an exit code.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgramKeypair, keypairPath, scaffoldFiles, scaffoldNames, type ToolchainPackage } from '../../scaffold/index.js';
import { parseCommandArgs } from '../args.js';
import { displayPath } from '../compile-source.js';
import { describeSystemError, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';

export const INIT_USAGE = `Usage: poseidon init <name>

Create the folder <name>/ holding a new project: programs/<name>.ts (a counter program),
poseidon.config.json, a fresh program keypair at generated/<name>/target/deploy/<name>-keypair.json
whose public key is the program id, package.json and tsconfig.json wired to this toolchain, and
tests/<name>.test.ts, which runs the built program in solana-bankrun. A "-" in <name> becomes "_"
in file and program names, as in Anchor.

Options:
  -h, --help    Show this help
`;

const OPTIONS = { help: { type: 'boolean', short: 'h' } } as const;

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, INIT_USAGE);
  if (args.values.help) {
    io.stdout(INIT_USAGE);
    return EXIT_OK;
  }
  if (args.positionals.length !== 1) {
    const problem = args.positionals.length === 0 ? 'missing the project name' : `expected one project name, got ${args.positionals.length}`;
    return reportUsageError(io, problem, INIT_USAGE);
  }
  const named = scaffoldNames(args.positionals[0]);
  if (!named.ok) return reportError(io, named.error);
  const { names } = named;
  const root = resolve(io.cwd, names.folder);
  const occupied = describeOccupied(root);
  if (occupied) return reportError(io, `cannot create ${displayPath(io.cwd, root)}: ${occupied}`);

  const keypair = generateProgramKeypair();
  const files = scaffoldFiles(names, keypair.publicKey, toolchainPackage());
  try {
    for (const [rel, text] of files) writeNew(join(root, rel), text, 0o644);
    // solana-keygen's permissions: the secret key is for its owner only.
    writeNew(join(root, keypairPath(names)), keypair.json, 0o600);
  } catch (err) {
    return reportError(io, `cannot write ${displayPath(io.cwd, root)}: ${describeSystemError(err)}`);
  }
  io.stdout(`Created ${displayPath(io.cwd, root)}/: program ${names.crate}, program id ${keypair.publicKey}

Next:
  cd ${displayPath(io.cwd, root)}
  npm install
  npx poseidon test
`);
  return EXIT_OK;
}

/** Why the project folder cannot be used, or null when it is absent or an empty folder. */
function describeOccupied(root: string): string | null {
  try {
    if (!statSync(root).isDirectory()) return 'a file of that name exists';
    return readdirSync(root).length > 0 ? 'the folder exists and is not empty' : null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : describeSystemError(err);
  }
}

function writeNew(path: string, text: string, mode: number): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { mode, flag: 'wx' });
}

/**
 * This toolchain as the new project's dependency: a `file:` link to the checkout it runs from, or
 * its published version when it runs from an installed package. The package root is three folders
 * up from both src/cli/commands/ and dist/cli/commands/.
 */
function toolchainPackage(): ToolchainPackage {
  const root = fileURLToPath(new URL('../../../', import.meta.url)).replace(/[\\/]$/, '');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string; version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string>;
  };
  const installed = root.split(sep).includes('node_modules');
  return {
    name: pkg.name,
    spec: installed ? `^${pkg.version}` : `file:${root}`,
    versions: { ...pkg.devDependencies, ...pkg.dependencies },
  };
}
