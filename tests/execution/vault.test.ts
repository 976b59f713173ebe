// PDA lamport vault executed on both runtimes: SystemProgram.transfer into a system-owned PDA and back
// out with the PDA's signer seeds; has_one on the owner; three PDAs derived from each other.
import anchor from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { wrongBumps } from '../support/bumps.js';

const { BN } = anchor;
const vault = compileTestProgram('vault.ts');
const pda = (...seeds: (string | PublicKey)[]) =>
  PublicKey.findProgramAddressSync(seeds.map((s) => (typeof s === 'string' ? Buffer.from(s) : s.toBuffer())), vault.programId);

describe.each(RUNTIME_KINDS)('vault on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  let accounts: { owner: PublicKey; state: PublicKey; auth: PublicKey; vault: PublicKey; systemProgram: PublicKey };

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: vault.programId, so: vault.so, name: 'vault_program' }] });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 5_000_000_000n);
    const [state] = pda('state', owner.publicKey);
    const [auth] = pda('auth', state);
    const [vaultKey] = pda('vault', auth);
    accounts = { owner: owner.publicKey, state, auth, vault: vaultKey, systemProgram: SYSTEM_PROGRAM_ID };
  });

  const send = (name: string, args: Record<string, unknown> = {}, override: Record<string, unknown> = {}, signers = [owner]) =>
    rt.send([vault.ix(name, { ...accounts, ...override } as never, args)], signers);

  it('rejects a withdrawal by someone else with ConstraintSeeds (2006): the state PDA is derived from the signer', async () => {
    await send('initialize');
    await send('deposit', { amount: new BN(1_000_000) });
    const thief = Keypair.generate();
    await rt.airdrop(thief.publicKey, 1_000_000_000n);
    const r = await send('withdraw', { amount: new BN(1_000_000) }, { owner: thief.publicKey }, [thief]);
    expect(errorCode(r)).toBe(2006);
  });

  // The auth PDA's bump comes from the state account: Anchor's create_program_address either finds no address
  // (the seeds' hash is on the curve: 2006 naming the account only) or another one (2006 with both keys).
  const AUTH_SEEDS_LINE = 'Program log: AnchorError caused by account: auth. Error Code: ConstraintSeeds. Error Number: 2006. Error Message: A seeds constraint was violated.';
  const withdrawWithAuthBump = async (authBump: number) => {
    await send('initialize');
    await send('deposit', { amount: new BN(1_000_000) });
    const state = (await rt.getAccount(accounts.state))!;
    const data = Buffer.from(state.data);
    data[8 + 32 + 1] = authBump; // discriminator, owner, stateBump, then authBump
    await rt.setAccount(accounts.state, { ...state, data });
    const before = (await rt.getAccount(accounts.vault))!.lamports;
    const r = await send('withdraw', { amount: new BN(1_000) });
    expect(errorCode(r)).toBe(2006);
    expect((await rt.getAccount(accounts.vault))!.lamports).toBe(before);
    return r;
  };

  it('rejects a stored auth bump whose seeds give no address with 2006 naming the account, no keys logged', async () => {
    const r = await withdrawWithAuthBump(wrongBumps([Buffer.from('auth'), accounts.state.toBuffer()], vault.programId).onCurve);
    const line = r.logs.indexOf(AUTH_SEEDS_LINE);
    expect(line).toBeGreaterThan(-1);
    expect(r.logs[line + 1]).toMatch(/^Program \w+ consumed /);
  });

  it('rejects a stored auth bump giving another address with 2006, logging the key passed and that address', async () => {
    const { offCurve } = wrongBumps([Buffer.from('auth'), accounts.state.toBuffer()], vault.programId);
    const r = await withdrawWithAuthBump(offCurve.bump);
    const line = r.logs.indexOf(AUTH_SEEDS_LINE);
    expect(line).toBeGreaterThan(-1);
    expect(r.logs.slice(line + 1, line + 5)).toEqual(['Program log: Left:', `Program log: ${accounts.auth.toBase58()}`, 'Program log: Right:', `Program log: ${offCurve.address.toBase58()}`]);
  });

  it('rejects a vault that is not the derived PDA with ConstraintSeeds (2006)', async () => {
    await send('initialize');
    const fake = Keypair.generate().publicKey;
    await rt.airdrop(fake, 10_000_000n);
    const r = await send('withdraw', { amount: new BN(1) }, { vault: fake });
    expect(errorCode(r)).toBe(2006);
  });

  it('rejects a vault owned by a program with AccountNotSystemOwned (3011)', async () => {
    await send('initialize');
    await rt.setAccount(accounts.vault, { lamports: 10_000_000n, data: new Uint8Array(0), owner: vault.programId });
    const r = await send('deposit', { amount: new BN(1) });
    expect(errorCode(r)).toBe(3011);
  });

  it('rejects a wrong system program with InvalidProgramId (3008)', async () => {
    const r = await send('initialize', {}, { systemProgram: Keypair.generate().publicKey });
    expect(errorCode(r)).toBe(3008);
  });

  it('fails to withdraw more than the vault holds and changes nothing', async () => {
    await send('initialize');
    await send('deposit', { amount: new BN(1_000_000) });
    const before = (await rt.getAccount(accounts.vault))!.lamports;
    const r = await send('withdraw', { amount: new BN(2_000_000) });
    expect(r.ok).toBe(false);
    expect((await rt.getAccount(accounts.vault))!.lamports).toBe(before);
  });

  it('initializes the state with the three canonical bumps', async () => {
    const r = await send('initialize');
    expect(r.error).toBeNull();
    const state = vault.decode<{ owner: PublicKey; state_bump: number; auth_bump: number; vault_bump: number }>('Vault', (await rt.getAccount(accounts.state))!.data);
    expect(state.owner.equals(owner.publicKey)).toBe(true);
    expect([state.state_bump, state.auth_bump, state.vault_bump]).toEqual([
      pda('state', owner.publicKey)[1], pda('auth', accounts.state)[1], pda('vault', accounts.auth)[1],
    ]);
  });

  it('deposits into the vault PDA and withdraws with its signer seeds, exact lamports', async () => {
    await send('initialize');
    const start = (await rt.getAccount(owner.publicKey))!.lamports;
    expect((await send('deposit', { amount: new BN(3_000_000) })).error).toBeNull();
    expect((await rt.getAccount(accounts.vault))!.lamports).toBe(3_000_000n);
    expect((await rt.getAccount(owner.publicKey))!.lamports).toBe(start - 3_000_000n);
    expect((await send('withdraw', { amount: new BN(1_000_000) })).error).toBeNull();
    expect((await rt.getAccount(accounts.vault))!.lamports).toBe(2_000_000n);
    expect((await rt.getAccount(owner.publicKey))!.lamports).toBe(start - 2_000_000n);
  });
});
