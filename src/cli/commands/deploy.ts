// `poseidon deploy [--cluster …] [--keypair …] [--program-keypair …] [<name>]`: deploys (or upgrades) a
// program built by `poseidon build` through the BPF upgradeable loader.
// In: the command's argv and io (plus, for tests, the environment: how to connect, the home folder, TTY).
// Out: progress on stderr; the program id and its explorer link on stdout; an exit code.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import type { Keypair } from '@solana/web3.js';
import type { DeployConnection } from '../../deploy/connection.js';
import { DEFAULT_CLUSTER, explorerLink, readSolanaCliConfig, resolveCluster } from '../../deploy/cluster.js';
import { findProgramBinary, selectProgram, type BuiltProgram } from '../../deploy/target.js';
import { parseCommandArgs } from '../args.js';
import { displayPath } from '../compile-source.js';
import { DEFAULT_CONFIG_FILE, loadConfig, type ProgramConfig } from '../config.js';
import { EXIT_FAILURE, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { DEPLOY_USAGE } from '../usage.js';
import { locateWallet, missingWallet } from '../wallet.js';

const OPTIONS = {
  'cluster': { type: 'string', short: 'u' },
  'keypair': { type: 'string', short: 'k' },
  'program-keypair': { type: 'string' },
  'config': { type: 'string', short: 'c' },
  'help': { type: 'boolean', short: 'h' },
} as const;

/** Write transactions in flight at once on a cluster (the Solana CLI also writes in parallel). */
const CLUSTER_WRITE_CONCURRENCY = 4;

/** What the command takes from its surroundings; tests replace it to deploy in-process. */
export interface DeployEnvironment {
  connect(url: string): Promise<DeployConnection>;
  /** Where ~/.config/solana lives. */
  homeDir: string;
  stderrIsTTY: boolean;
  writeConcurrency: number;
}

export function processEnvironment(): DeployEnvironment {
  return {
    // web3.js loads only when a deploy gets this far.
    connect: async (url) => (await import('../../deploy/web3-connection.js')).web3Connection(url),
    homeDir: homedir(),
    stderrIsTTY: process.stderr.isTTY === true,
    writeConcurrency: CLUSTER_WRITE_CONCURRENCY,
  };
}

export function deployCommand(argv: string[], io: CliIo): Promise<number> {
  return runDeploy(argv, io, processEnvironment());
}

export async function runDeploy(argv: string[], io: CliIo, env: DeployEnvironment): Promise<number> {
  const args = parseCommandArgs(argv, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, DEPLOY_USAGE);
  if (args.values.help) {
    io.stdout(DEPLOY_USAGE);
    return EXIT_OK;
  }
  if (args.positionals.length > 1) return reportUsageError(io, 'deploy takes at most one program name', DEPLOY_USAGE);
  const option = (name: keyof typeof OPTIONS) => args.values[name] as string | undefined;
  const shown = (path: string) => displayPath(io.cwd, path);

  const configPath = resolve(io.cwd, option('config') ?? DEFAULT_CONFIG_FILE);
  const loaded = loadConfig(configPath);
  if (!loaded.ok) {
    for (const error of loaded.errors) reportError(io, `${shown(configPath)}: ${error}`);
    return EXIT_FAILURE;
  }
  const selected = selectProgram(loaded.config, args.positionals[0], shown(configPath));
  if (!selected.ok) return reportError(io, selected.error);
  const program = selected.program;
  const found = findProgramBinary(program, shown);
  if (!found.ok) return reportError(io, found.error);

  const solanaCli = readSolanaCliConfig(env.homeDir);
  const cluster = resolveCluster(option('cluster') ?? loaded.config.cluster ?? solanaCli.jsonRpcUrl ?? DEFAULT_CLUSTER);
  if (!cluster.ok) return reportError(io, cluster.error);
  const walletFile = locateWallet(option('keypair'), io.cwd, env.homeDir);
  const missing = missingWallet(walletFile);
  if (missing !== null) return reportError(io, missing);
  const { readKeypairFile } = await import('../../deploy/keypair.js');
  const wallet = readKeypairFile(walletFile.path, shown(walletFile.path));
  if (!wallet.ok) return reportError(io, wallet.error);
  const programKeypair = await loadProgramKeypair(io, program, found.binary, option('program-keypair'), shown);
  if (!programKeypair) return EXIT_FAILURE;

  return deploy(io, env, {
    program, binary: found.binary, url: cluster.url, wallet: wallet.keypair, programKeypair, shownSo: shown(found.binary.soPath),
  });
}

/** The program id keypair, created where `anchor build` would when the default one is missing; it must be the configured id. */
async function loadProgramKeypair(
  io: CliIo, program: ProgramConfig, binary: BuiltProgram, given: string | undefined, shown: (p: string) => string,
): Promise<Keypair | null> {
  const { createKeypairFile, readKeypairFile } = await import('../../deploy/keypair.js');
  const path = given === undefined ? binary.defaultKeypairPath : resolve(io.cwd, given);
  let keypair: Keypair;
  const read = readKeypairFile(path, shown(path));
  if (read.ok) {
    keypair = read.keypair;
  } else if (given === undefined && !existsSync(path)) {
    const created = createKeypairFile(path, shown(path));
    if (!created.ok) {
      reportError(io, created.error);
      return null;
    }
    keypair = created.keypair;
    io.stderr(`warning: created the program keypair ${shown(path)} for ${keypair.publicKey.toBase58()}; `
      + `the program's PROGRAM_ID (and its programId in poseidon.config.json) must be that key\n`);
  } else {
    reportError(io, read.error);
    return null;
  }
  if (keypair.publicKey.toBase58() !== program.programId) {
    const sync = `poseidon sync ${program.name}${given === undefined ? '' : ` --program-keypair ${shown(path)}`}`;
    reportError(io, `the program keypair ${shown(path)} is for ${keypair.publicKey.toBase58()}, but program "${program.name}" has `
      + `programId ${program.programId}; run \`${sync}\` and \`poseidon build ${program.name}\` to make ${keypair.publicKey.toBase58()} `
      + `its id, or pass the keypair of ${program.programId} with --program-keypair`);
    return null;
  }
  return keypair;
}

interface DeployJob {
  program: ProgramConfig;
  binary: BuiltProgram;
  url: string;
  wallet: Keypair;
  programKeypair: Keypair;
  shownSo: string;
}

async function deploy(io: CliIo, env: DeployEnvironment, job: DeployJob): Promise<number> {
  const { executeDeployment, planDeployment } = await import('../../deploy/deploy.js');
  const { createProgress } = await import('../../deploy/progress.js');
  const connection = await env.connect(job.url);
  const request = { so: job.binary.so, programId: job.programKeypair.publicKey, wallet: job.wallet };
  const planned = await planDeployment(connection, request);
  if (!planned.ok) return reportError(io, planned.error);
  const { plan } = planned;
  const id = plan.programId.toBase58();
  io.stderr(`${plan.kind === 'deploy' ? 'Deploying' : 'Upgrading'} ${job.program.name} (${job.shownSo}, ${plan.programSize} bytes) `
    + `as ${id} on ${connection.label}, paid by ${job.wallet.publicKey.toBase58()}\n`);
  const result = await executeDeployment(connection, plan, request, {
    programKeypair: job.programKeypair,
    progress: (total) => createProgress(io.stderr, env.stderrIsTTY, total, 'Writing'),
    concurrency: env.writeConcurrency,
  });
  if (!result.ok) {
    reportError(io, result.error);
    for (const line of result.logs) io.stderr(`  ${line}\n`);
    return EXIT_FAILURE;
  }
  io.stdout(`${plan.kind === 'deploy' ? 'Deployed' : 'Upgraded'} ${job.program.name}\nProgram Id: ${id}\n${explorerLink(id, job.url)}\n`);
  return EXIT_OK;
}
