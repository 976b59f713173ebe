// `poseidon airdrop <sol> [<address>] [--cluster …] [--keypair …]`: test SOL from a cluster's faucet
// (devnet, testnet, localnet or an RPC URL; mainnet-beta has none) for an address, by default the wallet
// `poseidon deploy` pays with. Waits until the airdrop is confirmed.
// In: the command's argv, io and (for tests) the home folder. Out: the amount, recipient and new balance on
// stdout, or the faucet's refusal in its own words with what to try instead; an exit code.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { requestAirdrop, type AirdropTiming } from '../../deploy/airdrop.js';
import { clusterMoniker, DEFAULT_CLUSTER, readSolanaCliConfig, resolveCluster } from '../../deploy/cluster.js';
import { parseSol, sol } from '../../deploy/sol.js';
import { isPubkey } from '../../ir/base58.js';
import { readKeypairFile } from '../../scaffold/index.js';
import { parseCommandArgs } from '../args.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../config.js';
import { EXIT_FAILURE, EXIT_OK, reportError, reportUsageError, type CliIo } from '../io.js';
import { locateWallet, missingWallet } from '../wallet.js';
import { AIRDROP_USAGE } from '../usage.js';

const OPTIONS = {
  cluster: { type: 'string', short: 'u' },
  keypair: { type: 'string', short: 'k' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function airdropCommand(argv: string[], io: CliIo): Promise<number> {
  return runAirdrop(argv, io, homedir());
}

export async function runAirdrop(argv: string[], io: CliIo, homeDir: string, timing?: AirdropTiming): Promise<number> {
  const args = parseCommandArgs(argv, OPTIONS, true);
  if (!args.ok) return reportUsageError(io, args.error, AIRDROP_USAGE);
  if (args.values.help) {
    io.stdout(AIRDROP_USAGE);
    return EXIT_OK;
  }
  const [amountText, address, ...extra] = args.positionals;
  if (amountText === undefined) return reportUsageError(io, 'missing the amount of SOL', AIRDROP_USAGE);
  if (extra.length > 0) return reportUsageError(io, 'expected an amount and at most one address', AIRDROP_USAGE);
  const lamports = parseSol(amountText);
  if (lamports === null || lamports === 0n) {
    return reportUsageError(io, `"${amountText}" is not an amount of SOL (a positive number with at most 9 decimals, e.g. 2 or 0.5)`, AIRDROP_USAGE);
  }
  const given = (name: 'cluster' | 'keypair') => args.values[name] as string | undefined;
  const cluster = resolveCluster(given('cluster') ?? projectCluster(io.cwd) ?? readSolanaCliConfig(homeDir).jsonRpcUrl ?? DEFAULT_CLUSTER);
  if (!cluster.ok) return reportError(io, cluster.error);
  const moniker = clusterMoniker(cluster.url);
  if (moniker === 'mainnet-beta') return reportError(io, 'mainnet-beta has no faucet: SOL there is bought, not airdropped (use --cluster devnet for test SOL)');

  const recipient = address ?? walletAddress(io, given('keypair'), homeDir);
  if (recipient === null) return EXIT_FAILURE;
  if (!isPubkey(recipient)) return reportError(io, `"${recipient}" is not a base58 public key`);

  const where = moniker ?? cluster.url;
  const result = await requestAirdrop(cluster.url, recipient, lamports, timing);
  if (!result.ok) {
    if (!result.refused) return reportError(io, result.error);
    const advice = moniker === 'devnet' || moniker === 'testnet'
      ? `: ask for less, try again later, or use https://faucet.solana.com`
      : '';
    return reportError(io, `the faucet of ${where} refused the airdrop of ${sol(lamports)} SOL: ${result.error}${advice}`);
  }
  io.stdout(`Airdropped ${sol(lamports)} SOL to ${recipient} on ${where}\nBalance: ${sol(result.balance)} SOL\n`);
  return EXIT_OK;
}

/** "cluster" of the project's poseidon.config.json, when there is one that sets it. */
function projectCluster(cwd: string): string | undefined {
  const path = resolve(cwd, DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) return undefined;
  const loaded = loadConfig(path);
  return loaded.ok ? loaded.config.cluster : undefined;
}

/** The wallet's public key, or null after saying how to make one. */
function walletAddress(io: CliIo, keypair: string | undefined, homeDir: string): string | null {
  const wallet = locateWallet(keypair, io.cwd, homeDir);
  const missing = missingWallet(wallet);
  if (missing !== null) {
    reportError(io, missing);
    return null;
  }
  const read = readKeypairFile(wallet.path);
  if (!read.ok) {
    reportError(io, `${wallet.path}: ${read.error}`);
    return null;
  }
  return read.publicKey;
}
