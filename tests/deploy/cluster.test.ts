// Cluster names and URLs, explorer links, and reading the Solana CLI's config.yml.
import { describe, expect, it } from 'vitest';
import { explorerLink, parseSolanaCliConfig, resolveCluster } from '../../src/deploy/cluster.js';

const ID = 'CjeNgtsjk2d4cQE1o5iuKscrwEx5atWxCQTsfWViewtx';

describe('resolveCluster', () => {
  it('maps the monikers to their RPC URLs', () => {
    expect(['devnet', 'mainnet-beta', 'testnet', 'localnet'].map((name) => resolveCluster(name))).toEqual([
      { ok: true, url: 'https://api.devnet.solana.com' },
      { ok: true, url: 'https://api.mainnet-beta.solana.com' },
      { ok: true, url: 'https://api.testnet.solana.com' },
      { ok: true, url: 'http://127.0.0.1:8899' },
    ]);
  });

  it('takes an http(s) URL as it is', () => {
    expect(resolveCluster('https://rpc.example.com/key')).toEqual({ ok: true, url: 'https://rpc.example.com/key' });
  });

  it('rejects a URL of another scheme', () => {
    expect(resolveCluster('ws://127.0.0.1:8900')).toEqual({ ok: false, error: 'cluster URL ws://127.0.0.1:8900 must use http or https' });
  });
});

describe('explorerLink', () => {
  it('names devnet and testnet by moniker', () => {
    expect([explorerLink(ID, 'https://api.devnet.solana.com'), explorerLink(ID, 'https://api.testnet.solana.com/')]).toEqual([
      `https://explorer.solana.com/address/${ID}?cluster=devnet`,
      `https://explorer.solana.com/address/${ID}?cluster=testnet`,
    ]);
  });

  it('needs no cluster parameter for mainnet-beta', () => {
    expect(explorerLink(ID, 'https://api.mainnet-beta.solana.com')).toBe(`https://explorer.solana.com/address/${ID}`);
  });

  it('passes any other RPC URL as a custom cluster, encoded', () => {
    expect(explorerLink(ID, 'https://rpc.example.com/?key=a b')).toBe(
      `https://explorer.solana.com/address/${ID}?cluster=custom&customUrl=https%3A%2F%2Frpc.example.com%2F%3Fkey%3Da%20b`);
  });
});

describe('parseSolanaCliConfig', () => {
  it('reads json_rpc_url and keypair_path from the file `solana config set` writes', () => {
    const text = [
      '---',
      'json_rpc_url: "https://api.devnet.solana.com"',
      'websocket_url: ""',
      'keypair_path: /home/ana/.config/solana/id.json',
      'address_labels:',
      '  "11111111111111111111111111111111": System Program',
      'commitment: confirmed',
      '',
    ].join('\n');
    expect(parseSolanaCliConfig(text)).toEqual({ jsonRpcUrl: 'https://api.devnet.solana.com', keypairPath: '/home/ana/.config/solana/id.json' });
  });

  it('unquotes single-quoted values and ignores empty ones', () => {
    expect(parseSolanaCliConfig("json_rpc_url: ''\nkeypair_path: '/k/it''s.json'\n")).toEqual({ keypairPath: "/k/it's.json" });
  });
});
