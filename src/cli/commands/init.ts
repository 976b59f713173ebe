// `poseidon init <name>`: a new project folder: a counter program, poseidon.config.json, a fresh
// program keypair, package.json and tsconfig.json wired to this toolchain, and a test that runs the
// built program in solana-bankrun through the Anchor client. The project depends on this toolchain by
// the semver range of its version, never by a path, so it can move, be shared and run in any CI. It is not
// made inside another npm project or git work tree (where it would be tangled with that one's tooling)
// unless --force says so.
// In: the command's argv and io. Out: the folder <name>/, next steps on stdout; an exit code.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgramKeypair, keypairPath, scaffoldFiles, scaffoldNames, type ToolchainPackage } from '../../scaffold/index.js';
import { parseCommandArgs } from '../args.js';
import { displayPath } from '../compile-source.js';
import { describeSystemError, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { INIT_USAGE } from '../usage.js';

const OPTIONS = {
  force: { type: 'boolean', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

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
  const enclosing = args.values.force ? null : enclosingProject(dirname(root));
  if (enclosing) {
    return reportError(io, `not creating ${root}: it would be inside the ${enclosing}; run \`poseidon init\` from a folder outside it, or pass --force to create it there`);
  }

  const keypair = generateProgramKeypair();
  const toolchain = toolchainPackage();
  const files = scaffoldFiles(names, keypair.publicKey, toolchain);
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
${toolchain.fromCheckout ? `\n${toolchain.name}@${toolchain.spec} comes from the npm registry: to use this checkout instead, see the note in ${displayPath(io.cwd, root)}/README.md\n` : ''}`);
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
 * The nearest folder at or above `dir` that holds a package.json (an npm project) or .git (a git work
 * tree), described for the refusal; null when there is none up to the file-system root.
 */
function enclosingProject(dir: string): string | null {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'package.json'))) return `npm project ${at} (it has a package.json)`;
    if (existsSync(join(at, '.git'))) return `git work tree ${at}`;
    if (dirname(at) === at) return null;
  }
}

/**
 * This toolchain as the new project's dependency: the semver range of its version, whether it runs from an
 * installed package or a development checkout (the project's README then says how to link the checkout).
 * The package root is three folders up from both src/cli/commands/ and dist/cli/commands/.
 */
function toolchainPackage(): ToolchainPackage {
  const root = fileURLToPath(new URL('../../../', import.meta.url)).replace(/[\\/]$/, '');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string; version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string>;
    overrides?: Record<string, unknown>; allowScripts?: Record<string, boolean>;
  };
  return {
    name: pkg.name,
    version: pkg.version,
    spec: `^${pkg.version}`,
    fromCheckout: !root.split(sep).includes('node_modules'),
    versions: { ...pkg.devDependencies, ...pkg.dependencies },
    overrides: pkg.overrides ?? {},
    allowScripts: pkg.allowScripts ?? {},
  };
}
