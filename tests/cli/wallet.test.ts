// A wallet for deploy: `poseidon keygen` writes a Solana CLI keypair file where deploy looks (never replacing
// one), and `poseidon airdrop` funds it from a faucet: the in-process validator's, which confirms it and
// refuses more than it holds in solana-test-validator's words, and an HTTP server answering as devnet's
// faucet does when it is dry (HTTP 429).
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keypair } from '@solana/web3.js';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runAirdrop } from '../../src/cli/commands/airdrop.js';
import { runKeygen } from '../../src/cli/commands/keygen.js';
import { AIRDROP_USAGE, KEYGEN_USAGE } from '../../src/cli/usage.js';
import { startLocalnet } from '../../src/localnet/index.js';
import { runCli, tempProject, writeFiles, type CliRun } from './helpers.js';

function emptyHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'poseidon-home-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  return home;
}

function capture(run: (io: { stdout(s: string): void; stderr(s: string): void; cwd: string }) => number | Promise<number>, cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  return Promise.resolve(run({ stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd })).then((code) => ({ code, stdout, stderr }));
}

const keygen = (argv: string[], cwd: string, home: string) => capture((io) => runKeygen(argv, io, home), cwd);
const airdrop = (argv: string[], cwd: string, home: string) => capture((io) => runAirdrop(argv, io, home, { timeoutMs: 10_000, pollMs: 50 }), cwd);

/** The public key of a keypair file, through web3.js (which checks the public half against the secret). */
const publicKeyOf = (path: string): string => Keypair.fromSecretKey(Uint8Array.from(JSON.parse(readFileSync(path, 'utf8')) as number[])).publicKey.toBase58();

describe('poseidon keygen', () => {
  it('writes ~/.config/solana/id.json in the Solana CLI format, readable by its owner only, and prints its public key', async () => {
    const home = emptyHome();
    const run = await keygen([], tempProject(), home);
    const path = join(home, '.config/solana/id.json');
    const publicKey = publicKeyOf(path);
    expect(run).toEqual({
      code: 0, stderr: '', stdout: `Wrote a new keypair to ${path}\npubkey: ${publicKey}\nFund it on devnet with \`poseidon airdrop 2 --cluster devnet\`\n`,
    });
    expect([(JSON.parse(readFileSync(path, 'utf8')) as number[]).length, statSync(path).mode & 0o777]).toEqual([64, 0o600]);
  });

  it('never replaces a keypair, exit 1', async () => {
    const home = emptyHome();
    const path = join(home, '.config/solana/id.json');
    writeFiles(home, { '.config/solana/id.json': 'mine' });
    expect(await keygen([], tempProject(), home)).toEqual({
      code: 1, stdout: '', stderr: `error: ${path} already exists; keygen never replaces a keypair (it may hold funds): give another path\n`,
    });
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });

  it('writes to a path given relative to the working directory', async () => {
    const dir = tempProject();
    const run = await keygen(['keys/wallet.json'], dir, emptyHome());
    expect([run.code, run.stdout.split('\n')[1], run.stdout.split('\n')[2]])
      .toEqual([0, `pubkey: ${publicKeyOf(join(dir, 'keys/wallet.json'))}`, 'Fund it on devnet with `poseidon airdrop 2 --cluster devnet --keypair keys/wallet.json`']);
  });

  it('writes where the Solana CLI config says the wallet is, as deploy reads it', async () => {
    const home = emptyHome();
    const dir = tempProject();
    writeFiles(home, { '.config/solana/cli/config.yml': `---\nkeypair_path: ${join(dir, 'cli-wallet.json')}\n` });
    expect([(await keygen([], tempProject(), home)).code, publicKeyOf(join(dir, 'cli-wallet.json')).length > 30]).toEqual([0, true]);
  });

  it('is registered with its usage', async () => {
    expect(await runCli(['help', 'keygen'], tempProject())).toEqual({ code: 0, stdout: KEYGEN_USAGE, stderr: '' });
  });
});

describe('poseidon airdrop against the in-process validator', () => {
  async function localnet(): Promise<string> {
    const net = await startLocalnet({ programs: [], wallet: Keypair.generate().publicKey, slotMs: 0 });
    onTestFinished(() => net.close());
    return net.rpcUrl;
  }

  it('funds the wallet keygen wrote, waits for confirmation and prints the new balance', async () => {
    const [url, home] = [await localnet(), emptyHome()];
    await keygen([], tempProject(), home);
    const publicKey = publicKeyOf(join(home, '.config/solana/id.json'));
    expect(await airdrop(['2', '--cluster', url], tempProject(), home)).toEqual({
      code: 0, stderr: '', stdout: `Airdropped 2 SOL to ${publicKey} on ${url}\nBalance: 2 SOL\n`,
    });
    expect((await airdrop(['0.5', '--cluster', url], tempProject(), home)).stdout).toBe(`Airdropped 0.5 SOL to ${publicKey} on ${url}\nBalance: 2.5 SOL\n`);
  });

  it('funds an address given on the command line', async () => {
    const url = await localnet();
    const address = Keypair.generate().publicKey.toBase58();
    expect((await airdrop(['1.000000001', address, '--cluster', url], tempProject(), emptyHome())).stdout)
      .toBe(`Airdropped 1.000000001 SOL to ${address} on ${url}\nBalance: 1.000000001 SOL\n`);
  });

  it('reports a faucet that cannot pay (its transfer fails: it holds 1,000,000 SOL), exit 1', async () => {
    const url = await localnet();
    const address = Keypair.generate().publicKey.toBase58();
    const run = await airdrop(['2000000', address, '--cluster', url], tempProject(), emptyHome());
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(new RegExp(`^error: the faucet of ${url} refused the airdrop of 2000000 SOL: the airdrop transaction \\w+ failed: `
      + '\\{"InstructionError":\\[0,\\{"Custom":1\\}\\]\\}\\n$'));
  });

  it('takes the cluster from poseidon.config.json', async () => {
    const url = await localnet();
    const dir = tempProject();
    writeFiles(dir, { 'poseidon.config.json': JSON.stringify({ cluster: url, programs: [] }) });
    const address = Keypair.generate().publicKey.toBase58();
    expect((await airdrop(['1', address], dir, emptyHome())).stdout).toBe(`Airdropped 1 SOL to ${address} on ${url}\nBalance: 1 SOL\n`);
  });
});

describe('poseidon airdrop: refusals before any request', () => {
  it('reports a faucet that answers HTTP 429, as devnet\'s does when it is dry, with its message', async () => {
    const server: Server = createServer((_, response) => {
      response.writeHead(429, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ jsonrpc: '2.0', error: { code: 429, message: 'You\'ve either reached your airdrop limit today or the airdrop faucet has run dry.' }, id: 1 }));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    onTestFinished(() => new Promise<void>((closed) => server.close(() => closed())));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const address = Keypair.generate().publicKey.toBase58();
    expect((await airdrop(['5', address, '--cluster', url], tempProject(), emptyHome())).stderr)
      .toBe(`error: the faucet of ${url} refused the airdrop of 5 SOL: HTTP 429: You've either reached your airdrop limit today or the airdrop faucet has run dry.\n`);
  });

  it('refuses mainnet-beta, which has no faucet', async () => {
    expect(await airdrop(['1', Keypair.generate().publicKey.toBase58(), '--cluster', 'mainnet-beta'], tempProject(), emptyHome())).toEqual({
      code: 1, stdout: '', stderr: 'error: mainnet-beta has no faucet: SOL there is bought, not airdropped (use --cluster devnet for test SOL)\n',
    });
  });

  it.each(['0', '1e3', '0.0000000001', '+1', 'two'])('refuses the amount %s, exit 2', async (amount) => {
    const run = await airdrop([amount, '--cluster', 'localnet'], tempProject(), emptyHome());
    expect([run.code, run.stderr]).toEqual([2, `error: "${amount}" is not an amount of SOL (a positive number with at most 9 decimals, e.g. 2 or 0.5)\n\n${AIRDROP_USAGE}`]);
  });

  it('says how to make the wallet when there is none', async () => {
    const home = emptyHome();
    expect(await airdrop(['1', '--cluster', 'localnet'], tempProject(), home)).toEqual({
      code: 1, stdout: '', stderr: `error: no wallet keypair at ${join(home, '.config/solana/id.json')}: create one with \`poseidon keygen\` and fund it with `
        + '`poseidon airdrop 2 --cluster devnet`, or pass another with --keypair <path>\n',
    });
  });

  it('refuses an address that is not a public key', async () => {
    expect((await airdrop(['1', 'nope', '--cluster', 'localnet'], tempProject(), emptyHome())).stderr).toBe('error: "nope" is not a base58 public key\n');
  });

  it('is registered with its usage', async () => {
    expect(await runCli(['help', 'airdrop'], tempProject())).toEqual({ code: 0, stdout: AIRDROP_USAGE, stderr: '' });
  });
});
