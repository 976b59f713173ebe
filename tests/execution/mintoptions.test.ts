// Optional arguments and mints from arguments, executed on both runtimes: TokenProgram.initializeMint signed by
// a wallet or with a PDA's seeds, with and without a freeze authority (exact mint bytes), on an account a client
// created and on one it creates first (the mint signing, the only Signer paying); Mint.derive with
// argument decimals and freeze authority (init at a PDA, initIfNeeded on a keypair mint, checks on existing
// mints: 2016/2017/2018); setAuthority with an optional new authority; Option<T> arguments decoded (Some, None,
// a bad tag and short data → 102) and narrowed by `if (x)`, `if (!x)`, `x !== undefined`, `x === undefined`.
import anchor from '@coral-xyz/anchor';
import { MINT_SIZE, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime, type TxResult } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { readMint } from '../support/tokens.js';
import { wrongBumps } from '../support/bumps.js';

const { BN } = anchor;
const program = compileTestProgram('mintoptions.ts');
const pda = (...seeds: (string | PublicKey)[]) =>
  PublicKey.findProgramAddressSync(seeds.map((s) => (typeof s === 'string' ? Buffer.from(s) : s.toBuffer())), program.programId);
const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID };

/** The 82 bytes of an SPL mint: COption<Pubkey> mint authority, supply, decimals, initialized, COption<Pubkey> freeze authority. */
function mintBytes(authority: PublicKey | null, decimals: number, freeze: PublicKey | null, supply = 0n): Buffer {
  const d = Buffer.alloc(MINT_SIZE);
  if (authority) {
    d.writeUInt32LE(1, 0);
    authority.toBuffer().copy(d, 4);
  }
  d.writeBigUInt64LE(supply, 36);
  d[44] = decimals;
  d[45] = 1;
  if (freeze) {
    d.writeUInt32LE(1, 46);
    freeze.toBuffer().copy(d, 50);
  }
  return d;
}

const anchorError = (r: TxResult) => anchorErrorLine(r.logs);

describe.each(RUNTIME_KINDS)('optional arguments and mints from arguments on %s', (kind) => {
  let rt: Runtime;
  let payer: Keypair;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: program.programId, so: program.so, name: 'mint_options_program' }] });
    payer = Keypair.generate();
    await rt.airdrop(payer.publicKey, 10_000_000_000n);
  });

  /** An account of mint size that the token program owns and that is no mint yet, as a client creates one for InitializeMint. */
  async function blankMintAccount(): Promise<Keypair> {
    const mint = Keypair.generate();
    const lamports = Number(await rt.minimumBalance(MINT_SIZE));
    const r = await rt.send([SystemProgram.createAccount({ fromPubkey: payer.publicKey, newAccountPubkey: mint.publicKey, lamports, space: MINT_SIZE, programId: TOKEN_PROGRAM_ID })], [payer, mint]);
    expect(r.error).toBeNull();
    return mint;
  }

  const mintData = async (mint: PublicKey) => Buffer.from((await rt.getAccount(mint))!.data);

  describe('TokenProgram.initializeMint', () => {
    const createTokenMint = (mint: Keypair, decimals: number, freezeAuthority: PublicKey | null) =>
      rt.send([program.ix('createTokenMint', { mintAuthority: payer.publicKey, mintAccount: mint.publicKey, ...programs }, { decimals, freezeAuthority })], [payer, mint]);

    it('makes the wallet the mint authority, with the argument decimals and freeze authority', async () => {
      const mint = await blankMintAccount();
      const freezer = Keypair.generate().publicKey;
      const r = await createTokenMint(mint, 9, freezer);
      expect(r.error).toBeNull();
      expect(r.logs).toContain('Program log: Instruction: CreateTokenMint');
      expect(r.logs).toContain(`Program ${TOKEN_PROGRAM_ID.toBase58()} invoke [2]`);
      // the account a client created is initialized as it is: no system program call
      expect(r.logs).not.toContain(`Program ${SYSTEM_PROGRAM_ID.toBase58()} invoke [2]`);
      expect((await mintData(mint.publicKey)).equals(mintBytes(payer.publicKey, 9, freezer))).toBe(true);
    });

    it('leaves the freeze authority None (tag 0, zero key) when the argument is None', async () => {
      const mint = await blankMintAccount();
      expect((await createTokenMint(mint, 0, null)).error).toBeNull();
      expect((await mintData(mint.publicKey)).equals(mintBytes(payer.publicKey, 0, null))).toBe(true);
      expect(await readMint(rt, mint.publicKey)).toMatchObject({ decimals: 0, freezeAuthority: null, isInitialized: true });
    });

    it('passes on the token program AlreadyInUse (6) for a mint already initialized, changing nothing', async () => {
      const mint = await blankMintAccount();
      expect((await createTokenMint(mint, 6, null)).error).toBeNull();
      const before = await mintData(mint.publicKey);
      const r = await createTokenMint(mint, 2, payer.publicKey);
      expect(errorCode(r)).toBe(6);
      expect(r.logs).toContain('Program log: Error: account or token already in use');
      expect((await mintData(mint.publicKey)).equals(before)).toBe(true);
    });

    it('initializes with a PDA as mint authority, the CPI carrying its seeds', async () => {
      const mint = await blankMintAccount();
      const [auth, bump] = pda('auth');
      const freezer = Keypair.generate().publicKey;
      const r = await rt.send([program.ix('createPdaMint', { payer: payer.publicKey, mint: mint.publicKey, auth, ...programs }, { decimals: 255, freezeAuthority: freezer, authBump: bump })], [payer, mint]);
      expect(r.error).toBeNull();
      expect((await mintData(mint.publicKey)).equals(mintBytes(auth, 255, freezer))).toBe(true);
    });

    it('rejects a wrong PDA bump with ConstraintSeeds (2006) before the CPI', async () => {
      const mint = await blankMintAccount();
      const [auth, bump] = pda('auth');
      const r = await rt.send([program.ix('createPdaMint', { payer: payer.publicKey, mint: mint.publicKey, auth, ...programs }, { decimals: 1, freezeAuthority: null, authBump: bump - 1 })], [payer, mint]);
      expect(errorCode(r)).toBe(2006);
      expect(anchorError(r)).toMatch(/^Program log: AnchorError caused by account: auth\. Error Code: ConstraintSeeds\. Error Number: 2006\./);
      expect((await mintData(mint.publicKey)).equals(Buffer.alloc(MINT_SIZE))).toBe(true);
    });

    // Anchor derives with create_program_address: a bump whose hash is on the curve gives no address, and
    // the error names the account only; a bump giving another address logs the key passed and that address.
    const SEEDS_LINE = 'Program log: AnchorError caused by account: auth. Error Code: ConstraintSeeds. Error Number: 2006. Error Message: A seeds constraint was violated.';
    const bumps = wrongBumps([Buffer.from('auth')], program.programId);
    const createWithBump = async (authBump: number) => {
      const mint = await blankMintAccount();
      const [auth] = pda('auth');
      const r = await rt.send([program.ix('createPdaMint', { payer: payer.publicKey, mint: mint.publicKey, auth, ...programs }, { decimals: 1, freezeAuthority: null, authBump })], [payer, mint]);
      return { r, auth, mint: mint.publicKey };
    };

    it('rejects a bump whose seeds give no address (on the curve) with 2006 naming the account, no keys logged', async () => {
      const { r, mint } = await createWithBump(bumps.onCurve);
      expect(errorCode(r)).toBe(2006);
      const line = r.logs.indexOf(SEEDS_LINE);
      expect(line).toBeGreaterThan(-1);
      expect(r.logs[line + 1]).toMatch(/^Program \w+ consumed /);
      expect((await mintData(mint)).equals(Buffer.alloc(MINT_SIZE))).toBe(true);
    });

    it('rejects a bump giving another address with 2006, logging the key passed and that address', async () => {
      const { r, auth, mint } = await createWithBump(bumps.offCurve.bump);
      expect(errorCode(r)).toBe(2006);
      const line = r.logs.indexOf(SEEDS_LINE);
      expect(line).toBeGreaterThan(-1);
      expect(r.logs.slice(line + 1, line + 5)).toEqual(['Program log: Left:', `Program log: ${auth.toBase58()}`, 'Program log: Right:', `Program log: ${bumps.offCurve.address.toBase58()}`]);
      expect((await mintData(mint)).equals(Buffer.alloc(MINT_SIZE))).toBe(true);
    });

    describe('a mint account that does not exist yet', () => {
      it('is created first (CreateAccount: rent-exempt, 82 bytes, owned by the token program), paid by the only Signer', async () => {
        const mint = Keypair.generate();
        const freezer = Keypair.generate().publicKey;
        const before = (await rt.getAccount(payer.publicKey))!.lamports;
        const r = await createTokenMint(mint, 9, freezer);
        expect(r.error).toBeNull();
        const system = `Program ${SYSTEM_PROGRAM_ID.toBase58()}`;
        const token = `Program ${TOKEN_PROGRAM_ID.toBase58()}`;
        // CreateAccount, then InitializeMint2
        expect(r.logs.indexOf(`${system} invoke [2]`)).toBeGreaterThan(r.logs.indexOf('Program log: Instruction: CreateTokenMint'));
        expect(r.logs.indexOf(`${token} invoke [2]`)).toBeGreaterThan(r.logs.indexOf(`${system} success`));
        const account = (await rt.getAccount(mint.publicKey))!;
        const rent = await rt.minimumBalance(MINT_SIZE);
        expect([account.owner.toBase58(), account.lamports, account.data.length]).toEqual([TOKEN_PROGRAM_ID.toBase58(), rent, MINT_SIZE]);
        expect(Buffer.from(account.data).equals(mintBytes(payer.publicKey, 9, freezer))).toBe(true);
        expect((await rt.getAccount(payer.publicKey))!.lamports).toBe(before - rent);
      });

      it('is created for a PDA mint authority too, the payer paying', async () => {
        const mint = Keypair.generate();
        const [auth, bump] = pda('auth');
        const r = await rt.send([program.ix('createPdaMint', { payer: payer.publicKey, mint: mint.publicKey, auth, ...programs }, { decimals: 0, freezeAuthority: null, authBump: bump })], [payer, mint]);
        expect(r.error).toBeNull();
        expect((await mintData(mint.publicKey)).equals(mintBytes(auth, 0, null))).toBe(true);
      });

      it('needs the mint\'s signature: without it ConstraintSigner (2002), nothing created', async () => {
        const mint = Keypair.generate();
        const ix = program.ix('createTokenMint', {
          mintAuthority: payer.publicKey, mintAccount: { pubkey: mint.publicKey, isSigner: false, isWritable: true }, ...programs,
        }, { decimals: 9, freezeAuthority: null });
        const r = await rt.send([ix], [payer]);
        expect(errorCode(r)).toBe(2002);
        expect(anchorError(r)).toBe('Program log: AnchorError caused by account: mint_account. Error Code: ConstraintSigner. Error Number: 2002. Error Message: A signer constraint was violated.');
        expect(await rt.getAccount(mint.publicKey)).toBeNull();
      });

      it('fails as the system program does when the payer cannot pay, changing nothing', async () => {
        const poor = Keypair.generate();
        await rt.airdrop(poor.publicKey, 1_000_000n);
        const mint = Keypair.generate();
        const r = await rt.send([program.ix('createTokenMint', { mintAuthority: poor.publicKey, mintAccount: mint.publicKey, ...programs }, { decimals: 1, freezeAuthority: null })], [poor, mint]);
        expect(errorCode(r)).toBe(1);
        expect(r.logs.some((l) => l.startsWith('Transfer: insufficient lamports 1000000, need '))).toBe(true);
        expect(await rt.getAccount(mint.publicKey)).toBeNull();
        expect((await rt.getAccount(poor.publicKey))!.lamports).toBe(1_000_000n);
      });
    });
  });

  describe('Mint.derive with argument decimals and freeze authority', () => {
    it('creates the mint at its PDA (init) with the argument decimals and freeze authority', async () => {
      const [mint] = pda('mint', payer.publicKey);
      const freezer = Keypair.generate().publicKey;
      const r = await rt.send([program.ix('newMint', { payer: payer.publicKey, mint, ...programs }, { decimals: 3, freezer })], [payer]);
      expect(r.error).toBeNull();
      const account = (await rt.getAccount(mint))!;
      expect(account.owner.equals(TOKEN_PROGRAM_ID)).toBe(true);
      expect(account.lamports).toBe(await rt.minimumBalance(MINT_SIZE));
      expect(Buffer.from(account.data).equals(mintBytes(payer.publicKey, 3, freezer))).toBe(true);
    });

    describe('initIfNeeded on a keypair mint', () => {
      let mint: Keypair;
      let freezer: PublicKey;
      const ensure = (decimals: number, freezerKey: PublicKey, signer = payer) =>
        rt.send([program.ix('ensureMint', { payer: signer.publicKey, mint: mint.publicKey, ...programs }, { decimals, freezer: freezerKey })], [signer, mint]);

      beforeEach(async () => {
        mint = Keypair.generate();
        freezer = Keypair.generate().publicKey;
        expect((await ensure(7, freezer)).error).toBeNull();
      });

      it('creates the mint the first time, then accepts the same decimals and authorities again', async () => {
        expect((await mintData(mint.publicKey)).equals(mintBytes(payer.publicKey, 7, freezer))).toBe(true);
        expect((await ensure(7, freezer)).error).toBeNull();
        expect((await mintData(mint.publicKey)).equals(mintBytes(payer.publicKey, 7, freezer))).toBe(true);
      });

      it('rejects other decimals on the existing mint with ConstraintMintDecimals (2018)', async () => {
        const r = await ensure(8, freezer);
        expect(errorCode(r)).toBe(2018);
        const line = 'Program log: AnchorError caused by account: mint. Error Code: ConstraintMintDecimals. Error Number: 2018. Error Message: A mint decimals constraint was violated.';
        expect(anchorError(r)).toBe(line);
        // Anchor's `with_values((pa.decimals, decimals))`: the decimals found, then the ones expected.
        const at = r.logs.indexOf(line);
        expect(r.logs.slice(at + 1, at + 3)).toEqual(['Program log: Left: 7', 'Program log: Right: 8']);
      });

      it('rejects another freeze authority with ConstraintMintFreezeAuthority (2017)', async () => {
        const r = await ensure(7, Keypair.generate().publicKey);
        expect(errorCode(r)).toBe(2017);
        expect(anchorError(r)).toBe('Program log: AnchorError caused by account: mint. Error Code: ConstraintMintFreezeAuthority. Error Number: 2017. Error Message: A mint freeze authority constraint was violated.');
      });

      it('rejects another payer as mint authority with ConstraintMintMintAuthority (2016), checked before decimals', async () => {
        const other = Keypair.generate();
        await rt.airdrop(other.publicKey, 1_000_000_000n);
        const r = await ensure(9, freezer, other);
        expect(errorCode(r)).toBe(2016);
        expect(anchorError(r)).toBe('Program log: AnchorError caused by account: mint. Error Code: ConstraintMintMintAuthority. Error Number: 2016. Error Message: A mint mint authority constraint was violated.');
      });
    });

    it('checks an existing mint against argument decimals (2018, no account name) and its mint authority (2016)', async () => {
      const mintKeypair = await blankMintAccount();
      const mint = mintKeypair.publicKey;
      expect((await rt.send([program.ix('createTokenMint', { mintAuthority: payer.publicKey, mintAccount: mint, ...programs }, { decimals: 4, freezeAuthority: null })], [payer, mintKeypair])).error).toBeNull();
      const check = (decimals: number, authority = payer) =>
        rt.send([program.ix('checkMint', { authority: authority.publicKey, mint, tokenProgram: TOKEN_PROGRAM_ID }, { decimals })], [authority]);
      expect((await check(4)).error).toBeNull();
      const wrongDecimals = await check(5);
      expect(errorCode(wrongDecimals)).toBe(2018);
      expect(anchorError(wrongDecimals)).toBe('Program log: AnchorError occurred. Error Code: ConstraintMintDecimals. Error Number: 2018. Error Message: A mint decimals constraint was violated.');
      const other = Keypair.generate();
      await rt.airdrop(other.publicKey, 1_000_000_000n);
      expect(errorCode(await check(4, other))).toBe(2016);
    });
  });

  describe('setAuthority with an optional new authority', () => {
    it('sets the new mint authority when Some and removes it when None', async () => {
      const mintKeypair = await blankMintAccount();
      const mint = mintKeypair.publicKey;
      expect((await rt.send([program.ix('createTokenMint', { mintAuthority: payer.publicKey, mintAccount: mint, ...programs }, { decimals: 2, freezeAuthority: null })], [payer, mintKeypair])).error).toBeNull();
      const next = Keypair.generate();
      await rt.airdrop(next.publicKey, 1_000_000_000n);
      const change = (authority: Keypair, newAuthority: PublicKey | null) =>
        rt.send([program.ix('changeMintAuthority', { authority: authority.publicKey, mint, tokenProgram: TOKEN_PROGRAM_ID }, { newAuthority })], [authority]);
      expect((await change(payer, next.publicKey)).error).toBeNull();
      expect((await mintData(mint)).equals(mintBytes(next.publicKey, 2, null))).toBe(true);
      expect((await change(next, null)).error).toBeNull();
      // SPL Token clears only the COption tag: the old key's bytes stay behind it.
      const cleared = mintBytes(next.publicKey, 2, null);
      cleared.writeUInt32LE(0, 0);
      expect((await mintData(mint)).equals(cleared)).toBe(true);
      expect((await readMint(rt, mint))!.mintAuthority).toBeNull();
    });
  });

  describe('Option<T> arguments', () => {
    const [settings] = pda('settings');
    const settingsOf = (admin: PublicKey) => pda('settings', admin)[0];
    interface Options { limit?: bigint | null; owner?: PublicKey | null; label?: string | null; step?: number | null }
    const configureIx = (o: Options) =>
      program.ix('configure', { admin: payer.publicKey, settings: settingsOf(payer.publicKey), systemProgram: SYSTEM_PROGRAM_ID }, {
        limit: o.limit === undefined || o.limit === null ? null : new BN(o.limit.toString()),
        owner: o.owner ?? null,
        label: o.label ?? null,
        step: o.step ?? null,
      });
    const configure = (o: Options) => rt.send([configureIx(o)], [payer]);
    const read = async () => {
      const s = program.decode<{ limit: anchor.BN; owner: PublicKey; has_owner: boolean; label: string; steps: anchor.BN }>('Settings', (await rt.getAccount(settingsOf(payer.publicKey)))!.data);
      return { limit: BigInt(s.limit.toString()), owner: s.owner.toBase58(), hasOwner: s.has_owner, label: s.label, steps: BigInt(s.steps.toString()) };
    };
    const ZERO_KEY = PublicKey.default.toBase58();

    it('takes every branch for None: limit 0, no owner, the label untouched, one step', async () => {
      expect(settings).toBeDefined();
      expect((await configure({})).error).toBeNull();
      expect(await read()).toEqual({ limit: 0n, owner: ZERO_KEY, hasOwner: false, label: '', steps: 1n });
    });

    it('reads the values inside Some in the narrowed branches', async () => {
      const owner = Keypair.generate().publicKey;
      expect((await configure({ limit: 500n, owner, label: 'abc', step: 4 })).error).toBeNull();
      expect(await read()).toEqual({ limit: 500n, owner: owner.toBase58(), hasOwner: true, label: 'abc', steps: 4n });
      // None again: the label keeps its value, the limit and owner flag reset, the steps go on.
      expect((await configure({ limit: null, label: null, step: null })).error).toBeNull();
      expect(await read()).toEqual({ limit: 0n, owner: owner.toBase58(), hasOwner: false, label: 'abc', steps: 5n });
    });

    it('encodes and decodes the option arguments with @coral-xyz/anchor through our IDL', async () => {
      const owner = Keypair.generate().publicKey;
      const data = configureIx({ limit: 7n, owner, label: null, step: 255 }).data;
      const discriminator = data.subarray(0, 8);
      expect(Buffer.from(data.subarray(8)).equals(Buffer.concat([
        Buffer.from([1]), Buffer.from([7, 0, 0, 0, 0, 0, 0, 0]), Buffer.from([1]), owner.toBuffer(), Buffer.from([0]), Buffer.from([1, 255]),
      ]))).toBe(true);
      const decoded = program.coder.instruction.decode(Buffer.from(data))!;
      expect(decoded.name).toBe('configure');
      const args = decoded.data as { limit: anchor.BN; owner: PublicKey; label: string | null; step: number };
      expect(args.limit.toString()).toBe('7');
      expect(args.owner.equals(owner)).toBe(true);
      expect(args.label).toBeNull();
      expect(args.step).toBe(255);
      expect(discriminator.length).toBe(8);
    });

    /** The configure instruction with raw argument bytes after its discriminator. */
    const rawConfigure = (args: number[]) => {
      const ix = configureIx({});
      return new TransactionInstruction({ programId: ix.programId, keys: ix.keys, data: Buffer.concat([ix.data.subarray(0, 8), Buffer.from(args)]) });
    };

    it('rejects an option tag other than 0 or 1 with InstructionDidNotDeserialize (102), creating nothing', async () => {
      const r = await rt.send([rawConfigure([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])], [payer]);
      expect(errorCode(r)).toBe(102);
      expect(r.logs).toContain('Program log: Instruction: Configure');
      expect(anchorError(r)).toBe('Program log: AnchorError occurred. Error Code: InstructionDidNotDeserialize. Error Number: 102. Error Message: The program could not deserialize the given instruction.');
      expect(await rt.getAccount(settingsOf(payer.publicKey))).toBeNull();
    });

    it('rejects a tag 2 in a later option too (102)', async () => {
      expect(errorCode(await rt.send([rawConfigure([0, 0, 0, 2])], [payer]))).toBe(102);
    });

    it('rejects a Some cut short, and a missing option, with 102', async () => {
      expect(errorCode(await rt.send([rawConfigure([1, 5, 0, 0])], [payer]))).toBe(102);
      expect(errorCode(await rt.send([rawConfigure([0, 0, 0])], [payer]))).toBe(102);
      expect(errorCode(await rt.send([rawConfigure([0, 0, 1, 3, 0, 0, 0, 0x61])], [payer]))).toBe(102);
      expect(await rt.getAccount(settingsOf(payer.publicKey))).toBeNull();
    });

    it('fails a Some label one byte over the settings (Str<8>, nothing else to give room) with 3004 at exit, creating nothing', async () => {
      const r = await configure({ label: 'ninechars' });
      expect(errorCode(r)).toBe(3004);
      expect(anchorError(r)).toBe('Program log: AnchorError caused by account: settings. Error Code: AccountDidNotSerialize. Error Number: 3004. Error Message: Failed to serialize the account.');
      expect(await rt.getAccount(settingsOf(payer.publicKey))).toBeNull();
      expect((await configure({ label: 'eightchr' })).error).toBeNull();
      expect((await read()).label).toBe('eightchr');
    });

    it('accepts all four None tags exactly, ignoring trailing bytes', async () => {
      expect((await rt.send([rawConfigure([0, 0, 0, 0, 9, 9])], [payer])).error).toBeNull();
      expect(await read()).toEqual({ limit: 0n, owner: ZERO_KEY, hasOwner: false, label: '', steps: 1n });
    });
  });
});
