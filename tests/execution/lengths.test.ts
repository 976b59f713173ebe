// N in Str<N> / Vec<T, N> executed on both runtimes as Anchor has it: #[max_len] sizes the account (InitSpace)
// and bounds no value. Arguments of any length are decoded; a state is written back at exit through a writer
// of the account's size, failing with 3004 AccountDidNotSerialize (caused by the account) only when its borsh
// bytes no longer fit. Boundaries: exactly full, one byte spare, one byte over. Also an optional Str<N>, an
// event and a log line carrying an over-long string, and string arguments as PDA seeds past 32 bytes.
import anchor from '@coral-xyz/anchor';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const { BN, EventParser } = anchor;
const lengths = compileTestProgram('lengths.ts');
const state = (name: string) => lengths.program.stateAccounts.find((s) => s.name === name)!;
/** Board: owner 32, title 4 + 8, scores 4 + 4 × 8, bump 1. */
const BOARD_SPACE = 8 + 32 + (4 + 8) + (4 + 4 * 8) + 1;
/** Bytes of title and scores items that a board holds: all but the discriminator, owner, two prefixes and bump. */
const BOARD_ROOM = BOARD_SPACE - 8 - 32 - 4 - 4 - 1;
const LABEL_SPACE = 8 + (4 + 16) + 1;
const didNotSerialize = (account: string) =>
  `Program log: AnchorError caused by account: ${account}. Error Code: AccountDidNotSerialize. Error Number: 3004. Error Message: Failed to serialize the account.`;

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const borshString = (s: string) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s, 'utf8')]);
const borshU64s = (xs: number[]) => Buffer.concat([u32(xs.length), ...xs.map((x) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(x));
  return b;
})]);

describe.each(RUNTIME_KINDS)('lengths on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  let board: PublicKey;
  let boardBump: number;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: lengths.programId, so: lengths.so, name: 'lengths_program' }] });
    owner = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
    [board, boardBump] = PublicKey.findProgramAddressSync([Buffer.from('board'), owner.publicKey.toBuffer()], lengths.programId);
  });

  const open = (title: string, scores: number[]) =>
    rt.send([lengths.ix('open', { owner: owner.publicKey, board, systemProgram: SYSTEM_PROGRAM_ID }, { title, scores: scores.map((x) => new BN(x)) })], [owner]);
  const rescore = (scores: number[]) =>
    rt.send([lengths.ix('rescore', { owner: owner.publicKey, board }, { scores: scores.map((x) => new BN(x)) })], [owner]);
  const rename = (title: string | null) => rt.send([lengths.ix('rename', { owner: owner.publicKey, board }, { title })], [owner]);
  const boardBytes = (title: string, scores: number[]) => Buffer.concat([
    Buffer.from(state('Board').discriminator), owner.publicKey.toBuffer(), borshString(title), borshU64s(scores), Buffer.from([boardBump]),
  ]);
  const boardData = async () => Buffer.from((await rt.getAccount(board))!.data);

  describe('a Str<8> and a Vec<u64, 4> in an account of 8 + 81 bytes', () => {
    it('stores a title of 40 bytes (N = 8) when the vector is empty: the account exactly full', async () => {
      const title = 't'.repeat(BOARD_ROOM);
      const r = await open(title, []);
      expect(r.error).toBeNull();
      const data = await boardData();
      expect(data.length).toBe(BOARD_SPACE);
      expect(data.equals(boardBytes(title, []))).toBe(true);
    });

    it('stores a title of 39 bytes with one byte to spare, left zero', async () => {
      const title = 't'.repeat(BOARD_ROOM - 1);
      expect((await open(title, [])).error).toBeNull();
      expect((await boardData()).equals(Buffer.concat([boardBytes(title, []), Buffer.alloc(1)]))).toBe(true);
    });

    it('fails a title of 41 bytes, one byte over, with AccountDidNotSerialize (3004) at exit, creating nothing', async () => {
      const r = await open('t'.repeat(BOARD_ROOM + 1), []);
      expect(errorCode(r)).toBe(3004);
      expect(anchorErrorLine(r.logs)).toBe(didNotSerialize('board'));
      expect(await rt.getAccount(board)).toBeNull();
    });

    it('stores 5 scores (N = 4) when the title is empty: the account exactly full', async () => {
      const scores = [1, 2, 3, 4, 5];
      expect((await open('', scores)).error).toBeNull();
      expect((await boardData()).equals(boardBytes('', scores))).toBe(true);
    });

    it('fails 5 scores with a one-byte title, one byte over, with 3004', async () => {
      const r = await open('t', [1, 2, 3, 4, 5]);
      expect(errorCode(r)).toBe(3004);
      expect(anchorErrorLine(r.logs)).toBe(didNotSerialize('board'));
      expect(await rt.getAccount(board)).toBeNull();
    });

    it('rewrites the scores of an existing board past N while they fit, and fails one byte over leaving it unchanged', async () => {
      expect((await open('abc', [7])).error).toBeNull();
      // 3 title bytes leave room for 4 scores and 5 bytes: 4 fit (N), so do not 5 (40 bytes)
      const fits = [9, 8, 7, 6];
      expect((await rescore(fits)).error).toBeNull();
      expect((await boardData()).equals(Buffer.concat([boardBytes('abc', fits), Buffer.alloc(BOARD_ROOM - 3 - 32)]))).toBe(true);
      const before = await boardData();
      const r = await rescore([1, 2, 3, 4, 5]);
      expect(errorCode(r)).toBe(3004);
      expect(anchorErrorLine(r.logs)).toBe(didNotSerialize('board'));
      expect((await boardData()).equals(before)).toBe(true);
    });

    it('shortens the scores: the bytes after the new end keep their old values, as Anchor leaves them', async () => {
      expect((await open('', [1, 2, 3, 4, 5])).error).toBeNull();
      expect((await rescore([6])).error).toBeNull();
      const tail = boardBytes('', [1, 2, 3, 4, 5]).subarray(boardBytes('', [6]).length);
      expect((await boardData()).equals(Buffer.concat([boardBytes('', [6]), tail]))).toBe(true);
    });

    it('rejects a vector whose count runs past the instruction data with 102', async () => {
      const ix = lengths.ix('open', { owner: owner.publicKey, board, systemProgram: SYSTEM_PROGRAM_ID }, { title: '', scores: [new BN(1)] });
      ix.data.writeUInt32LE(2, 8 + 4); // discriminator, empty title
      expect(errorCode(await rt.send([ix], [owner]))).toBe(102);
      expect(await rt.getAccount(board)).toBeNull();
    });
  });

  describe('an optional Str<8>, an event and a log line', () => {
    const events = (logs: string[]) => [...new EventParser(lengths.programId, lengths.coder).parseLogs(logs)];

    beforeEach(async () => {
      expect((await open('first', [])).error).toBeNull();
    });

    it('stores Some(40 bytes), emits it whole and logs it whole', async () => {
      const title = 'r'.repeat(BOARD_ROOM);
      const r = await rename(title);
      expect(r.error).toBeNull();
      expect((await boardData()).equals(boardBytes(title, []))).toBe(true);
      const emitted = events(r.logs);
      expect(emitted.map((e) => [e.name, (e.data.board as PublicKey).toBase58(), e.data.title])).toEqual([['Renamed', board.toBase58(), title]]);
      expect(r.logs).toContain(`Program log: Board ${title} of ${owner.publicKey.toBase58()}`);
    });

    it('keeps the title on None, and emits and logs the stored one', async () => {
      const r = await rename(null);
      expect(r.error).toBeNull();
      expect((await boardData()).equals(Buffer.concat([boardBytes('first', []), Buffer.alloc(BOARD_ROOM - 5)]))).toBe(true);
      expect(events(r.logs).map((e) => e.data.title)).toEqual(['first']);
      expect(r.logs).toContain(`Program log: Board first of ${owner.publicKey.toBase58()}`);
    });

    it('fails Some(41 bytes) with 3004 after the event and the log line, leaving the board unchanged', async () => {
      const before = await boardData();
      const title = 'r'.repeat(BOARD_ROOM + 1);
      const r = await rename(title);
      expect(errorCode(r)).toBe(3004);
      const logLine = `Program log: Board ${title} of ${owner.publicKey.toBase58()}`;
      const data = r.logs.findIndex((l) => l.startsWith('Program data: '));
      expect([data >= 0, r.logs.indexOf(logLine) > data, r.logs.indexOf(didNotSerialize('board')) > r.logs.indexOf(logLine)]).toEqual([true, true, true]);
      expect(events(r.logs.slice(0, r.logs.indexOf(logLine) + 1)).map((e) => e.data.title)).toEqual([title]);
      expect((await boardData()).equals(before)).toBe(true);
    });
  });

  describe('string arguments as seeds (Str<16>, seeds of at most 32 bytes)', () => {
    const labelOf = (name: string) => PublicKey.findProgramAddressSync([Buffer.from('label'), Buffer.from(name)], lengths.programId);
    const tag = (label: PublicKey, name: string) =>
      rt.send([lengths.ix('tag', { owner: owner.publicKey, label, systemProgram: SYSTEM_PROGRAM_ID }, { name })], [owner]);
    const retag = (label: PublicKey, name: string) => rt.send([lengths.ix('retag', { owner: owner.publicKey, label }, { name })], [owner]);
    const labelBytes = (name: string, bump: number) => Buffer.concat([Buffer.from(state('Label').discriminator), borshString(name), Buffer.from([bump])]);

    it('derives from a name of 16 bytes, which exactly fills the label', async () => {
      const name = 'n'.repeat(16);
      const [label, bump] = labelOf(name);
      expect((await tag(label, name)).error).toBeNull();
      const data = Buffer.from((await rt.getAccount(label))!.data);
      expect(data.length).toBe(LABEL_SPACE);
      expect(data.equals(labelBytes(name, bump))).toBe(true);
    });

    it('derives from a name of 17 bytes (N = 16), then fails at exit with 3004: one byte over, the label not created', async () => {
      const name = 'n'.repeat(17);
      const [label] = labelOf(name);
      const r = await tag(label, name);
      expect(errorCode(r)).toBe(3004);
      expect(anchorErrorLine(r.logs)).toBe(didNotSerialize('label'));
      expect(await rt.getAccount(label)).toBeNull();
    });

    it('checks a stored bump with a name of 32 bytes: another name fails with 2006 and the keys', async () => {
      const [label, bump] = labelOf('abc');
      expect((await tag(label, 'abc')).error).toBeNull();
      expect((await retag(label, 'abc')).logs).toContain('Program log: Label abc');
      // a 32-byte name whose address with this bump is off the curve (a valid address, not the label's)
      const addressOf = (name: string) => {
        try {
          return PublicKey.createProgramAddressSync([Buffer.from('label'), Buffer.from(name), Buffer.from([bump])], lengths.programId);
        } catch {
          return null;
        }
      };
      const other = [...'abcdefghijklmnop'].map((c) => 'x'.repeat(31) + c).find((name) => addressOf(name) !== null)!;
      const expected = addressOf(other)!;
      const r = await retag(label, other);
      expect(errorCode(r)).toBe(2006);
      const line = r.logs.indexOf('Program log: AnchorError caused by account: label. Error Code: ConstraintSeeds. Error Number: 2006. Error Message: A seeds constraint was violated.');
      expect(r.logs.slice(line + 1, line + 5)).toEqual(['Program log: Left:', `Program log: ${label.toBase58()}`, 'Program log: Right:', `Program log: ${expected.toBase58()}`]);
    });

    it('fails a stored-bump check with a name of 33 bytes with 2006 and no keys (create_program_address refuses the seed)', async () => {
      const [label] = labelOf('abc');
      expect((await tag(label, 'abc')).error).toBeNull();
      const r = await retag(label, 'x'.repeat(33));
      expect(errorCode(r)).toBe(2006);
      const line = r.logs.indexOf('Program log: AnchorError caused by account: label. Error Code: ConstraintSeeds. Error Number: 2006. Error Message: A seeds constraint was violated.');
      expect(line).toBeGreaterThan(0);
      expect(r.logs[line + 1]).not.toMatch(/Left/);
    });

    // Natively find_program_address is no syscall: a seed over 32 bytes panics in the program ("Unable to find
    // a viable program address bump seed"), which the native host ends as the syscall's abort.
    it('aborts the bump search over a name of 33 bytes in the runtime, as find_program_address does (the same syscall)', async () => {
      const label = Keypair.generate().publicKey;
      const r = await tag(label, 'x'.repeat(33));
      expect(errorCode(r)).toBe('ProgramFailedToComplete');
      const id = lengths.programId.toBase58();
      expect(r.logs.filter((l) => !l.includes(' consumed '))).toEqual([
        `Program ${id} invoke [1]`,
        'Program log: Instruction: Tag',
        `Program ${id} failed: Could not create program address with signer seeds: Length of the seed is too long for address generation`,
      ]);
      expect(await rt.getAccount(label)).toBeNull();
    });
  });
});
