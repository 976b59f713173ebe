// Every TokenProgram function of the DSL (tests/programs/tokenops.ts) executed on both runtimes: signed by the
// state PDA ["authority"] with its seeds, and by a wallet. Token accounts and mints are read back from their bytes;
// failure paths assert the exact error: spl_token's TokenError number from the token program, Anchor's from ours.
// LiteSVM runs p-token and bankrun classic SPL Token; every outcome asserted here is the same on both.
import anchor from '@coral-xyz/anchor';
import { ACCOUNT_SIZE, NATIVE_MINT, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram, type AccountMeta } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime, type TxResult } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { createMint, createMintWithFreezeAuthority, ensureNativeMint, fundAta, readMint, readTokenAccount, tokenBalance } from '../support/tokens.js';

const { BN } = anchor;
const ops = compileTestProgram('tokenops.ts');
const pda = (seed: string) => PublicKey.findProgramAddressSync([Buffer.from(seed)], ops.programId)[0];
const authority = pda('authority');
const pdaMint = pda('mint');
const vault = pda('vault');
const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID };
const u64 = (n: bigint | number) => new BN(n.toString());
const unsigned = (key: PublicKey): AccountMeta => ({ pubkey: key, isSigner: false, isWritable: false });

/**
 * spl_token::error::TokenError: its number and the line the token program logs for it. p-token (LiteSVM) and
 * classic SPL Token (bankrun) agree on both for every case below.
 */
const TOKEN_ERRORS = {
  InsufficientFunds: [1, 'insufficient funds'],
  MintMismatch: [3, 'Account not associated with this Mint'],
  OwnerMismatch: [4, 'owner does not match'],
  FixedSupply: [5, 'the total supply of this token is fixed'],
  AlreadyInUse: [6, 'account or token already in use'],
  NonNativeHasBalance: [11, 'Non-native account can only be closed if its balance is zero'],
  InvalidInstruction: [12, 'Invalid instruction'],
  InvalidState: [13, 'Invalid account state for operation'],
  MintCannotFreeze: [16, 'This token mint cannot freeze accounts'],
  AccountFrozen: [17, 'Account is frozen'],
  MintDecimalsMismatch: [18, 'decimals different from the Mint decimals'],
  NonNativeNotSupported: [19, 'Instruction does not support non-native tokens'],
} as const;

/** The token program failed the CPI with `name`, and our program passed its code on unchanged. */
function expectTokenError(r: TxResult, name: keyof typeof TOKEN_ERRORS): void {
  const [code, message] = TOKEN_ERRORS[name];
  expect(errorCode(r)).toBe(code);
  expect(r.logs).toContain(`Program log: Error: ${message}`);
  expect(r.logs).toContain(`Program ${TOKEN_PROGRAM_ID.toBase58()} failed: custom program error: 0x${code.toString(16)}`);
}

/** Our program refused before any CPI, with the Anchor error this line (after "AnchorError ") names. */
function expectAnchorError(r: TxResult, line: string): void {
  const code = Number(/Error Number: (\d+)\./.exec(line)![1]);
  expect(errorCode(r)).toBe(code);
  expect(anchorErrorLine(r.logs)).toBe(`Program log: AnchorError ${line}`);
  expect(r.logs.some((l) => l.startsWith(`Program ${TOKEN_PROGRAM_ID.toBase58()} invoke`))).toBe(false);
}

/** The Left/Right pubkey lines that follow the AnchorError line. */
function expectComparedKeys(r: TxResult, left: PublicKey, right: PublicKey): void {
  const at = r.logs.indexOf(anchorErrorLine(r.logs)!);
  expect(r.logs.slice(at + 1, at + 5)).toEqual(['Program log: Left:', `Program log: ${left.toBase58()}`, 'Program log: Right:', `Program log: ${right.toBase58()}`]);
}

describe.each(RUNTIME_KINDS)('TokenProgram functions on %s', (kind) => {
  let rt: Runtime;
  let admin: Keypair;
  let alice: Keypair;
  let bob: Keypair;

  const call = (name: string, accounts: Record<string, PublicKey | AccountMeta>, args: Record<string, unknown> = {}, signers: Keypair[] = []) =>
    rt.send([ops.ix(name, { ...programs, ...accounts }, args)], signers);
  const byAdmin = (name: string, accounts: Record<string, PublicKey | AccountMeta>, args: Record<string, unknown> = {}) =>
    call(name, { admin: admin.publicKey, authority, mint: pdaMint, ...accounts }, args, [admin]);
  /** A wallet transfer (the owner or a delegate signs). */
  const transfer = (signer: Keypair, from: PublicKey, to: PublicKey, amount: number) =>
    call('transfer', { owner: signer.publicKey, from, to }, { amount: u64(amount) }, [signer]);
  /** Allocates a 165-byte account owned by the token program, then runs `name` in the same transaction. */
  const allocateThen = async (account: Keypair, name: string, accounts: Record<string, PublicKey>) => rt.send([
    SystemProgram.createAccount({
      fromPubkey: rt.payer.publicKey, newAccountPubkey: account.publicKey, space: ACCOUNT_SIZE,
      lamports: Number(await rt.minimumBalance(ACCOUNT_SIZE)), programId: TOKEN_PROGRAM_ID,
    }),
    ops.ix(name, { ...programs, account: account.publicKey, ...accounts }),
  ], [account]);

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: ops.programId, so: ops.so, name: 'token_ops_program' }] });
    [admin, alice, bob] = [Keypair.generate(), Keypair.generate(), Keypair.generate()];
    for (const k of [admin, alice, bob]) await rt.airdrop(k.publicKey, 1_000_000_000n);
    expect((await call('initialize', { admin: admin.publicKey, authority, mint: pdaMint, vault }, {}, [admin])).error).toBeNull();
  });

  describe('signed by the authority PDA', () => {
    let aliceAccount: PublicKey;
    beforeEach(async () => {
      aliceAccount = await fundAta(rt, pdaMint, alice.publicKey, 0n);
      expect((await byAdmin('pdaMintTo', { to: vault }, { amount: u64(1_000) })).error).toBeNull();
    });

    it('rejects a signer other than the admin with ConstraintHasOne (2001)', async () => {
      const r = await call('pdaMintTo', { admin: alice.publicKey, authority, mint: pdaMint, to: vault }, { amount: u64(1) }, [alice]);
      expectAnchorError(r, 'caused by account: authority. Error Code: ConstraintHasOne. Error Number: 2001. Error Message: A has one constraint was violated.');
    });

    it('rejects an admin that did not sign with AccountNotSigner (3010)', async () => {
      const r = await call('pdaMintTo', { admin: unsigned(admin.publicKey), authority, mint: pdaMint, to: vault }, { amount: u64(1) });
      expectAnchorError(r, 'caused by account: admin. Error Code: AccountNotSigner. Error Number: 3010. Error Message: The given account did not sign.');
    });

    it('rejects a fake token program with InvalidProgramId (3008)', async () => {
      const r = await byAdmin('pdaMintTo', { to: vault, tokenProgram: Keypair.generate().publicKey }, { amount: u64(1) });
      expectAnchorError(r, 'caused by account: token_program. Error Code: InvalidProgramId. Error Number: 3008. Error Message: Program ID was not as expected.');
    });

    it('initialize creates the mint with the PDA as mint and freeze authority, and the vault the PDA owns', async () => {
      expect(await readMint(rt, pdaMint)).toEqual({ mintAuthority: authority, supply: 1_000n, decimals: 6, isInitialized: true, freezeAuthority: authority });
      expect(await readTokenAccount(rt, vault)).toEqual({
        mint: pdaMint, owner: authority, amount: 1_000n, delegate: null, state: 1, isNative: null, delegatedAmount: 0n, closeAuthority: null,
      });
    });

    it('mintTo mints into any account of the mint', async () => {
      expect((await byAdmin('pdaMintTo', { to: aliceAccount }, { amount: u64(250) })).error).toBeNull();
      expect(await tokenBalance(rt, aliceAccount)).toBe(250n);
      expect((await readMint(rt, pdaMint))!.supply).toBe(1_250n);
    });

    it('transfer moves tokens out of the vault', async () => {
      expect((await byAdmin('pdaTransfer', { vault, to: aliceAccount }, { amount: u64(400) })).error).toBeNull();
      expect(await tokenBalance(rt, vault)).toBe(600n);
      expect(await tokenBalance(rt, aliceAccount)).toBe(400n);
    });

    it('transfer of more than the vault holds fails with InsufficientFunds (1)', async () => {
      expectTokenError(await byAdmin('pdaTransfer', { vault, to: aliceAccount }, { amount: u64(1_001) }), 'InsufficientFunds');
    });

    it('transferChecked moves tokens when the decimals match the mint', async () => {
      expect((await byAdmin('pdaTransferChecked', { vault, to: aliceAccount }, { amount: u64(300), decimals: 6 })).error).toBeNull();
      expect(await tokenBalance(rt, vault)).toBe(700n);
      expect(await tokenBalance(rt, aliceAccount)).toBe(300n);
    });

    it('transferChecked with the wrong decimals fails with MintDecimalsMismatch (18)', async () => {
      expectTokenError(await byAdmin('pdaTransferChecked', { vault, to: aliceAccount }, { amount: u64(300), decimals: 9 }), 'MintDecimalsMismatch');
    });

    it("transferChecked with another mint fails the vault's token::mint constraint (ConstraintTokenMint, 2014)", async () => {
      const other = await createMint(rt);
      const r = await byAdmin('pdaTransferChecked', { mint: other, vault, to: aliceAccount }, { amount: u64(1), decimals: 6 });
      // Anchor 1.x names the account and logs the vault's mint (Left) and the mint passed (Right).
      expectAnchorError(r, 'caused by account: vault. Error Code: ConstraintTokenMint. Error Number: 2014. Error Message: A token mint constraint was violated.');
      expectComparedKeys(r, pdaMint, other);
    });

    it('burn destroys vault tokens and lowers the supply', async () => {
      expect((await byAdmin('pdaBurn', { vault }, { amount: u64(150) })).error).toBeNull();
      expect(await tokenBalance(rt, vault)).toBe(850n);
      expect((await readMint(rt, pdaMint))!.supply).toBe(850n);
    });

    it('approve makes a delegate who may spend from the vault up to the amount', async () => {
      expect((await byAdmin('pdaApprove', { vault, delegate: bob.publicKey }, { amount: u64(300) })).error).toBeNull();
      expect((await transfer(bob, vault, aliceAccount, 100)).error).toBeNull();
      const v = (await readTokenAccount(rt, vault))!;
      expect([v.delegate, v.delegatedAmount, v.amount]).toEqual([bob.publicKey, 200n, 900n]);
    });

    it("approveChecked sets the delegate, passing the mint's own decimals", async () => {
      expect((await byAdmin('pdaApproveChecked', { vault, delegate: bob.publicKey }, { amount: u64(70) })).error).toBeNull();
      const v = (await readTokenAccount(rt, vault))!;
      expect([v.delegate, v.delegatedAmount]).toEqual([bob.publicKey, 70n]);
    });

    it('revoke clears the delegate', async () => {
      await byAdmin('pdaApprove', { vault, delegate: bob.publicKey }, { amount: u64(300) });
      expect((await byAdmin('pdaRevoke', { vault })).error).toBeNull();
      const v = (await readTokenAccount(rt, vault))!;
      expect([v.delegate, v.delegatedAmount]).toEqual([null, 0n]);
    });

    it('freezeAccount freezes a holder account, which then cannot send (AccountFrozen, 17)', async () => {
      await byAdmin('pdaTransfer', { vault, to: aliceAccount }, { amount: u64(10) });
      expect((await byAdmin('pdaFreeze', { account: aliceAccount })).error).toBeNull();
      expect((await readTokenAccount(rt, aliceAccount))!.state).toBe(2);
      expectTokenError(await transfer(alice, aliceAccount, vault, 1), 'AccountFrozen');
    });

    it('thawAccount unfreezes the account', async () => {
      await byAdmin('pdaTransfer', { vault, to: aliceAccount }, { amount: u64(10) });
      await byAdmin('pdaFreeze', { account: aliceAccount });
      expect((await byAdmin('pdaThaw', { account: aliceAccount })).error).toBeNull();
      expect((await readTokenAccount(rt, aliceAccount))!.state).toBe(1);
      expect((await transfer(alice, aliceAccount, vault, 10)).error).toBeNull();
    });

    it('closeAccount refuses a vault that still holds tokens with NonNativeHasBalance (11)', async () => {
      expectTokenError(await byAdmin('pdaClose', { vault }), 'NonNativeHasBalance');
    });

    it('closeAccount closes the empty vault and pays its rent to the admin', async () => {
      await byAdmin('pdaBurn', { vault }, { amount: u64(1_000) });
      const rent = (await rt.getAccount(vault))!.lamports;
      const before = (await rt.getAccount(admin.publicKey))!.lamports;
      expect((await byAdmin('pdaClose', { vault })).error).toBeNull();
      expect(await rt.getAccount(vault)).toBeNull();
      expect((await rt.getAccount(admin.publicKey))!.lamports).toBe(before + rent);
    });

    it("setAuthority MintTokens hands the mint to the admin: the mint's mint::authority constraint then fails (2016)", async () => {
      expect((await byAdmin('pdaSetMintAuthority', {}, { newAuthority: admin.publicKey })).error).toBeNull();
      expect((await readMint(rt, pdaMint))!.mintAuthority).toEqual(admin.publicKey);
      const refused = await byAdmin('pdaMintTo', { to: vault }, { amount: u64(1) });
      expectAnchorError(refused, 'occurred. Error Code: ConstraintMintMintAuthority. Error Number: 2016. Error Message: A mint mint authority constraint was violated.');
      expect((await call('mintTo', { mintAuthority: admin.publicKey, mint: pdaMint, to: aliceAccount }, { amount: u64(5) }, [admin])).error).toBeNull();
      expect(await tokenBalance(rt, aliceAccount)).toBe(5n);
    });

    it('setAuthority FreezeAccount without a new authority removes it: freezing then fails with MintCannotFreeze (16)', async () => {
      expect((await byAdmin('pdaClearFreezeAuthority', {})).error).toBeNull();
      expect((await readMint(rt, pdaMint))!.freezeAuthority).toBeNull();
      expectTokenError(await byAdmin('pdaFreeze', { account: aliceAccount }), 'MintCannotFreeze');
    });

    it("setAuthority AccountOwner gives the vault away: the vault's token::authority constraint then fails (2015)", async () => {
      expect((await byAdmin('pdaSetVaultOwner', { vault }, { newOwner: alice.publicKey })).error).toBeNull();
      expect((await readTokenAccount(rt, vault))!.owner).toEqual(alice.publicKey);
      const refused = await byAdmin('pdaTransfer', { vault, to: aliceAccount }, { amount: u64(1) });
      expectAnchorError(refused, 'caused by account: vault. Error Code: ConstraintTokenOwner. Error Number: 2015. Error Message: A token owner constraint was violated.');
      expectComparedKeys(refused, alice.publicKey, authority);
      expect((await transfer(alice, vault, aliceAccount, 1_000)).error).toBeNull();
    });

    it('initializeAccount makes an allocated account a token account the PDA owns', async () => {
      const account = Keypair.generate();
      expect((await allocateThen(account, 'pdaInitializeAccount', { authority, mint: pdaMint })).error).toBeNull();
      expect(await readTokenAccount(rt, account.publicKey)).toEqual({
        mint: pdaMint, owner: authority, amount: 0n, delegate: null, state: 1, isNative: null, delegatedAmount: 0n, closeAuthority: null,
      });
    });
  });

  describe('signed by a wallet', () => {
    let freezer: Keypair;
    let mint: PublicKey;
    let aliceAta: PublicKey;
    let bobAta: PublicKey;
    beforeEach(async () => {
      freezer = Keypair.generate();
      // The runtime's payer is the mint authority, so fundAta can mint; it signs every transaction anyway.
      mint = await createMintWithFreezeAuthority(rt, 6, rt.payer.publicKey, freezer.publicKey);
      aliceAta = await fundAta(rt, mint, alice.publicKey, 1_000n);
      bobAta = await fundAta(rt, mint, bob.publicKey, 0n);
    });
    const freeze = (signer: Keypair, account: PublicKey, on = mint) => call('freezeAccount', { freezeAuthority: signer.publicKey, mint: on, account }, {}, [signer]);

    it('mintTo mints with the mint authority’s signature', async () => {
      expect((await call('mintTo', { mintAuthority: rt.payer.publicKey, mint, to: bobAta }, { amount: u64(250) })).error).toBeNull();
      expect(await tokenBalance(rt, bobAta)).toBe(250n);
      expect((await readMint(rt, mint))!.supply).toBe(1_250n);
    });

    it('mintTo signed by someone else than the mint authority fails with OwnerMismatch (4)', async () => {
      expectTokenError(await call('mintTo', { mintAuthority: bob.publicKey, mint, to: bobAta }, { amount: u64(1) }, [bob]), 'OwnerMismatch');
    });

    it('transfer moves tokens between wallets', async () => {
      expect((await transfer(alice, aliceAta, bobAta, 300)).error).toBeNull();
      expect([await tokenBalance(rt, aliceAta), await tokenBalance(rt, bobAta)]).toEqual([700n, 300n]);
    });

    it('transfer of more than the balance fails with InsufficientFunds (1)', async () => {
      expectTokenError(await transfer(alice, aliceAta, bobAta, 1_001), 'InsufficientFunds');
    });

    it('transfer to an account of another mint fails with MintMismatch (3)', async () => {
      const elsewhere = await fundAta(rt, pdaMint, bob.publicKey, 0n);
      expectTokenError(await transfer(alice, aliceAta, elsewhere, 1), 'MintMismatch');
    });

    it('transfer by an owner that did not sign fails with AccountNotSigner (3010)', async () => {
      const r = await call('transfer', { owner: unsigned(alice.publicKey), from: aliceAta, to: bobAta }, { amount: u64(1) });
      expectAnchorError(r, 'caused by account: owner. Error Code: AccountNotSigner. Error Number: 3010. Error Message: The given account did not sign.');
    });

    it('transferChecked moves tokens when the decimals match the mint', async () => {
      expect((await call('transferChecked', { owner: alice.publicKey, mint, from: aliceAta, to: bobAta }, { amount: u64(40), decimals: 6 }, [alice])).error).toBeNull();
      expect([await tokenBalance(rt, aliceAta), await tokenBalance(rt, bobAta)]).toEqual([960n, 40n]);
    });

    it('transferChecked with the wrong decimals fails with MintDecimalsMismatch (18)', async () => {
      const r = await call('transferChecked', { owner: alice.publicKey, mint, from: aliceAta, to: bobAta }, { amount: u64(40), decimals: 0 }, [alice]);
      expectTokenError(r, 'MintDecimalsMismatch');
    });

    it('burn destroys the holder’s tokens and lowers the supply', async () => {
      expect((await call('burn', { owner: alice.publicKey, mint, ownerAta: aliceAta }, { amount: u64(100) }, [alice])).error).toBeNull();
      expect(await tokenBalance(rt, aliceAta)).toBe(900n);
      expect((await readMint(rt, mint))!.supply).toBe(900n);
    });

    it('burn of more than the balance fails with InsufficientFunds (1)', async () => {
      expectTokenError(await call('burn', { owner: alice.publicKey, mint, ownerAta: aliceAta }, { amount: u64(1_001) }, [alice]), 'InsufficientFunds');
    });

    it('burn from someone else’s associated token account fails with ConstraintTokenOwner (2015), naming it', async () => {
      const r = await call('burn', { owner: bob.publicKey, mint, ownerAta: aliceAta }, { amount: u64(1) }, [bob]);
      expectAnchorError(r, 'caused by account: owner_ata. Error Code: ConstraintTokenOwner. Error Number: 2015. Error Message: A token owner constraint was violated.');
    });

    it('approve makes a delegate whose transfers lower the delegated amount', async () => {
      expect((await call('approve', { owner: alice.publicKey, source: aliceAta, delegate: bob.publicKey }, { amount: u64(250) }, [alice])).error).toBeNull();
      expect((await transfer(bob, aliceAta, bobAta, 100)).error).toBeNull();
      const a = (await readTokenAccount(rt, aliceAta))!;
      expect([a.delegate, a.delegatedAmount, a.amount]).toEqual([bob.publicKey, 150n, 900n]);
    });

    it('a delegate transfer above the delegated amount fails with InsufficientFunds (1)', async () => {
      await call('approve', { owner: alice.publicKey, source: aliceAta, delegate: bob.publicKey }, { amount: u64(250) }, [alice]);
      expectTokenError(await transfer(bob, aliceAta, bobAta, 251), 'InsufficientFunds');
    });

    it('approveChecked sets the delegate when the decimals match the mint', async () => {
      expect((await call('approveChecked', { owner: alice.publicKey, mint, source: aliceAta, delegate: bob.publicKey }, { amount: u64(60), decimals: 6 }, [alice])).error).toBeNull();
      const a = (await readTokenAccount(rt, aliceAta))!;
      expect([a.delegate, a.delegatedAmount]).toEqual([bob.publicKey, 60n]);
    });

    it('approveChecked with the wrong decimals fails with MintDecimalsMismatch (18)', async () => {
      const r = await call('approveChecked', { owner: alice.publicKey, mint, source: aliceAta, delegate: bob.publicKey }, { amount: u64(60), decimals: 2 }, [alice]);
      expectTokenError(r, 'MintDecimalsMismatch');
    });

    it('revoke clears the delegate: its transfers then fail with OwnerMismatch (4)', async () => {
      await call('approve', { owner: alice.publicKey, source: aliceAta, delegate: bob.publicKey }, { amount: u64(250) }, [alice]);
      expect((await call('revoke', { owner: alice.publicKey, source: aliceAta }, {}, [alice])).error).toBeNull();
      const a = (await readTokenAccount(rt, aliceAta))!;
      expect([a.delegate, a.delegatedAmount]).toEqual([null, 0n]);
      expectTokenError(await transfer(bob, aliceAta, bobAta, 1), 'OwnerMismatch');
    });

    it('freezeAccount by the freeze authority freezes the account: its owner cannot send (AccountFrozen, 17)', async () => {
      expect((await freeze(freezer, aliceAta)).error).toBeNull();
      expect((await readTokenAccount(rt, aliceAta))!.state).toBe(2);
      expectTokenError(await transfer(alice, aliceAta, bobAta, 1), 'AccountFrozen');
    });

    it('freezeAccount by someone else than the freeze authority fails with OwnerMismatch (4)', async () => {
      expectTokenError(await freeze(alice, aliceAta), 'OwnerMismatch');
    });

    it('freezeAccount on a mint without a freeze authority fails with MintCannotFreeze (16)', async () => {
      const unfreezable = await createMint(rt);
      const account = await fundAta(rt, unfreezable, alice.publicKey, 0n);
      expectTokenError(await freeze(freezer, account, unfreezable), 'MintCannotFreeze');
    });

    it('thawAccount unfreezes the account', async () => {
      await freeze(freezer, aliceAta);
      expect((await call('thawAccount', { freezeAuthority: freezer.publicKey, mint, account: aliceAta }, {}, [freezer])).error).toBeNull();
      expect((await readTokenAccount(rt, aliceAta))!.state).toBe(1);
      expect((await transfer(alice, aliceAta, bobAta, 1)).error).toBeNull();
    });

    it('thawAccount of an account that is not frozen fails with InvalidState (13)', async () => {
      expectTokenError(await call('thawAccount', { freezeAuthority: freezer.publicKey, mint, account: aliceAta }, {}, [freezer]), 'InvalidState');
    });

    it('closeAccount refuses an account that holds tokens with NonNativeHasBalance (11)', async () => {
      expectTokenError(await call('closeAccount', { owner: alice.publicKey, account: aliceAta, destination: bob.publicKey }, {}, [alice]), 'NonNativeHasBalance');
    });

    it('closeAccount closes an empty account and pays its rent to the destination', async () => {
      const rent = (await rt.getAccount(bobAta))!.lamports;
      expect((await call('closeAccount', { owner: bob.publicKey, account: bobAta, destination: alice.publicKey }, {}, [bob])).error).toBeNull();
      expect(await rt.getAccount(bobAta)).toBeNull();
      expect((await rt.getAccount(alice.publicKey))!.lamports).toBe(1_000_000_000n + rent);
    });

    it('setAuthority AccountOwner with a new owner hands the account over; the old owner then fails with OwnerMismatch (4)', async () => {
      expect((await call('setAccountOwner', { owner: alice.publicKey, account: aliceAta }, { newOwner: bob.publicKey }, [alice])).error).toBeNull();
      expect((await readTokenAccount(rt, aliceAta))!.owner).toEqual(bob.publicKey);
      expectTokenError(await transfer(alice, aliceAta, bobAta, 1), 'OwnerMismatch');
      expect((await transfer(bob, aliceAta, bobAta, 1_000)).error).toBeNull();
    });

    it('setAuthority AccountOwner without a new owner fails with InvalidInstruction (12)', async () => {
      expectTokenError(await call('clearAccountOwner', { owner: alice.publicKey, account: aliceAta }, {}, [alice]), 'InvalidInstruction');
    });

    it('setAuthority CloseAccount with a new authority lets it close the empty account', async () => {
      expect((await call('setCloseAuthority', { owner: bob.publicKey, account: bobAta, closer: alice.publicKey }, {}, [bob])).error).toBeNull();
      expect((await readTokenAccount(rt, bobAta))!.closeAuthority).toEqual(alice.publicKey);
      expect((await call('closeAccount', { owner: alice.publicKey, account: bobAta, destination: alice.publicKey }, {}, [alice])).error).toBeNull();
      expect(await rt.getAccount(bobAta)).toBeNull();
    });

    it('setAuthority CloseAccount without a new authority clears it', async () => {
      await call('setCloseAuthority', { owner: bob.publicKey, account: bobAta, closer: alice.publicKey }, {}, [bob]);
      expect((await call('clearCloseAuthority', { current: alice.publicKey, account: bobAta }, {}, [alice])).error).toBeNull();
      expect((await readTokenAccount(rt, bobAta))!.closeAuthority).toBeNull();
    });

    it('setAuthority FreezeAccount with a new authority lets it freeze', async () => {
      expect((await call('setFreezeAuthority', { current: freezer.publicKey, mint }, { newAuthority: bob.publicKey }, [freezer])).error).toBeNull();
      expect((await readMint(rt, mint))!.freezeAuthority).toEqual(bob.publicKey);
      expect((await freeze(bob, aliceAta)).error).toBeNull();
    });

    it('setAuthority MintTokens without a new authority fixes the supply: minting then fails with FixedSupply (5)', async () => {
      expect((await call('clearMintAuthority', { current: rt.payer.publicKey, mint })).error).toBeNull();
      expect((await readMint(rt, mint))!.mintAuthority).toBeNull();
      expectTokenError(await call('mintTo', { mintAuthority: rt.payer.publicKey, mint, to: bobAta }, { amount: u64(1) }), 'FixedSupply');
    });

    it('initializeAccount makes an allocated account a token account of the mint and owner', async () => {
      const account = Keypair.generate();
      expect((await allocateThen(account, 'initializeAccount', { mint, owner: bob.publicKey })).error).toBeNull();
      expect(await readTokenAccount(rt, account.publicKey)).toEqual({
        mint, owner: bob.publicKey, amount: 0n, delegate: null, state: 1, isNative: null, delegatedAmount: 0n, closeAuthority: null,
      });
    });

    it('initializeAccount of an initialized account fails with AlreadyInUse (6)', async () => {
      expectTokenError(await call('initializeAccount', { account: bobAta, mint, owner: alice.publicKey }), 'AlreadyInUse');
    });

    it('syncNative of an account that is not wrapped SOL fails with NonNativeNotSupported (19)', async () => {
      expectTokenError(await call('syncNative', { wrapped: aliceAta }), 'NonNativeNotSupported');
    });
  });

  describe('wrapped SOL', () => {
    let wrapped: Keypair;
    let reserve: bigint;
    beforeEach(async () => {
      await ensureNativeMint(rt);
      wrapped = Keypair.generate();
      reserve = await rt.minimumBalance(ACCOUNT_SIZE);
      expect((await allocateThen(wrapped, 'initializeAccount', { mint: NATIVE_MINT, owner: alice.publicKey })).error).toBeNull();
    });

    it('initializeAccount of a native mint account keeps the rent reserve out of the amount', async () => {
      const w = (await readTokenAccount(rt, wrapped.publicKey))!;
      expect([w.mint, w.owner, w.amount, w.isNative]).toEqual([NATIVE_MINT, alice.publicKey, 0n, reserve]);
    });

    it('wrapSol moves lamports into the native account and syncNative counts them as tokens', async () => {
      expect((await call('wrapSol', { owner: alice.publicKey, wrapped: wrapped.publicKey }, { lamports: u64(5_000_000) }, [alice])).error).toBeNull();
      expect(await tokenBalance(rt, wrapped.publicKey)).toBe(5_000_000n);
      expect((await rt.getAccount(wrapped.publicKey))!.lamports).toBe(reserve + 5_000_000n);
    });

    it('syncNative counts lamports anyone sent to the native account', async () => {
      await rt.send([SystemProgram.transfer({ fromPubkey: bob.publicKey, toPubkey: wrapped.publicKey, lamports: 7_000 })], [bob]);
      expect(await tokenBalance(rt, wrapped.publicKey)).toBe(0n);
      expect((await call('syncNative', { wrapped: wrapped.publicKey })).error).toBeNull();
      expect(await tokenBalance(rt, wrapped.publicKey)).toBe(7_000n);
    });
  });
});
