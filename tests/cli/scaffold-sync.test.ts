// `poseidon sync`: the program keypair's public key into PROGRAM_ID and the config (or, in a Poseidon
// workspace, Anchor.toml, the TypeScript source and declare_id!), with everything checked first.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { anchorToml, COUNTER_ID, writeCounterWorkspace } from '../interop/support.js';
import { runCli, tallySource, TALLY_ID, tempProject, writeFiles } from './helpers.js';

/** Where `poseidon build` keeps the keypair: named after the crate (class TallyProgram). */
const KEYPAIR = 'generated/tally/target/deploy/tally_program-keypair.json';
const tally = { name: 'tally', source: 'programs/tally.ts', programId: TALLY_ID };

function keypairFile(): { json: string; publicKey: string } {
  const keypair = Keypair.generate();
  return { json: JSON.stringify([...keypair.secretKey]), publicKey: keypair.publicKey.toBase58() };
}

/** A config project with one program and a fresh keypair at its default path. */
function project(files: Record<string, string> = {}): { dir: string; publicKey: string } {
  const dir = tempProject();
  const keypair = keypairFile();
  writeFiles(dir, { 'poseidon.config.json': JSON.stringify({ programs: [tally] }), 'programs/tally.ts': tallySource(), [KEYPAIR]: keypair.json, ...files });
  return { dir, publicKey: keypair.publicKey };
}

const read = (dir: string, rel: string): string => readFileSync(join(dir, rel), 'utf8');

describe('poseidon sync: failures', () => {
  it('reports a missing keypair and writes nothing, exit 1', async () => {
    const dir = tempProject();
    writeFiles(dir, { 'poseidon.config.json': JSON.stringify({ programs: [tally] }), 'programs/tally.ts': tallySource() });
    expect(await runCli(['sync'], dir)).toEqual({
      code: 1, stdout: '', stderr: `error: cannot read the program keypair ${KEYPAIR}: no such file or directory\n`,
    });
  });

  it('reports a file that is not a keypair, exit 1', async () => {
    const { dir } = project({ [KEYPAIR]: '[1,2,3]' });
    expect(await runCli(['sync'], dir)).toEqual({
      code: 1, stdout: '', stderr: `error: cannot read the program keypair ${KEYPAIR}: not a keypair file (expected a JSON array of 64 bytes, as solana-keygen writes)\n`,
    });
  });

  it('reports a keypair whose public half does not match its secret, exit 1', async () => {
    const bytes = JSON.parse(keypairFile().json) as number[];
    bytes[63] ^= 1;
    const { dir } = project({ [KEYPAIR]: JSON.stringify(bytes) });
    expect((await runCli(['sync'], dir)).stderr).toBe(`error: cannot read the program keypair ${KEYPAIR}: the public key in the file does not belong to its secret key\n`);
  });

  it('refuses a source without a PROGRAM_ID declaration and leaves the config unchanged, exit 1', async () => {
    const { dir } = project({ 'programs/tally.ts': tallySource().replace(/static PROGRAM_ID = .*\n/, '') });
    const config = read(dir, 'poseidon.config.json');
    expect(await runCli(['sync'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: programs/tally.ts: found no `static PROGRAM_ID = new Pubkey("…")` declarations; expected one to update\n',
    });
    expect(read(dir, 'poseidon.config.json')).toBe(config);
  });

  it('asks for a name when the config lists several programs, exit 1', async () => {
    const { dir } = project({ 'poseidon.config.json': JSON.stringify({ programs: [tally, { ...tally, name: 'other', out: 'generated/other' }] }) });
    expect(await runCli(['sync'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: poseidon.config.json lists 2 programs (tally, other); name the one to sync\n',
    });
  });

  it('rejects an unknown program name, exit 1', async () => {
    expect((await runCli(['sync', 'nope'], project().dir)).stderr).toBe('error: poseidon.config.json has no program named "nope" (programs: tally)\n');
  });
});

describe('poseidon sync: a config project', () => {
  it('writes the public key into PROGRAM_ID and the config, and says where', async () => {
    const { dir, publicKey } = project();
    expect(await runCli(['sync'], dir)).toEqual({
      code: 0, stderr: '', stdout: `tally: program id ${publicKey} written to programs/tally.ts, poseidon.config.json\n`,
    });
    expect(read(dir, 'programs/tally.ts')).toBe(tallySource().replace(TALLY_ID, publicKey));
    expect(JSON.parse(read(dir, 'poseidon.config.json'))).toEqual({ programs: [{ ...tally, programId: publicKey }] });
  });

  it('says so when both already hold the key', async () => {
    const { dir, publicKey } = project();
    await runCli(['sync'], dir);
    expect(await runCli(['sync', 'tally'], dir)).toEqual({ code: 0, stderr: '', stdout: `tally: program id ${publicKey} already in sync\n` });
  });

  it('takes the keypair from --program-keypair', async () => {
    const { dir } = project();
    const other = keypairFile();
    writeFileSync(join(dir, 'other.json'), other.json);
    await runCli(['sync', '--program-keypair', 'other.json'], dir);
    expect(JSON.parse(read(dir, 'poseidon.config.json')).programs[0].programId).toBe(other.publicKey);
  });

  it('leaves a project that then builds under the new id and keeps the keypair', async () => {
    const { dir, publicKey } = project();
    await runCli(['sync'], dir);
    const build = await runCli(['build'], dir);
    const address = JSON.parse(read(dir, 'generated/tally/target/idl/tally_program.json')).address;
    expect([build.code, build.stderr, address, existsSync(join(dir, KEYPAIR))]).toEqual([0, '', publicKey, true]);
  });
});

describe('poseidon sync: a Poseidon workspace', () => {
  it('writes target/deploy/<name>-keypair.json\'s key into Anchor.toml, the TypeScript source and declare_id!', async () => {
    const dir = tempProject();
    writeCounterWorkspace(dir);
    const keypair = keypairFile();
    writeFiles(dir, { 'target/deploy/counter-keypair.json': keypair.json });
    const toml = read(dir, 'Anchor.toml');
    const source = read(dir, 'ts-programs/src/counter.ts');

    const run = await runCli(['sync'], dir);

    expect(run).toEqual({
      code: 0, stderr: '',
      stdout: `counter: program id ${keypair.publicKey} written to ts-programs/src/counter.ts, programs/counter/src/lib.rs, Anchor.toml\n`,
    });
    expect([read(dir, 'Anchor.toml'), read(dir, 'ts-programs/src/counter.ts'), read(dir, 'programs/counter/src/lib.rs')]).toEqual([
      toml.replace(COUNTER_ID, keypair.publicKey),
      source.replace(COUNTER_ID, keypair.publicKey),
      `use anchor_lang::prelude::*;\n\ndeclare_id!("${keypair.publicKey}");\n`,
    ]);
  });

  it('creates a missing target/deploy/<name>-keypair.json first, as anchor keys sync does: a fresh clone whose ids disagree then builds', async () => {
    const dir = tempProject();
    writeCounterWorkspace(dir);
    writeFiles(dir, { 'Anchor.toml': anchorToml('counter = "9EKuUwB6mHov7xzpsW2Mu6uVhFJWJPSK1S3wA6xCvqew"') });
    expect((await runCli(['build'], dir)).stderr).toMatch(/^error: Anchor\.toml has program id .* run `poseidon sync`/);

    const run = await runCli(['sync'], dir);

    const created = JSON.parse(read(dir, 'target/deploy/counter-keypair.json')) as number[];
    const publicKey = Keypair.fromSecretKey(Uint8Array.from(created)).publicKey.toBase58();
    expect(run).toEqual({
      code: 0, stderr: '',
      stdout: 'counter: no program keypair yet: wrote a new one to target/deploy/counter-keypair.json\n'
        + `counter: program id ${publicKey} written to ts-programs/src/counter.ts, programs/counter/src/lib.rs, Anchor.toml\n`,
    });
    expect(read(dir, 'Anchor.toml')).toContain(`counter = "${publicKey}"`);
    expect((await runCli(['build'], dir)).code).toBe(0);
    expect(JSON.parse(read(dir, 'target/idl/counter.json')).address).toBe(publicKey);
    expect((await runCli(['sync'], dir)).stdout).toBe(`counter: program id ${publicKey} already in sync\n`);
  });

  it('still reports a missing --program-keypair file, exit 1', async () => {
    const dir = tempProject();
    writeCounterWorkspace(dir);
    expect(await runCli(['sync', '--program-keypair', 'missing.json'], dir)).toEqual({
      code: 1, stdout: '', stderr: 'error: cannot read the program keypair missing.json: no such file or directory\n',
    });
    expect(existsSync(join(dir, 'target'))).toBe(false);
  });

  it('lists Anchor.toml only for the programs whose id changed', async () => {
    const dir = tempProject();
    writeCounterWorkspace(dir);
    writeFiles(dir, {
      'Anchor.toml': anchorToml(`counter = "${COUNTER_ID}"\ntally = "${TALLY_ID}"`),
      'ts-programs/src/tally.ts': tallySource(),
      'target/deploy/counter-keypair.json': keypairFile().json,
      'target/deploy/tally-keypair.json': keypairFile().json,
    });
    await runCli(['sync'], dir);
    const counter = JSON.parse(read(dir, 'Anchor.toml').match(/counter = ("\w+")/)![1]) as string;
    const tally = keypairFile();
    writeFiles(dir, { 'target/deploy/tally-keypair.json': tally.json });

    expect(await runCli(['sync'], dir)).toEqual({
      code: 0, stderr: '',
      stdout: `counter: program id ${counter} already in sync\ntally: program id ${tally.publicKey} written to ts-programs/src/tally.ts, Anchor.toml\n`,
    });
  });
});
