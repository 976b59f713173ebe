// The wallet keypair `deploy` pays with and `airdrop` funds, found as the Solana CLI finds it: --keypair,
// else keypair_path of ~/.config/solana/cli/config.yml, else ~/.config/solana/id.json.
// In: the --keypair value, the working and home folders. Out: the absolute path, and what to say when no
// file is there (how to make one with `poseidon keygen`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultWalletPath, readSolanaCliConfig } from '../deploy/cluster.js';

export interface WalletLocation {
  /** Absolute path of the keypair file. */
  path: string;
  /** Given with --keypair (not a default). */
  given: boolean;
}

export function locateWallet(given: string | undefined, cwd: string, homeDir: string): WalletLocation {
  if (given !== undefined) return { path: resolve(cwd, given), given: true };
  const configured = readSolanaCliConfig(homeDir).keypairPath;
  return { path: configured === undefined ? defaultWalletPath(homeDir) : resolve(cwd, expandHome(configured, homeDir)), given: false };
}

/** The error for a wallet file that does not exist (how to make and fund one), or null when it exists. */
export function missingWallet(wallet: WalletLocation): string | null {
  if (existsSync(wallet.path)) return null;
  // Without --keypair, keygen writes where this default points.
  const path = shellWord(wallet.path);
  return `no wallet keypair at ${wallet.path}: create one with \`poseidon keygen${wallet.given ? ` ${path}` : ''}\` and fund it with `
    + `\`poseidon airdrop 2 --cluster devnet${wallet.given ? ` --keypair ${path}` : ''}\`, or pass another with --keypair <path>`;
}

/** A path as one word of a shell command line. */
function shellWord(path: string): string {
  return /^[A-Za-z0-9_./:@%+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

export function expandHome(path: string, homeDir: string): string {
  return path.startsWith('~/') ? resolve(homeDir, path.slice(2)) : path;
}
