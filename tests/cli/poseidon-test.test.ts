// `poseidon test` in a Poseidon workspace runs Anchor.toml's [scripts] test as `anchor test` does, against
// the in-process validator: ANCHOR_PROVIDER_URL answers JSON-RPC, ANCHOR_WALLET is a keypair the
// validator funded, the programs of [programs.localnet] and [[test.genesis]] are deployed; the exit code
// is the script's; --runtime litesvm is what it runs on by default, bankrun is refused there (--runtime
// native: poseidon-test-native.test.ts). The scripts here report what they see into a file (the CLI hands them the terminal).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { anchorToml, COUNTER_ID, writeCounterWorkspace } from '../interop/support.js';
import { runCli, tempProject, writeFiles } from './helpers.js';

const GENESIS_ID = 'GZejERmJnsGsbT7yazS3DWrBowCAtMWttFs5eA5jUjbU';

/** A script that asks the validator about the wallet and the programs, and writes the answers to seen.json. */
const CHECK_SCRIPT = `
const { readFileSync, writeFileSync } = require('node:fs');
const rpc = async (method, params = []) => (await (await fetch(process.env.ANCHOR_PROVIDER_URL, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
})).json()).result;
(async () => {
  const secret = JSON.parse(readFileSync(process.env.ANCHOR_WALLET, 'utf8'));
  const account = async (key) => (await rpc('getAccountInfo', [key, { encoding: 'base64' }])).value;
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let value = BigInt('0x' + Buffer.from(secret.slice(32)).toString('hex'));
  let publicKey = '';
  for (; value > 0n; value /= 58n) publicKey = alphabet[Number(value % 58n)] + publicKey;
  for (const byte of secret.slice(32)) { if (byte !== 0) break; publicKey = '1' + publicKey; }
  writeFileSync('seen.json', JSON.stringify({
    wallet: process.env.ANCHOR_WALLET,
    walletBytes: secret.length,
    walletLamports: (await rpc('getBalance', [publicKey])).value,
    version: await rpc('getVersion'),
    counter: (await account('${COUNTER_ID}'))?.executable ?? null,
    genesis: (await account('${GENESIS_ID}'))?.executable ?? null,
    args: process.argv.slice(2),
  }));
})();
`;

function workspace(toml: string, files: Record<string, string> = {}): string {
  const dir = tempProject();
  writeCounterWorkspace(dir);
  writeFiles(dir, { 'Anchor.toml': toml, 'check.cjs': CHECK_SCRIPT, ...files });
  return dir;
}

const withScript = (script: string, extra = ''): string => `${anchorToml(`counter = "${COUNTER_ID}"`).replace(/^test = .*$/m, `test = "${script}"`)}${extra}`;
const seen = (dir: string) => JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8')) as Record<string, unknown>;

describe('poseidon test in a Poseidon workspace', () => {
  it('runs the test script against the in-process validator holding the programs, with a funded wallet', async () => {
    const dir = workspace(withScript('node check.cjs'));

    const run = await runCli(['test'], dir);

    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^counter: .*\nposeidon test: in-process validator at http:\/\/127\.0\.0\.1:\d+ \(1 program\); running: node check\.cjs\n$/);
    expect(seen(dir)).toMatchObject({ walletBytes: 64, walletLamports: 500_000_000_000_000_000, version: { 'solana-core': '2.2.0' }, counter: true, genesis: null, args: [] });
  }, 60_000);

  it('uses [provider] wallet when that keypair exists', async () => {
    const keypair = Keypair.generate();
    const dir = workspace('');
    const walletPath = join(dir, 'my-wallet.json');
    writeFiles(dir, { 'Anchor.toml': withScript('node check.cjs').replace('~/.config/solana/id.json', walletPath), 'my-wallet.json': JSON.stringify([...keypair.secretKey]) });

    expect((await runCli(['test'], dir)).code).toBe(0);

    expect(seen(dir).wallet).toBe(walletPath);
  }, 60_000);

  it('loads [[test.genesis]] programs at their address', async () => {
    const dir = workspace(withScript('node check.cjs', `\n[[test.genesis]]\naddress = "${GENESIS_ID}"\nprogram = "target/deploy/counter.so"\n`));

    expect((await runCli(['test'], dir)).code).toBe(0);

    expect(seen(dir).genesis).toBe(true);
  }, 60_000);

  it('appends the arguments after -- to the script, and runs a missing package runner\'s binary from node_modules/.bin', async () => {
    const dir = workspace(withScript('yarn run check-env --from-toml'), {
      'node_modules/.bin/check-env': '#!/bin/sh\nexec node "$(dirname "$0")/../../check.cjs" "$@"\n',
    });
    const { chmodSync } = await import('node:fs');
    chmodSync(join(dir, 'node_modules/.bin/check-env'), 0o755);

    expect((await runCli(['test', '--', 'one', 'two words'], dir)).code).toBe(0);

    expect(seen(dir).args).toEqual(['--from-toml', 'one', 'two words']);
  }, 60_000);

  it('warns about accounts to clone from a cluster, which it cannot load', async () => {
    const dir = workspace(withScript('node check.cjs', `\n[[test.validator.clone]]\naddress = "${GENESIS_ID}"\n`));

    const run = await runCli(['test'], dir);

    expect([run.code, run.stderr]).toEqual([0, 'warning: Anchor.toml\'s [[test.validator.clone]] is not loaded: the in-process validator does not fetch accounts from a cluster or files; add programs as [[test.genesis]]\n']);
  }, 60_000);

  it('returns the script\'s exit code', async () => {
    const dir = workspace(withScript("node -e 'process.exit(3)'"));

    expect((await runCli(['test'], dir)).code).toBe(3);
  }, 60_000);

  it('says what to add when Anchor.toml has no test script, exit 1', async () => {
    const dir = workspace(anchorToml(`counter = "${COUNTER_ID}"`).replace(/^\[scripts\]\ntest = .*\n/m, ''));

    const run = await runCli(['test'], dir);

    expect([run.code, run.stderr]).toEqual([1, 'error: Anchor.toml has no test script: add [scripts] test = "<command>" (what `anchor test` runs)\n']);
  }, 60_000);

  it('refuses to start without the .so of a program of Anchor.toml (one written in Rust and not built), exit 1', async () => {
    const dir = workspace(withScript('node check.cjs').replace(`counter = "${COUNTER_ID}"`, `counter = "${COUNTER_ID}"\nrusty = "${GENESIS_ID}"`));

    const run = await runCli(['test'], dir);

    expect([run.code, run.stderr.split('\n').slice(-2)]).toEqual([1, ['error: cannot load program "rusty" from target/deploy/rusty.so: no such file or directory', '']]);
  }, 60_000);

  it('runs on LiteSVM with --runtime litesvm, what its in-process validator is', async () => {
    const dir = workspace(withScript('node check.cjs'));

    const run = await runCli(['test', '--runtime', 'litesvm'], dir);

    expect([run.code, run.stderr, seen(dir).counter]).toEqual([0, '', true]);
  }, 60_000);

  it('refuses --runtime bankrun: solana-bankrun is a bank with no RPC server for the tests to reach, exit 1', async () => {
    const dir = workspace(withScript('node check.cjs'));

    const run = await runCli(['test', '--runtime', 'bankrun'], dir);

    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: --runtime bankrun is not available in a Poseidon workspace: its tests reach the programs through the in-process validator\'s '
        + 'JSON-RPC, and bankrun is a bank with no RPC server; use --runtime litesvm or --runtime native, or list the programs in a '
        + 'poseidon.config.json and create the tests\' runtime with projectRuntime() to run them on bankrun\n',
    });
  });
});
