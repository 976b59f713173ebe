// `poseidon deploy` in-process: the one-line errors (exit 1) for what is missing or wrong before any
// transaction, an unreachable cluster on a closed loopback port, and whole deploys and upgrades into an
// in-process runtime through the command's injectable environment.
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublicKey } from '@solana/web3.js';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runDeploy, type DeployEnvironment } from '../../src/cli/commands/deploy.js';
import { runtimeConnection } from '../../src/deploy/runtime-connection.js';
import { createRuntime, RUNTIME_KINDS, type Runtime } from '../../src/runtime/index.js';
import { runCli, tempProject, writeFiles, type CliRun } from '../cli/helpers.js';
import { SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { firstDeployCost, programAtId, seededKeypair, solText, WRITE_CHUNK, writeKeypair } from './helpers.js';

const programKeypair = seededKeypair('cli program');
const PROGRAM_ID = programKeypair.publicKey.toBase58();
const counter = programAtId('counter.ts', programKeypair.publicKey);
const DEPLOY_DIR = 'generated/counter/target/deploy';
const SO = `${DEPLOY_DIR}/counter_program.so`;
const PROGRAM_KEYPAIR = `${DEPLOY_DIR}/counter_program-keypair.json`;

interface ProjectOptions { so?: boolean; programKeypair?: boolean; config?: object }

/** A built project: config, the .so and the program keypair where `poseidon build` leaves them, a wallet. */
function project({ so = true, programKeypair: withKeypair = true, config = {} }: ProjectOptions = {}): string {
  const dir = tempProject();
  const programs = [{ name: 'counter', source: 'programs/counter.ts', programId: PROGRAM_ID }];
  writeFiles(dir, { 'poseidon.config.json': JSON.stringify({ programs, ...config }) });
  mkdirSync(join(dir, DEPLOY_DIR), { recursive: true });
  if (so) writeFileSync(join(dir, SO), counter.so);
  if (withKeypair) writeKeypair(join(dir, PROGRAM_KEYPAIR), programKeypair);
  writeKeypair(join(dir, 'wallet.json'), seededKeypair('cli wallet'));
  return dir;
}

/** An http URL on a loopback port that was free a moment ago: connecting to it is refused. */
async function closedPortUrl(): Promise<{ url: string; port: number }> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return { url: `http://127.0.0.1:${port}`, port };
}

function emptyHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'poseidon-home-'));
  onTestFinished(() => rmSync(home, { recursive: true, force: true }));
  return home;
}

/** Runs the command with deploys going into `runtime` (whatever the cluster) and no Solana CLI config. */
async function runInProcess(argv: string[], cwd: string, runtime: Runtime, stderrIsTTY = false, homeDir = emptyHome()): Promise<CliRun> {
  const env: DeployEnvironment = { connect: async () => runtimeConnection(runtime), homeDir, stderrIsTTY, writeConcurrency: 1 };
  let stdout = '';
  let stderr = '';
  const code = await runDeploy(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd }, env);
  return { code, stdout, stderr };
}

describe('poseidon deploy: errors before any transaction', () => {
  it('reports a missing .so and suggests `poseidon build`', async () => {
    expect(await runCli(['deploy', '--keypair', 'wallet.json'], project({ so: false }))).toEqual({
      code: 1, stdout: '', stderr: `error: no program binary in ${DEPLOY_DIR}; run \`poseidon build counter\` first\n`,
    });
  });

  it('reports a wallet keypair path that does not exist by its absolute path, saying how to make and fund it', async () => {
    const dir = project();
    const missing = join(dir, 'missing.json');
    expect(await runCli(['deploy', '--keypair', 'missing.json', '--cluster', 'localnet'], dir)).toEqual({
      code: 1, stdout: '', stderr: `error: no wallet keypair at ${missing}: create one with \`poseidon keygen ${missing}\` and fund it with `
        + `\`poseidon airdrop 2 --cluster devnet --keypair ${missing}\`, or pass another with --keypair <path>\n`,
    });
  });

  it('reports a missing default wallet (~/.config/solana/id.json) by its absolute path, saying how to make it', async () => {
    const home = emptyHome();
    const run = await runInProcess(['--cluster', 'localnet'], project(), await createRuntime('litesvm', { programs: [] }), false, home);
    expect(run).toEqual({
      code: 1, stdout: '', stderr: `error: no wallet keypair at ${join(home, '.config/solana/id.json')}: create one with \`poseidon keygen\` and fund it `
        + 'with `poseidon airdrop 2 --cluster devnet`, or pass another with --keypair <path>\n',
    });
  });

  it('reports a wallet file that is not a keypair', async () => {
    const dir = project();
    writeFileSync(join(dir, 'bad.json'), '{"secret": 1}');
    expect(await runCli(['deploy', '--keypair', 'bad.json', '--cluster', 'localnet'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: bad.json is not a keypair file (expected a JSON array of 64 numbers from 0 to 255)\n',
    });
  });

  it('reports a keypair whose public half does not match its secret half', async () => {
    const dir = project();
    const bytes = Array.from(seededKeypair('cli wallet').secretKey);
    bytes[63] ^= 1;
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(bytes));
    expect(await runCli(['deploy', '--keypair', 'tampered.json', '--cluster', 'localnet'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: tampered.json is not a valid keypair: its public key does not match its secret key\n',
    });
  });

  it('reports an unknown cluster name', async () => {
    expect(await runCli(['deploy', '--keypair', 'wallet.json', '--cluster', 'moon'], project())).toEqual({
      code: 1, stdout: '', stderr: 'error: unknown cluster "moon" (expected devnet, testnet, mainnet-beta, localnet or an http(s) RPC URL)\n',
    });
  });

  it('asks for a program name when the config lists several', async () => {
    const dir = tempProject();
    const programs = ['a', 'b'].map((name) => ({ name, source: `programs/${name}.ts`, programId: PROGRAM_ID, out: `generated/${name}` }));
    writeFiles(dir, { 'poseidon.config.json': JSON.stringify({ programs }) });
    expect(await runCli(['deploy'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: poseidon.config.json has 2 programs (a, b); name the one to deploy\n',
    });
  });

  it('refuses a program keypair for another id than the configured programId', async () => {
    const dir = project({ programKeypair: false });
    const other = seededKeypair('other program');
    writeKeypair(join(dir, 'other.json'), other);
    const run = await runCli(['deploy', '--keypair', 'wallet.json', '--program-keypair', 'other.json', '--cluster', 'localnet'], dir);
    expect(run).toEqual({
      code: 1, stdout: '', stderr: `error: the program keypair other.json is for ${other.publicKey.toBase58()}, but program "counter" has programId `
        + `${PROGRAM_ID}; run \`poseidon sync counter --program-keypair other.json\` and \`poseidon build counter\` to make `
        + `${other.publicKey.toBase58()} its id, or pass the keypair of ${PROGRAM_ID} with --program-keypair\n`,
    });
  });

  it('creates a missing program keypair like `anchor build`, warns that PROGRAM_ID must be its key, then refuses the mismatch', async () => {
    const dir = project({ programKeypair: false });
    const run = await runCli(['deploy', '--keypair', 'wallet.json', '--cluster', 'localnet'], dir);
    const created = (/created the program keypair \S+ for (\w+);/.exec(run.stderr) ?? [])[1];
    expect({ code: run.code, mode: statSync(join(dir, PROGRAM_KEYPAIR)).mode & 0o777, stderr: run.stderr }).toEqual({
      code: 1,
      mode: 0o600,
      stderr: `warning: created the program keypair ${PROGRAM_KEYPAIR} for ${created}; the program's PROGRAM_ID (and its programId in `
        + `poseidon.config.json) must be that key\nerror: the program keypair ${PROGRAM_KEYPAIR} is for ${created}, but program "counter" `
        + `has programId ${PROGRAM_ID}; run \`poseidon sync counter\` and \`poseidon build counter\` to make ${created} its id, `
        + `or pass the keypair of ${PROGRAM_ID} with --program-keypair\n`,
    });
  });
});

describe('poseidon deploy: unreachable cluster', () => {
  it('names the URL and the refused connection, exit 1', async () => {
    const { url, port } = await closedPortUrl();
    expect(await runCli(['deploy', '--keypair', 'wallet.json', '--cluster', url], project())).toEqual({
      code: 1, stdout: '', stderr: `error: cannot reach ${url}: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    });
  });

  it('takes the cluster from "cluster" in poseidon.config.json', async () => {
    const { url, port } = await closedPortUrl();
    expect(await runCli(['deploy', '--keypair', 'wallet.json'], project({ config: { cluster: url } }))).toEqual({
      code: 1, stdout: '', stderr: `error: cannot reach ${url}: connect ECONNREFUSED 127.0.0.1:${port}\n`,
    });
  });

  it('takes the cluster and the wallet from the Solana CLI config when nothing else names them', async () => {
    const { url, port } = await closedPortUrl();
    const dir = project();
    const home = emptyHome();
    writeFiles(home, { '.config/solana/cli/config.yml': `---\njson_rpc_url: "${url}"\nkeypair_path: ${join(dir, 'wallet.json')}\ncommitment: confirmed\n` });
    let stderr = '';
    const io = { stdout: () => undefined, stderr: (s: string) => { stderr += s; }, cwd: dir };
    const env = { connect: async (u: string) => (await import('../../src/deploy/web3-connection.js')).web3Connection(u), homeDir: home, stderrIsTTY: false, writeConcurrency: 1 };
    expect([await runDeploy([], io, env), stderr]).toEqual([1, `error: cannot reach ${url}: connect ECONNREFUSED 127.0.0.1:${port}\n`]);
  });
});

describe.each(RUNTIME_KINDS)('poseidon deploy into in-process %s', (kind) => {
  async function setup(): Promise<{ runtime: Runtime; dir: string }> {
    const runtime = await createRuntime(kind, { programs: [] });
    const dir = project();
    writeKeypair(join(dir, 'payer.json'), runtime.payer);
    return { runtime, dir };
  }

  it('refuses an empty wallet, saying how much the deploy needs', async () => {
    const { runtime, dir } = await setup();
    const wallet = seededKeypair('cli wallet').publicKey.toBase58();
    const { rent, fees, reserve } = await firstDeployCost(runtime, counter.so.length);
    expect(await runInProcess(['--keypair', 'wallet.json'], dir, runtime)).toEqual({
      code: 1, stdout: '',
      stderr: `error: insufficient funds: wallet ${wallet} has 0 SOL, but deploying this ${counter.so.length}-byte program needs `
        + `${solText(rent + fees + reserve)} SOL (rent ${solText(rent)} + fees ${solText(fees)} + the wallet's rent-exempt minimum ${solText(reserve)})\n`,
    });
  });

  it('deploys: prints the program id and its explorer link', async () => {
    const { runtime, dir } = await setup();
    const run = await runInProcess(['--keypair', 'payer.json', '--cluster', 'devnet'], dir, runtime);
    expect([run.code, run.stdout]).toEqual([0,
      `Deployed counter\nProgram Id: ${PROGRAM_ID}\nhttps://explorer.solana.com/address/${PROGRAM_ID}?cluster=devnet\n`]);
  });

  it('ends the progress output with what was written', async () => {
    const { runtime, dir } = await setup();
    const run = await runInProcess(['--keypair', 'payer.json'], dir, runtime);
    const writes = Math.ceil(counter.so.length / WRITE_CHUNK);
    expect(run.stderr.split('\n').at(-2)).toMatch(new RegExp(`^Wrote ${counter.so.length} bytes to buffer \\w{32,44} in ${writes} transactions$`));
  });

  it('redraws one progress line on a terminal and ends it with what was written', async () => {
    const { runtime, dir } = await setup();
    const run = await runInProcess(['--keypair', 'payer.json'], dir, runtime, true);
    const lastRedraw = run.stderr.split('\r\x1b[2K').at(-1);
    expect(lastRedraw).toMatch(new RegExp(`^Wrote ${counter.so.length} bytes to buffer \\w{32,44} in \\d+ transactions\\n$`));
  });

  it('deploys a program that runs', async () => {
    const { runtime, dir } = await setup();
    await runInProcess(['--keypair', 'payer.json'], dir, runtime);
    const authority = runtime.payer.publicKey;
    const [pda] = PublicKey.findProgramAddressSync([Buffer.from('counter'), authority.toBuffer()], programKeypair.publicKey);
    const result = await runtime.send([counter.ix('initialize', { authority, counter: pda, systemProgram: SYSTEM_PROGRAM_ID })]);
    expect(result.ok).toBe(true);
  });

  it('upgrades when the program id is already deployed', async () => {
    const { runtime, dir } = await setup();
    await runInProcess(['--keypair', 'payer.json'], dir, runtime);
    const run = await runInProcess(['--keypair', 'payer.json', '--cluster', 'http://127.0.0.1:8899'], dir, runtime);
    expect([run.code, run.stdout]).toEqual([0, `Upgraded counter\nProgram Id: ${PROGRAM_ID}\n`
      + `https://explorer.solana.com/address/${PROGRAM_ID}?cluster=custom&customUrl=http%3A%2F%2F127.0.0.1%3A8899\n`]);
  });
});

describe('poseidon build, then poseidon deploy', () => {
  it('deploys what the build wrote, found by its crate name, with the build\'s keypair', async () => {
    const dir = tempProject();
    const source = readFileSync(join(import.meta.dirname, '../programs/counter.ts'), 'utf8').replace(/PROGRAM_ID = new Pubkey\("\w+"\)/, `PROGRAM_ID = new Pubkey("${PROGRAM_ID}")`);
    writeFiles(dir, {
      'poseidon.config.json': JSON.stringify({ programs: [{ name: 'counter', source: 'programs/counter.ts', programId: PROGRAM_ID }] }),
      'programs/counter.ts': source,
    });
    writeKeypair(join(dir, PROGRAM_KEYPAIR), programKeypair);
    const runtime = await createRuntime('litesvm', { programs: [] });
    writeKeypair(join(dir, 'payer.json'), runtime.payer);
    const build = await runCli(['build'], dir);
    const run = await runInProcess(['--keypair', 'payer.json'], dir, runtime);
    expect([build.code, run.code, run.stdout.split('\n')[1]]).toEqual([0, 0, `Program Id: ${PROGRAM_ID}`]);
  });
});
