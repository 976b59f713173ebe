// The Poseidon-era spellings program executed on both runtimes: the implied payer pays each account it creates,
// String<N> values land in the account, operators fail on overflow, underflow and a zero divisor exactly as .add()
// does (and change nothing), comparisons pick the right branch and error, a seeds-only mint.derive checks the
// address of an existing mint, console.log templates print the program id, keys, fields and arguments, and a string
// argument without a length takes whatever a transaction carries.
import anchor from '@coral-xyz/anchor';
import { ASSOCIATED_TOKEN_PROGRAM_ID, MINT_SIZE, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { ata, createMint, readMint, readTokenAccount } from '../support/tokens.js';

const { BN } = anchor;
const legacy = compileTestProgram('legacy.ts');
const pda = (...seeds: (string | PublicKey)[]) =>
  PublicKey.findProgramAddressSync(seeds.map((s) => (typeof s === 'string' ? Buffer.from(s) : s.toBuffer())), legacy.programId);
const U64_MAX = '18446744073709551615';
const OVERFLOW_LOG = 'Program log: ProgramError occurred. Error Code: ArithmeticOverflow. Error Number: 103079215104. Error Message: Program arithmetic overflowed.';

interface Tally {
  owner: PublicKey; total: { toString(): string }; deposits: number; limit: number; result: { toString(): string };
  balance: { toString(): string }; bump: number; label: string; tags: string[]; profile: { nick: string; age: number };
}

describe.each(RUNTIME_KINDS)('legacy spellings on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  let tally: PublicKey;
  let bump: number;

  const accounts = () => ({ owner: owner.publicKey, tally });
  const open = (limit: number, signer = owner, at = tally) => rt.send([legacy.ix('open', { owner: signer.publicKey, tally: at, systemProgram: SYSTEM_PROGRAM_ID }, {
    label: 'savings', tags: ['a', 'bcd'], profile: { nick: 'ann', age: 30 }, limit,
  })], [signer]);
  const call = (name: string, args: Record<string, unknown>) => rt.send([legacy.ix(name, accounts(), args)], [owner]);
  const state = async () => legacy.decode<Tally>('Tally', (await rt.getAccount(tally))!.data);

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: legacy.programId, so: legacy.so, name: 'legacy_program' }] });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
    [tally, bump] = pda('tally', owner.publicKey);
  });

  describe('init() without a payer', () => {
    it('makes the only Signer pay the rent and stores String<N> values, literals and the bump', async () => {
      const r = await open(80);
      expect(r.error).toBeNull();
      const account = (await rt.getAccount(tally))!;
      expect((await rt.getAccount(owner.publicKey))!.lamports).toBe(1_000_000_000n - account.lamports);
      expect(account.lamports).toBe(await rt.minimumBalance(account.data.length));
      const s = await state();
      expect([s.owner.toBase58(), s.total.toString(), s.deposits, s.limit, s.result.toString(), s.balance.toString(), s.bump]).toEqual([
        owner.publicKey.toBase58(), '0', 0, 80, '0', '-5', bump,
      ]);
      expect([s.label, s.tags, s.profile]).toEqual(['savings', ['a', 'bcd'], { nick: 'ann', age: 30 }]);
    });

    it('logs the template with the label, the owner key, the program id and the limit', async () => {
      const r = await open(80);
      expect(r.logs).toContain(`Program log: Tally savings of ${owner.publicKey.toBase58()} in ${legacy.programId.toBase58()}, limit 80`);
    });

    // The tally's room for label, tags and nick beyond their length prefixes: 12 + 3 × (4 + 4) + 8 = 44 bytes.
    const openWith = (label: string, tags: string[], nick: string) => rt.send([legacy.ix('open', { owner: owner.publicKey, tally, systemProgram: SYSTEM_PROGRAM_ID }, {
      label, tags, profile: { nick, age: 0 }, limit: 1,
    })], [owner]);

    it('stores a label longer than String<12>, tags longer than String<4> and a nick longer than String<8> while they fit', async () => {
      expect((await openWith('thirteen char', ['longer'], 'nine char')).error).toBeNull();
      const s = await state();
      expect([s.label, s.tags, s.profile]).toEqual(['thirteen char', ['longer'], { nick: 'nine char', age: 0 }]);
    });

    it('fills the tally exactly with a label of 44 bytes, and fails one byte more with 3004, creating nothing', async () => {
      const over = await openWith('l'.repeat(45), [], '');
      expect(errorCode(over)).toBe(3004);
      expect(anchorErrorLine(over.logs)).toBe('Program log: AnchorError caused by account: tally. Error Code: AccountDidNotSerialize. Error Number: 3004. Error Message: Failed to serialize the account.');
      expect(await rt.getAccount(tally)).toBeNull();
      expect((await openWith('l'.repeat(44), [], '')).error).toBeNull();
      const data = (await rt.getAccount(tally))!.data;
      expect([data.length, (await state()).label]).toEqual([8 + 118, 'l'.repeat(44)]);
      expect(data.subarray(data.length - 1)[0]).toBe(0); // the profile's age, the last byte
    });
  });

  describe('arithmetic operators', () => {
    beforeEach(async () => {
      expect((await open(80)).error).toBeNull();
    });

    it('+ and ++ add, and log through a template', async () => {
      const r = await call('deposit', { amount: new BN(100) });
      expect(r.error).toBeNull();
      expect(r.logs).toContain('Program log: Deposit 100: total 100, deposit 1');
      expect((await call('deposit', { amount: new BN(23) })).logs).toContain('Program log: Deposit 23: total 123, deposit 2');
    });

    it('a + b fails on u64 overflow with ArithmeticOverflow and changes nothing', async () => {
      expect((await call('deposit', { amount: new BN(U64_MAX) })).error).toBeNull();
      const before = await rt.getAccount(tally);
      const r = await call('deposit', { amount: new BN(1) });
      expect(r.error).toEqual({ kind: 'instruction', index: 0, error: { name: 'ArithmeticOverflow' } });
      expect(r.logs).toContain(OVERFLOW_LOG);
      expect(await rt.getAccount(tally)).toEqual(before);
    });

    it('-= and -- subtract, and -= fails below zero', async () => {
      await call('deposit', { amount: new BN(50) });
      expect((await call('withdraw', { amount: new BN(20) })).error).toBeNull();
      expect([(await state()).total.toString(), (await state()).deposits]).toEqual(['30', 0]);
      const before = await rt.getAccount(tally);
      expect(errorCode(await call('withdraw', { amount: new BN(31) }))).toBe('ArithmeticOverflow');
      expect(await rt.getAccount(tally)).toEqual(before);
    });

    it('-- fails below zero', async () => {
      expect(errorCode(await call('withdraw', { amount: new BN(0) }))).toBe('ArithmeticOverflow');
    });

    it('(a * 3 + b) / b - a % 7, balance - delta * 2 and += compute exactly', async () => {
      expect((await call('compute', { a: new BN(10), b: new BN(4), delta: new BN(-3) })).error).toBeNull();
      const s = await state();
      expect([s.result.toString(), s.balance.toString(), s.deposits]).toEqual(['5', '1', 10]);
    });

    it('/ by zero, a negative difference and i64 overflow fail with ArithmeticOverflow', async () => {
      const before = await rt.getAccount(tally);
      for (const args of [
        { a: new BN(1), b: new BN(0), delta: new BN(0) },
        { a: new BN(6), b: new BN(100), delta: new BN(0) },
        { a: new BN(1), b: new BN(1), delta: new BN('9223372036854775807') },
      ]) {
        const r = await call('compute', args);
        expect(r.logs).toContain(OVERFLOW_LOG);
        expect(errorCode(r)).toBe('ArithmeticOverflow');
      }
      expect(await rt.getAccount(tally)).toEqual(before);
    });
  });

  describe('comparison operators', () => {
    const check = (height: number, viewer = owner) => rt.send([legacy.ix('check', { viewer: viewer.publicKey, tally }, { height })], [viewer]);
    const lastLog = (logs: string[]) => logs.filter((l) => l.startsWith('Program log: ') && !l.includes('Instruction:')).at(-1);

    beforeEach(async () => {
      expect((await open(80)).error).toBeNull();
    });

    it('Number(height) > 5 and height <= limit fail with the program errors 6000 and 6001', async () => {
      expect(errorCode(await check(5))).toBe(6000);
      expect(errorCode(await check(81))).toBe(6001);
    });

    it('=== on keys fails with NotOwner (6002) for another signer', async () => {
      const other = Keypair.generate();
      expect(errorCode(await check(50, other))).toBe(6002);
    });

    it('== on a field and === on a literal take the second branch, 7 > height the third, the rest the last', async () => {
      expect(lastLog((await check(80)).logs)).toBe('Program log: at the limit, or 42');
      expect(lastLog((await check(42)).logs)).toBe('Program log: at the limit, or 42');
      expect(lastLog((await check(6)).logs)).toBe('Program log: below 7, or not the owner');
      expect(lastLog((await check(50)).logs)).toBe('Program log: regular: 50');
    });

    it('height > new u16(100) && 1000 >= height takes the first branch', async () => {
      const tall = Keypair.generate();
      await rt.airdrop(tall.publicKey, 1_000_000_000n);
      const [tallTally] = pda('tally', tall.publicKey);
      expect((await open(500, tall, tallTally)).error).toBeNull();
      const r = await rt.send([legacy.ix('check', { viewer: tall.publicKey, tally: tallTally }, { height: 150 })], [tall]);
      expect(lastLog(r.logs)).toBe('Program log: tall');
    });
  });

  describe('string arguments without a length', () => {
    const greet = (name: string, city: string) => rt.send([legacy.ix('greet', { visitor: owner.publicKey }, { name, city })], [owner]);

    it('take any length a transaction can carry and log it', async () => {
      const name = 'n'.repeat(900);
      const r = await greet(name, 'Lyon');
      expect(r.error).toBeNull();
      expect(r.logs).toContain(`Program log: Welcome to the park, ${name} from Lyon`);
    });

    it('take the empty string', async () => {
      expect((await greet('', '')).logs).toContain('Program log: Welcome to the park,  from ');
    });
  });

  describe('token accounts without a payer, and a seeds-only mint.derive', () => {
    const [authority] = pda('authority');
    const [mint] = pda('mint');
    const [vault] = pda('vault', mint);
    const [oldMint] = pda('old-mint');
    const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID, associatedTokenProgram: ASSOCIATED_TOKEN_PROGRAM_ID };
    const setup = (old: PublicKey) => rt.send([legacy.ix('setupTokens', {
      payer: owner.publicKey, authority, mint, vault, payerAta: ata(mint, owner.publicKey), oldMint: old, ...programs,
    } as never)], [owner]);

    beforeEach(async () => {
      // A mint of 9 decimals at the program's "old-mint" address, as an earlier instruction would have created it.
      const data = new Uint8Array(MINT_SIZE);
      data[44] = 9;
      data[45] = 1;
      await rt.setAccount(oldMint, { lamports: await rt.minimumBalance(MINT_SIZE), data, owner: TOKEN_PROGRAM_ID });
    });

    it('creates the mint, the vault and the associated token account, all paid by the only Signer', async () => {
      const r = await setup(oldMint);
      expect(r.error).toBeNull();
      expect(r.logs).toContain(`Program log: Old mint ${oldMint.toBase58()} has 9 decimals`);
      const m = (await readMint(rt, mint))!;
      expect([m.mintAuthority?.toBase58(), m.decimals, m.supply]).toEqual([authority.toBase58(), 6, 0n]);
      const v = (await readTokenAccount(rt, vault))!;
      expect([v.mint.toBase58(), v.owner.toBase58()]).toEqual([mint.toBase58(), authority.toBase58()]);
      const a = (await readTokenAccount(rt, ata(mint, owner.publicKey)))!;
      expect([a.mint.toBase58(), a.owner.toBase58()]).toEqual([mint.toBase58(), owner.publicKey.toBase58()]);
      const rents = await rt.minimumBalance(MINT_SIZE) + 2n * await rt.minimumBalance(165);
      expect((await rt.getAccount(owner.publicKey))!.lamports).toBe(1_000_000_000n - rents);
    });

    it('rejects a mint at another address with ConstraintSeeds (2006) and creates nothing', async () => {
      const other = await createMint(rt, 9);
      expect(errorCode(await setup(other))).toBe(2006);
      expect(await rt.getAccount(mint)).toBeNull();
    });
  });
});
