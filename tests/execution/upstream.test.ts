// The spellings of public Poseidon projects executed on both runtimes: a PDA vault pays out with its own bump as
// the last signer seed (found by `derive`, or given to `deriveWithBump`, canonical or not), exact balances, and a
// failing payout changes nothing; `has([owner.key])` checks as has([owner]); `is_writable = true` makes an account
// mut (2000 when it is passed read-only); TokenProgram.initializeMint creates a mint the client did not create,
// paid by the payer `mint.initIfNeeded(payer)` names, and initializes one it did.
import anchor from '@coral-xyz/anchor';
import { MINT_SIZE, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { readMint } from '../support/tokens.js';

const { BN } = anchor;
const upstream = compileTestProgram('upstream.ts');
const pda = (...seeds: (string | PublicKey)[]) =>
  PublicKey.findProgramAddressSync(seeds.map((s) => (typeof s === 'string' ? Buffer.from(s) : s.toBuffer())), upstream.programId);
const SYSTEM = `Program ${SYSTEM_PROGRAM_ID.toBase58()}`;

/** The highest bump below the canonical one that still gives a PDA of ["rent_vault"]. */
function nonCanonicalVault(canonical: number): { address: PublicKey; bump: number } {
  for (let bump = canonical - 1; bump >= 0; bump--) {
    try {
      return { address: PublicKey.createProgramAddressSync([Buffer.from('rent_vault'), Buffer.from([bump])], upstream.programId), bump };
    } catch {
      // on the curve: not a PDA
    }
  }
  throw new Error('no second bump');
}

describe.each(RUNTIME_KINDS)('spellings of public Poseidon projects on %s', (kind) => {
  let rt: Runtime;
  let payer: Keypair;
  const [vault, vaultBump] = pda('rent_vault');
  const lamports = async (key: PublicKey) => (await rt.getAccount(key))?.lamports ?? 0n;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: upstream.programId, so: upstream.so, name: 'upstream_program' }] });
    payer = Keypair.generate();
    await rt.airdrop(payer.publicKey, 10_000_000_000n);
  });

  describe('a PDA vault signing with its own bump (`vault.getBump()` as a signer seed)', () => {
    const fund = (amount: number) => rt.send([upstream.ix('initRentVault', { payer: payer.publicKey, rentVault: vault, systemProgram: SYSTEM_PROGRAM_ID }, { fundLamports: new BN(amount) })], [payer]);

    beforeEach(async () => {
      expect((await fund(5_000_000_000)).error).toBeNull();
    });

    it('funds the vault, then pays a new account from it (derive: the bump found)', async () => {
      expect(await lamports(vault)).toBe(5_000_000_000n);
      const newAccount = Keypair.generate();
      const r = await rt.send([upstream.ix('createNewAccount', { newAccount: newAccount.publicKey, rentVault: vault, systemProgram: SYSTEM_PROGRAM_ID }, { amount: new BN(1_500_000_000) })], [newAccount]);
      expect(r.error).toBeNull();
      expect(r.logs).toContain(`${SYSTEM} invoke [2]`);
      expect([await lamports(vault), await lamports(newAccount.publicKey)]).toEqual([3_500_000_000n, 1_500_000_000n]);
    });

    it('pays out with the bump given to deriveWithBump', async () => {
      const recipient = Keypair.generate().publicKey;
      const r = await rt.send([upstream.ix('payOut', { recipient, rentVault: vault, systemProgram: SYSTEM_PROGRAM_ID }, { bump: vaultBump, amount: new BN(1_000_000) })]);
      expect(r.error).toBeNull();
      expect([await lamports(vault), await lamports(recipient)]).toEqual([4_999_000_000n, 1_000_000n]);
    });

    it('signs with a non-canonical bump given to deriveWithBump, for the address that bump gives', async () => {
      const other = nonCanonicalVault(vaultBump);
      await rt.airdrop(other.address, 1_000_000_000n);
      const recipient = Keypair.generate().publicKey;
      const r = await rt.send([upstream.ix('payOut', { recipient, rentVault: other.address, systemProgram: SYSTEM_PROGRAM_ID }, { bump: other.bump, amount: new BN(2_000_000) })]);
      expect(r.error).toBeNull();
      expect([await lamports(other.address), await lamports(recipient)]).toEqual([998_000_000n, 2_000_000n]);
    });

    it('rejects a bump that does not give the vault with ConstraintSeeds (2006), paying nothing', async () => {
      const recipient = Keypair.generate().publicKey;
      const r = await rt.send([upstream.ix('payOut', { recipient, rentVault: vault, systemProgram: SYSTEM_PROGRAM_ID }, { bump: nonCanonicalVault(vaultBump).bump, amount: new BN(1_000_000) })]);
      expect(errorCode(r)).toBe(2006);
      expect(anchorErrorLine(r.logs)).toMatch(/^Program log: AnchorError caused by account: rent_vault\. Error Code: ConstraintSeeds\. Error Number: 2006\./);
      expect([await lamports(vault), await lamports(recipient)]).toEqual([5_000_000_000n, 0n]);
    });

    it('passes on the system program\'s insufficient funds (custom error 1) when the vault has too little', async () => {
      const newAccount = Keypair.generate();
      const r = await rt.send([upstream.ix('createNewAccount', { newAccount: newAccount.publicKey, rentVault: vault, systemProgram: SYSTEM_PROGRAM_ID }, { amount: new BN(6_000_000_000) })], [newAccount]);
      expect(errorCode(r)).toBe(1);
      expect(r.logs).toContain('Transfer: insufficient lamports 5000000000, need 6000000000');
      expect([await lamports(vault), await lamports(newAccount.publicKey)]).toEqual([5_000_000_000n, 0n]);
    });
  });

  describe('has([owner.key])', () => {
    it('is has([owner]): the owner closes its note and gets the rent back', async () => {
      const [note] = pda('note', payer.publicKey);
      expect((await rt.send([upstream.ix('openNote', { owner: payer.publicKey, note, systemProgram: SYSTEM_PROGRAM_ID }, { text: new BN(42) })], [payer])).error).toBeNull();
      const rent = await lamports(note);
      const before = await lamports(payer.publicKey);
      const r = await rt.send([upstream.ix('closeNote', { owner: payer.publicKey, note })], [payer]);
      expect(r.error).toBeNull();
      expect(await rt.getAccount(note)).toBeNull();
      expect(await lamports(payer.publicKey)).toBe(before + rent);
    });
  });

  describe('acc.is_writable = true', () => {
    const touch = (payerWritable: boolean, recipientWritable: boolean) => {
      const recipient = Keypair.generate().publicKey;
      return rt.send([upstream.ix('touch', {
        payer: { pubkey: payer.publicKey, isSigner: false, isWritable: payerWritable },
        recipient: { pubkey: recipient, isSigner: false, isWritable: recipientWritable },
      }, { amount: new BN(9) })]);
    };

    it('makes both accounts mut: passed writable, the instruction runs', async () => {
      const r = await touch(true, true);
      expect(r.error).toBeNull();
      expect(r.logs).toContain('Program log: touched with 9');
    });

    it('rejects each passed read-only with ConstraintMut (2000)', async () => {
      const payerReadOnly = await touch(false, true);
      expect(errorCode(payerReadOnly)).toBe(2000);
      expect(anchorErrorLine(payerReadOnly.logs)).toBe('Program log: AnchorError caused by account: payer. Error Code: ConstraintMut. Error Number: 2000. Error Message: A mut constraint was violated.');
      expect(anchorErrorLine((await touch(true, false)).logs)).toMatch(/^Program log: AnchorError caused by account: recipient\. Error Code: ConstraintMut\./);
    });
  });

  describe('TokenProgram.initializeMint', () => {
    const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID };

    it('creates the mint a test passes as a fresh keypair (as spl-token-minter\'s tests do), the authority paying', async () => {
      const mint = Keypair.generate();
      const r = await rt.send([upstream.ix('createTokenMint', { mintAuthority: payer.publicKey, mintAccount: mint.publicKey, ...programs }, { decimals: 9, freezeAuthority: payer.publicKey })], [payer, mint]);
      expect(r.error).toBeNull();
      expect(await readMint(rt, mint.publicKey)).toMatchObject({ decimals: 9, isInitialized: true, supply: 0n });
      expect((await readMint(rt, mint.publicKey))!.mintAuthority!.equals(payer.publicKey)).toBe(true);
      expect((await readMint(rt, mint.publicKey))!.freezeAuthority!.equals(payer.publicKey)).toBe(true);
      expect(await lamports(payer.publicKey)).toBe(10_000_000_000n - await rt.minimumBalance(MINT_SIZE));
    });

    it('charges the payer mint.initIfNeeded(payer) names, the other Signer being the mint authority', async () => {
      const authority = Keypair.generate();
      const mint = Keypair.generate();
      const r = await rt.send([upstream.ix('createSharedMint', { payer: payer.publicKey, authority: authority.publicKey, mint: mint.publicKey, ...programs })], [payer, authority, mint]);
      expect(r.error).toBeNull();
      const created = (await rt.getAccount(mint.publicKey))!;
      expect([created.owner.toBase58(), created.data.length]).toEqual([TOKEN_PROGRAM_ID.toBase58(), MINT_SIZE]);
      expect(await lamports(payer.publicKey)).toBe(10_000_000_000n - created.lamports);
      expect(await lamports(authority.publicKey)).toBe(0n);
      expect((await readMint(rt, mint.publicKey))!.mintAuthority!.equals(authority.publicKey)).toBe(true);
    });

    it('initializes a mint account the client created, with no system program call', async () => {
      const mint = Keypair.generate();
      const rent = Number(await rt.minimumBalance(MINT_SIZE));
      const create = SystemProgram.createAccount({ fromPubkey: payer.publicKey, newAccountPubkey: mint.publicKey, lamports: rent, space: MINT_SIZE, programId: TOKEN_PROGRAM_ID });
      const authority = Keypair.generate();
      const ix = upstream.ix('createSharedMint', { payer: payer.publicKey, authority: authority.publicKey, mint: mint.publicKey, ...programs });
      const r = await rt.send([create, ix], [payer, authority, mint]);
      expect(r.error).toBeNull();
      expect(r.logs.filter((l) => l === `${SYSTEM} invoke [2]`)).toEqual([]);
      expect(await readMint(rt, mint.publicKey)).toMatchObject({ decimals: 6, isInitialized: true });
    });
  });
});
