// `poseidon test --runtime native` in a Poseidon workspace: the in-process validator's bank runs the
// programs' Anchor Rust (programs/<dir>/, the anchor-lang release its Cargo.toml pins) built for this
// machine, and the workspace's own anchor-style tests pass against it as against LiteSVM: the counter
// workspace (anchor-lang 0.30.1, then 1.2.2; @coral-xyz/anchor 0.30) through a script that reports what
// the client sees, the same on both banks, failures included; and tests/fixtures/tip-jar's own mocha suite (0.30.1:
// SPL Token CPIs, events, AnchorErrors). Native builds are cached (POSEIDON_CACHE_DIR); a cold one takes
// minutes, hence the timeouts.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorToml, COUNTER_ID, linkToolchainModules, TOOLCHAIN_ROOT, writeCounterWorkspace } from '../interop/support.js';
import { runCli, writeFiles, type CliRun } from './helpers.js';

const BUILD_TIMEOUT = 1_800_000;

/** programs/counter/Cargo.toml as `anchor init` 0.30.1 writes it (the host builds the crate with no-entrypoint). */
const COUNTER_CARGO_TOML = `[package]
name = "counter"
version = "0.1.0"
description = "Created with Anchor"
edition = "2021"

[lib]
crate-type = ["cdylib", "lib"]
name = "counter"

[features]
default = []
cpi = ["no-entrypoint"]
no-entrypoint = []
no-idl = []
no-log-ix-name = []
idl-build = ["anchor-lang/idl-build"]

[dependencies]
anchor-lang = "0.30.1"
`;

/**
 * An anchor-style test: AnchorProvider.env(), the program from target/idl, an airdrop, instructions that
 * pass, one refused in preflight and the same one sent past preflight; what the client sees goes to seen.json.
 */
const COUNTER_SCRIPT = `
const anchor = require('@coral-xyz/anchor');
const { readFileSync, writeFileSync } = require('node:fs');
const { Keypair, LAMPORTS_PER_SOL, PublicKey } = require('@solana/web3.js');
(async () => {
  const provider = anchor.AnchorProvider.env();
  const connection = provider.connection;
  const program = new anchor.Program(JSON.parse(readFileSync('target/idl/counter.json', 'utf8')), provider);
  const authority = provider.wallet.publicKey;
  const [counter, bump] = PublicKey.findProgramAddressSync([Buffer.from('counter'), authority.toBuffer()], program.programId);
  const seen = {};
  await program.methods.initialize().accounts({ authority }).rpc();
  await program.methods.increment().accounts({ authority }).rpc();
  await program.methods.incrementBy(new anchor.BN(41)).accounts({ authority }).rpc();
  const state = await program.account.counter.fetch(counter);
  seen.counter = [state.authority.equals(authority), state.count.toString(), state.bump === bump];
  seen.programAccounts = (await program.account.counter.all()).map((a) => [a.publicKey.equals(counter), a.account.count.toString()]);

  const other = Keypair.generate();
  const latest = await connection.getLatestBlockhash();
  await connection.confirmTransaction({ signature: await connection.requestAirdrop(other.publicKey, LAMPORTS_PER_SOL), ...latest });
  seen.airdropped = await connection.getBalance(other.publicKey);
  const foreign = program.methods.increment().accountsPartial({ authority: other.publicKey, counter }).signers([other]);
  try {
    await foreign.rpc();
    seen.preflight = 'passed';
  } catch (err) {
    seen.preflight = [err instanceof anchor.AnchorError, err.error && err.error.errorCode, err.logs.filter((l) => l.startsWith('Program log: AnchorError'))];
  }
  const tx = await foreign.transaction();
  tx.feePayer = other.publicKey;
  tx.recentBlockhash = (await connection.getLatestBlockhash()).blockhash;
  tx.sign(other);
  const signature = await connection.sendRawTransaction(tx.serialize(), { skipPreflight: true });
  const status = await connection.confirmTransaction({ signature, ...(await connection.getLatestBlockhash()) }, 'confirmed');
  const landed = await connection.getTransaction(signature, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
  seen.landed = [status.value.err, landed.meta.err, landed.meta.fee, landed.meta.preBalances[0] - landed.meta.postBalances[0], landed.meta.logMessages[1]];
  seen.count = (await program.account.counter.fetch(counter)).count.toString();
  seen.otherLamports = await connection.getBalance(other.publicKey);
  writeFileSync('seen.json', JSON.stringify(seen));
})().catch((err) => { console.error(err); process.exit(1); });
`;

const EXPECTED_SEEN = {
  counter: [true, '42', true],
  programAccounts: [[true, '42']],
  airdropped: 1_000_000_000,
  preflight: [true, { code: 'ConstraintSeeds', number: 2006 }, [
    'Program log: AnchorError caused by account: counter. Error Code: ConstraintSeeds. Error Number: 2006. Error Message: A seeds constraint was violated.',
  ]],
  landed: [
    { InstructionError: [0, { Custom: 2006 }] }, { InstructionError: [0, { Custom: 2006 }] }, 5000, 5000, 'Program log: Instruction: Increment',
  ],
  count: '42',
  // The fee of the failure that landed, and nothing for the one refused in preflight.
  otherLamports: 999_995_000,
};

describe('poseidon test --runtime native in a Poseidon workspace', () => {
  let dir: string;
  const seen = (): unknown => JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8'));
  /** `poseidon test` in the workspace, with no seen.json left from an earlier run. */
  const poseidonTest = (argv: string[]): Promise<CliRun> => {
    rmSync(join(dir, 'seen.json'), { force: true });
    return runCli(['test', ...argv], dir);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'poseidon-native-workspace-'));
    writeCounterWorkspace(dir);
    writeFiles(dir, {
      'Anchor.toml': anchorToml(`counter = "${COUNTER_ID}"`).replace(/^test = .*$/m, 'test = "node check-counter.cjs"'),
      'programs/counter/Cargo.toml': COUNTER_CARGO_TOML,
      'check-counter.cjs': COUNTER_SCRIPT,
    });
    linkToolchainModules(dir, { '@coral-xyz/anchor': '@coral-xyz/anchor-0.30' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the test script on LiteSVM by default, as the reference', async () => {
    const run = await poseidonTest([]);

    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(seen()).toEqual(EXPECTED_SEEN);
  }, 120_000);

  it('runs it against the counter\'s Anchor Rust (anchor-lang 0.30.1) built natively: the same balances, accounts and error codes', async () => {
    const run = await poseidonTest(['--runtime', 'native']);

    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(new RegExp('^counter: ts-programs/src/counter\\.ts → programs/counter/src/lib\\.rs, target/deploy/counter\\.so, \\d+ bytes, \\d+ ms\\n'
      + 'poseidon test: runtime native: building the programs\' Anchor Rust for this machine \\(cached in ~/\\.cache/poseidon; the first build takes minutes\\); '
      + 'compute units are not measured natively \\(unitsConsumed is 0\\)\\n'
      + 'poseidon test: in-process validator at http://127\\.0\\.0\\.1:\\d+ \\(1 program, native\\); running: node check-counter\\.cjs\\n$'));
    expect(seen()).toEqual(EXPECTED_SEEN);
  }, BUILD_TIMEOUT);

  it('runs it against the counter pinned to anchor-lang 1.2.2 instead (solana-program-test 3.1.12): the same again', async () => {
    writeFiles(dir, { 'programs/counter/Cargo.toml': COUNTER_CARGO_TOML.replace('anchor-lang = "0.30.1"', 'anchor-lang = "1.2.2"') });
    try {
      const run = await poseidonTest(['--runtime', 'native']);

      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(seen()).toEqual(EXPECTED_SEEN);
    } finally {
      writeFiles(dir, { 'programs/counter/Cargo.toml': COUNTER_CARGO_TOML });
    }
  }, BUILD_TIMEOUT);

  it('refuses [[test.genesis]] programs natively: they are .so files, exit 1', async () => {
    const toml = readFileSync(join(dir, 'Anchor.toml'), 'utf8');
    writeFiles(dir, { 'Anchor.toml': `${toml}\n[[test.genesis]]\naddress = "GZejERmJnsGsbT7yazS3DWrBowCAtMWttFs5eA5jUjbU"\nprogram = "target/deploy/counter.so"\n` });
    try {
      const run = await poseidonTest(['--runtime', 'native']);

      expect([run.code, run.stderr]).toEqual([1, 'error: Anchor.toml\'s [[test.genesis]] programs are .so files, which the native bank cannot run (it runs programs\' Anchor Rust): run with --runtime litesvm\n']);
    } finally {
      writeFiles(dir, { 'Anchor.toml': toml });
    }
  }, 120_000);
});

describe('a Poseidon project\'s own tests under poseidon test --runtime native', () => {
  let project: string;
  let run: CliRun;

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'poseidon-tip-jar-native-'));
    cpSync(join(TOOLCHAIN_ROOT, 'tests/fixtures/tip-jar'), project, { recursive: true });
    linkToolchainModules(project, { '@coral-xyz/anchor': '@coral-xyz/anchor-0.30' });
    run = await runCli(['test', '--runtime', 'native'], project);
  }, BUILD_TIMEOUT);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('passes them all against tip_jar\'s Anchor Rust (anchor-lang and anchor-spl 0.30.1): token CPIs, events, AnchorErrors', () => {
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/\n {2}16 passing \(\d+m?s\)\n/);
    expect(run.stdout).not.toContain('failing');
    expect(run.stdout).toContain('poseidon test: in-process validator at http://127.0.0.1:');
    expect(run.stdout).toContain(' (1 program, native); running: yarn run ts-mocha -p ./tsconfig.json -t 1000000 tests/**/*.ts\n');
  });
});
