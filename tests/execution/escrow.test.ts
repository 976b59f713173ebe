// Escrow executed on both runtimes against the SPL Token and Associated Token programs they ship:
// make (PDA-owned vault), take (ATAs created if needed, PDA-signed transfer and close), refund.
import anchor from '@coral-xyz/anchor';
import { ASSOCIATED_TOKEN_PROGRAM_ID, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { ata, createMint, fundAta, tokenBalance } from '../support/tokens.js';

const { BN } = anchor;
const escrow = compileTestProgram('escrow.ts');
const SEED = 42n;

describe.each(RUNTIME_KINDS)('escrow on %s', (kind) => {
  let rt: Runtime;
  let maker: Keypair;
  let taker: Keypair;
  let mintA: PublicKey;
  let mintB: PublicKey;
  let escrowKey: PublicKey;
  let vault: PublicKey;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: escrow.programId, so: escrow.so, name: 'escrow_program' }] });
    maker = Keypair.generate();
    taker = Keypair.generate();
    await rt.airdrop(maker.publicKey, 1_000_000_000n);
    await rt.airdrop(taker.publicKey, 1_000_000_000n);
    mintA = await createMint(rt);
    mintB = await createMint(rt);
    await fundAta(rt, mintA, maker.publicKey, 1_000n);
    await fundAta(rt, mintB, taker.publicKey, 500n);
    const seed = Buffer.alloc(8);
    seed.writeBigUInt64LE(SEED);
    escrowKey = PublicKey.findProgramAddressSync([Buffer.from('escrow'), maker.publicKey.toBuffer(), seed], escrow.programId)[0];
    vault = PublicKey.findProgramAddressSync([Buffer.from('vault'), escrowKey.toBuffer()], escrow.programId)[0];
  });

  const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID, associatedTokenProgram: ASSOCIATED_TOKEN_PROGRAM_ID };
  const make = (deposit = 600, receive = 300, overrides: Record<string, unknown> = {}) =>
    rt.send([escrow.ix('make', {
      maker: maker.publicKey, mintA, mintB, makerAtaA: ata(mintA, maker.publicKey), escrow: escrowKey, vault, ...programs, ...overrides,
    } as never, { seed: new BN(SEED.toString()), deposit: new BN(deposit), receive: new BN(receive) })], [maker]);
  const take = (overrides: Record<string, unknown> = {}) =>
    rt.send([escrow.ix('take', {
      taker: taker.publicKey, maker: maker.publicKey, mintA, mintB, takerAtaA: ata(mintA, taker.publicKey), takerAtaB: ata(mintB, taker.publicKey),
      makerAtaB: ata(mintB, maker.publicKey), escrow: escrowKey, vault, ...programs, ...overrides,
    } as never)], [taker]);

  it('rejects another mint in place of mint A: the escrow has_one mint_a check fails (2001)', async () => {
    expect((await make()).error).toBeNull();
    const mintC = await createMint(rt);
    const r = await take({ mintA: mintC, takerAtaA: ata(mintC, taker.publicKey) });
    expect(errorCode(r)).toBe(2001);
  });

  it("rejects mint B's ATA as the taker's account for mint A too: two mutable token accounts, one account (2040)", async () => {
    expect((await make()).error).toBeNull();
    const r = await take({ mintA: mintB, takerAtaA: ata(mintB, taker.publicKey) });
    expect(errorCode(r)).toBe(2040);
    expect(anchorErrorLine(r.logs)).toBe('Program log: AnchorError caused by account: taker_ata_b. Error Code: ConstraintDuplicateMutableAccount. Error Number: 2040. Error Message: A duplicate mutable account constraint was violated.');
  });

  it('fails like Anchor when an ATA to create does not match its mint: init runs first, the runtime refuses its CPI', async () => {
    expect((await make()).error).toBeNull();
    const r = await take({ mintA: mintB });
    // anchor-spl's create names the address derived from (taker, mint B) and passes the account given:
    // the runtime finds no info for the derived address before the ATA program runs.
    expect(r.error).toEqual({ kind: 'instruction', index: 0, error: { name: 'MissingAccount' } });
    expect(r.logs).toContain(`Instruction references an unknown account ${ata(mintB, taker.publicKey).toBase58()}`);
    expect(r.logs.some((line) => line.startsWith(`Program ${ASSOCIATED_TOKEN_PROGRAM_ID.toBase58()} invoke`))).toBe(false);
  });

  it('rejects a token account of someone else with ConstraintTokenOwner (2015), naming it and both keys', async () => {
    expect((await make()).error).toBeNull();
    const someone = Keypair.generate().publicKey;
    const someonesB = await fundAta(rt, mintB, someone, 0n);
    const r = await take({ takerAtaB: someonesB });
    expect(errorCode(r)).toBe(2015);
    expect(r.logs).toContain('Program log: AnchorError caused by account: taker_ata_b. Error Code: ConstraintTokenOwner. Error Number: 2015. Error Message: A token owner constraint was violated.');
    const at = r.logs.indexOf('Program log: Left:');
    expect(r.logs.slice(at + 1, at + 4)).toEqual([`Program log: ${someone.toBase58()}`, 'Program log: Right:', `Program log: ${taker.publicKey.toBase58()}`]);
  });

  it("rejects the maker's own ATA as the taker's: it is also maker_ata_b, a duplicate mutable account (2040)", async () => {
    expect((await make()).error).toBeNull();
    const makersB = await fundAta(rt, mintB, maker.publicKey, 0n);
    const r = await take({ takerAtaB: makersB });
    expect(errorCode(r)).toBe(2040);
    expect(anchorErrorLine(r.logs)).toBe('Program log: AnchorError caused by account: maker_ata_b. Error Code: ConstraintDuplicateMutableAccount. Error Number: 2040. Error Message: A duplicate mutable account constraint was violated.');
  });

  it('rejects a token account that does not exist yet with AccountNotInitialized (3012)', async () => {
    expect((await make()).error).toBeNull();
    expect(errorCode(await take({ takerAtaB: ata(mintB, Keypair.generate().publicKey) }))).toBe(3012);
  });

  it('rejects a fake token program with InvalidProgramId (3008)', async () => {
    const r = await make(600, 300, { tokenProgram: Keypair.generate().publicKey });
    expect(errorCode(r)).toBe(3008);
  });

  it('make moves the deposit into a vault owned by the escrow PDA', async () => {
    const r = await make();
    expect(r.error).toBeNull();
    expect(await tokenBalance(rt, vault)).toBe(600n);
    expect(await tokenBalance(rt, ata(mintA, maker.publicKey))).toBe(400n);
    const v = (await rt.getAccount(vault))!;
    expect(new PublicKey(v.data.subarray(0, 32)).equals(mintA)).toBe(true);
    expect(new PublicKey(v.data.subarray(32, 64)).equals(escrowKey)).toBe(true);
    const e = escrow.decode<{ maker: PublicKey; receive: { toString(): string } }>('Escrow', (await rt.getAccount(escrowKey))!.data);
    expect(e.maker.equals(maker.publicKey)).toBe(true);
    expect(e.receive.toString()).toBe('300');
  });

  it('take pays the maker, empties and closes the vault and the escrow', async () => {
    await make();
    const r = await take();
    expect(r.error).toBeNull();
    expect(await tokenBalance(rt, ata(mintB, maker.publicKey))).toBe(300n);
    expect(await tokenBalance(rt, ata(mintB, taker.publicKey))).toBe(200n);
    expect(await tokenBalance(rt, ata(mintA, taker.publicKey))).toBe(600n);
    expect(await rt.getAccount(vault)).toBeNull();
    expect(await rt.getAccount(escrowKey)).toBeNull();
  });

  it('refund returns the deposit and closes both accounts', async () => {
    await make();
    const r = await rt.send([escrow.ix('refund', { maker: maker.publicKey, mintA, makerAtaA: ata(mintA, maker.publicKey), escrow: escrowKey, vault, ...programs } as never)], [maker]);
    expect(r.error).toBeNull();
    expect(await tokenBalance(rt, ata(mintA, maker.publicKey))).toBe(1000n);
    expect(await rt.getAccount(vault)).toBeNull();
    expect(await rt.getAccount(escrowKey)).toBeNull();
  });
});
