// A mint whose authority is a PDA, executed on both runtimes: mint init at a PDA, minting to an
// associated token account created on demand and signed by the PDA's seeds, a supply cap, burning.
import anchor from '@coral-xyz/anchor';
import { ASSOCIATED_TOKEN_PROGRAM_ID, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { ata, tokenBalance } from '../support/tokens.js';

const { BN } = anchor;
const minter = compileTestProgram('minter.ts');
const pda = (seed: string) => PublicKey.findProgramAddressSync([Buffer.from(seed)], minter.programId)[0];
const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID, associatedTokenProgram: ASSOCIATED_TOKEN_PROGRAM_ID };

describe.each(RUNTIME_KINDS)('minter on %s', (kind) => {
  let rt: Runtime;
  let admin: Keypair;
  let recipient: Keypair;
  const config = pda('config');
  const mint = pda('mint');

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: minter.programId, so: minter.so, name: 'minter_program' }] });
    admin = Keypair.generate();
    recipient = Keypair.generate();
    await rt.airdrop(admin.publicKey, 1_000_000_000n);
    await rt.airdrop(recipient.publicKey, 1_000_000_000n);
    const r = await rt.send([minter.ix('initialize', { admin: admin.publicKey, config, mint, ...programs } as never)], [admin]);
    expect(r.error).toBeNull();
  });

  const mintTo = (amount: bigint, signer = admin) =>
    rt.send([minter.ix('mintTokens', { admin: signer.publicKey, config, mint, recipient: recipient.publicKey, recipientAta: ata(mint, recipient.publicKey), ...programs } as never, { amount: new BN(amount.toString()) })], [signer]);

  it('creates the mint at its PDA with 6 decimals and the config PDA as mint authority', async () => {
    const m = (await rt.getAccount(mint))!;
    expect(m.owner.equals(TOKEN_PROGRAM_ID)).toBe(true);
    const data = Buffer.from(m.data);
    expect(data.readUInt32LE(0)).toBe(1);
    expect(new PublicKey(data.subarray(4, 36)).equals(config)).toBe(true);
    expect(data[44]).toBe(6);
    expect(data.readUInt32LE(46)).toBe(0);
  });

  it('rejects minting by someone else than the admin with ConstraintHasOne (2001)', async () => {
    expect(errorCode(await mintTo(5n, recipient))).toBe(2001);
  });

  it('mints to an associated token account it creates, signed by the config PDA', async () => {
    expect((await mintTo(1_500n)).error).toBeNull();
    expect(await tokenBalance(rt, ata(mint, recipient.publicKey))).toBe(1_500n);
    expect((await mintTo(500n)).error).toBeNull();
    expect(await tokenBalance(rt, ata(mint, recipient.publicKey))).toBe(2_000n);
    expect(Buffer.from((await rt.getAccount(mint))!.data).readBigUInt64LE(36)).toBe(2_000n);
  });

  it('refuses to pass the supply cap with SupplyCapExceeded (6000)', async () => {
    expect((await mintTo(1_000_000_000_000_000n)).error).toBeNull();
    expect(errorCode(await mintTo(1n))).toBe(6000);
  });

  it('burns owned tokens and refuses to burn more than the balance (6001)', async () => {
    await mintTo(100n);
    const burn = (amount: bigint) =>
      rt.send([minter.ix('burnTokens', { owner: recipient.publicKey, mint, ownerAta: ata(mint, recipient.publicKey), ...programs } as never, { amount: new BN(amount.toString()) })], [recipient]);
    expect(errorCode(await burn(101n))).toBe(6001);
    expect((await burn(40n)).error).toBeNull();
    expect(await tokenBalance(rt, ata(mint, recipient.publicKey))).toBe(60n);
  });
});
