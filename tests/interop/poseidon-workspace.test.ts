// Interop: a Poseidon workspace (Anchor.toml + ts-programs/src/counter.ts) built by `poseidon build`,
// loaded by solana-bankrun's startAnchor from Anchor.toml and target/deploy/, and driven by
// @coral-xyz/anchor's Program through anchor-bankrun's provider, as an Anchor project's tests are.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import anchor, { AnchorError, Program, type AccountClient, type Idl } from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { BankrunProvider } from 'anchor-bankrun';
import { startAnchor } from 'solana-bankrun';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';
import { COUNTER_ID, writeCounterWorkspace } from './support.js';

const { BN } = anchor;
/** The counter account as the client decodes it (camelCase fields, u64 as BN). */
interface CounterState { authority: PublicKey; count: InstanceType<typeof BN>; bump: number }
let workspace: string;
let idl: Idl;

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'poseidon-workspace-'));
  writeCounterWorkspace(workspace);
  const build = await runCli(['build'], workspace);
  if (build.code !== 0) throw new Error(`poseidon build failed: ${build.stderr}`);
  idl = JSON.parse(readFileSync(join(workspace, 'target/idl/counter.json'), 'utf8')) as Idl;
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('a Poseidon workspace built by poseidon build, under startAnchor and the Anchor client', () => {
  let provider: BankrunProvider;
  let program: Program;
  let counter: PublicKey;
  let bump: number;

  beforeEach(async () => {
    provider = new BankrunProvider(await startAnchor(workspace, [], []));
    program = new Program(idl, provider);
    [counter, bump] = PublicKey.findProgramAddressSync([Buffer.from('counter'), provider.wallet.publicKey.toBuffer()], program.programId);
  });

  // The IDL is read at run time, so the client's account namespace is untyped here.
  const fetchCounter = () => (program.account as unknown as Record<string, AccountClient>).counter.fetch(counter) as Promise<CounterState>;
  const initialize = () => program.methods.initialize().accounts({ authority: provider.wallet.publicKey }).rpc();

  it('loads the program at the Anchor.toml address', () => {
    expect(program.programId.toBase58()).toBe(COUNTER_ID);
  });

  it('rejects increment on a counter that does not exist with AccountNotInitialized (3012)', async () => {
    const failure = program.methods.increment().accounts({ authority: provider.wallet.publicKey }).rpc();

    await expect(failure).rejects.toBeInstanceOf(AnchorError);
    await expect(failure).rejects.toMatchObject({ error: { errorCode: { code: 'AccountNotInitialized', number: 3012 } } });
  });

  it('rejects another signer on the counter with ConstraintSeeds (2006)', async () => {
    await initialize();
    const intruder = Keypair.generate();

    const failure = program.methods.increment()
      .accountsPartial({ authority: intruder.publicKey, counter })
      .signers([intruder])
      .rpc();

    await expect(failure).rejects.toMatchObject({ error: { errorCode: { code: 'ConstraintSeeds', number: 2006 }, origin: 'counter' } });
  });

  it('initialize creates the counter at its PDA with the canonical bump', async () => {
    await initialize();

    const state = await fetchCounter();
    expect({ authority: state.authority.toBase58(), count: state.count.toString(), bump: state.bump })
      .toEqual({ authority: provider.wallet.publicKey.toBase58(), count: '0', bump });
  });

  it('incrementBy and increment add to the stored count', async () => {
    await initialize();

    await program.methods.incrementBy(new BN(41)).accounts({ authority: provider.wallet.publicKey }).rpc();
    await program.methods.increment().accounts({ authority: provider.wallet.publicKey }).rpc();

    expect((await fetchCounter()).count.toString()).toBe('42');
  });
});
