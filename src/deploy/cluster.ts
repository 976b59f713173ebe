// Where to deploy: cluster names and RPC URLs, the Solana CLI's own config file for defaults, and the
// explorer link for a deployed program.
// In: a `--cluster` value, the home folder (for ~/.config/solana/cli/config.yml). Out: RPC URLs, settings, links.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Cluster monikers and their public RPC URLs; localnet is a local solana-test-validator, as in Anchor. */
const CLUSTER_URLS: Record<string, string> = {
  'devnet': 'https://api.devnet.solana.com',
  'testnet': 'https://api.testnet.solana.com',
  'mainnet-beta': 'https://api.mainnet-beta.solana.com',
  'localnet': 'http://127.0.0.1:8899',
};

export const DEFAULT_CLUSTER = 'devnet';

export type ClusterResult = { ok: true; url: string } | { ok: false; error: string };

/** A moniker (devnet, mainnet-beta, localnet, testnet) or an http(s) URL. */
export function resolveCluster(value: string): ClusterResult {
  const named = CLUSTER_URLS[value];
  if (named) return { ok: true, url: named };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, error: `unknown cluster "${value}" (expected ${Object.keys(CLUSTER_URLS).join(', ')} or an http(s) RPC URL)` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: `cluster URL ${value} must use http or https` };
  }
  return { ok: true, url: value };
}

/** The moniker of a public cluster's (or localnet's) RPC URL; undefined for any other URL. */
export function clusterMoniker(rpcUrl: string): string | undefined {
  return Object.keys(CLUSTER_URLS).find((name) => CLUSTER_URLS[name] === rpcUrl.replace(/\/+$/, ''));
}

/** The Solana explorer page of an address on the cluster an RPC URL belongs to. */
export function explorerLink(address: string, rpcUrl: string): string {
  const base = `https://explorer.solana.com/address/${address}`;
  const moniker = clusterMoniker(rpcUrl);
  if (moniker === 'mainnet-beta') return base;
  if (moniker && moniker !== 'localnet') return `${base}?cluster=${moniker}`;
  return `${base}?cluster=custom&customUrl=${encodeURIComponent(rpcUrl)}`;
}

/** The settings deploy takes from the Solana CLI's config file, when it sets them. */
export interface SolanaCliConfig {
  jsonRpcUrl?: string;
  keypairPath?: string;
}

/** The Solana CLI's config file in `homeDir`; empty when there is none (or it cannot be read). */
export function readSolanaCliConfig(homeDir: string): SolanaCliConfig {
  let text: string;
  try {
    text = readFileSync(join(homeDir, '.config', 'solana', 'cli', 'config.yml'), 'utf8');
  } catch {
    return {};
  }
  return parseSolanaCliConfig(text);
}

/** The wallet the Solana CLI uses when its config names none. */
export function defaultWalletPath(homeDir: string): string {
  return join(homeDir, '.config', 'solana', 'id.json');
}

/**
 * Reads the top-level `key: value` lines of the Solana CLI's config.yml (serde_yaml output: plain or
 * quoted scalars); nested maps such as `address_labels` are skipped.
 */
export function parseSolanaCliConfig(text: string): SolanaCliConfig {
  const config: SolanaCliConfig = {};
  for (const line of text.split(/\r?\n/)) {
    const entry = /^([A-Za-z_]+):[ \t]+(.+?)[ \t]*$/.exec(line);
    if (!entry) continue;
    const value = unquote(entry[2]!);
    if (value === '') continue;
    if (entry[1] === 'json_rpc_url') config.jsonRpcUrl = value;
    if (entry[1] === 'keypair_path') config.keypairPath = value;
  }
  return config;
}

function unquote(scalar: string): string {
  if (scalar.length >= 2 && scalar.startsWith("'") && scalar.endsWith("'")) return scalar.slice(1, -1).replaceAll("''", "'");
  if (scalar.length >= 2 && scalar.startsWith('"') && scalar.endsWith('"')) {
    try {
      return JSON.parse(scalar) as string;
    } catch {
      // A YAML escape JSON lacks (\x41, \e): the text between the quotes is the best reading.
      return scalar.slice(1, -1);
    }
  }
  return scalar;
}
