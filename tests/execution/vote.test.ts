// Vote board executed on both runtimes: signed i64 and u32 checked math, has_one against a
// non-signing account (2001 with both keys logged), admin-only reset.
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';

const vote = compileTestProgram('vote.ts');
const boardOf = (admin: PublicKey) => PublicKey.findProgramAddressSync([Buffer.from('board'), admin.toBuffer()], vote.programId)[0];

describe.each(RUNTIME_KINDS)('vote board on %s', (kind) => {
  let rt: Runtime;
  let admin: Keypair;
  let voter: Keypair;
  let board: PublicKey;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: vote.programId, so: vote.so, name: 'vote_program' }] });
    admin = Keypair.generate();
    voter = Keypair.generate();
    await rt.airdrop(admin.publicKey, 1_000_000_000n);
    await rt.airdrop(voter.publicKey, 1_000_000_000n);
    board = boardOf(admin.publicKey);
    const r = await rt.send([vote.ix('initialize', { admin: admin.publicKey, board, systemProgram: SYSTEM_PROGRAM_ID })], [admin]);
    expect(r.error).toBeNull();
  });

  const upvote = (adminKey = admin.publicKey, boardKey = board) => rt.send([vote.ix('upvote', { voter: voter.publicKey, admin: adminKey, board: boardKey })], [voter]);
  const downvote = () => rt.send([vote.ix('downvote', { voter: voter.publicKey, admin: admin.publicKey, board })], [voter]);
  const state = async () => vote.decode<{ admin: PublicKey; score: { toString(): string }; votes: number; bump: number }>('VoteBoard', (await rt.getAccount(board))!.data);

  it('rejects a board whose stored admin differs with ConstraintHasOne (2001), logging stored then passed key', async () => {
    // A second board at the same address but recording another admin: seeds pass, has_one fails.
    const other = Keypair.generate().publicKey;
    const acct = (await rt.getAccount(board))!;
    const data = Uint8Array.from(acct.data);
    data.set(other.toBytes(), 8);
    await rt.setAccount(board, { ...acct, data });
    const r = await upvote();
    expect(errorCode(r)).toBe(2001);
    const at = r.logs.indexOf('Program log: Left:');
    expect(r.logs.slice(at, at + 4)).toEqual(['Program log: Left:', `Program log: ${other.toBase58()}`, 'Program log: Right:', `Program log: ${admin.publicKey.toBase58()}`]);
  });

  it('rejects reset by a non-admin: the board PDA does not match (2006)', async () => {
    const r = await rt.send([vote.ix('reset', { admin: voter.publicKey, board })], [voter]);
    expect(errorCode(r)).toBe(2006);
  });

  it('counts votes with signed scores going below zero', async () => {
    await upvote();
    await downvote();
    await downvote();
    await downvote();
    const s = await state();
    expect(s.score.toString()).toBe('-2');
    expect(s.votes).toBe(4);
  });

  it('fails when the i64 score would pass its minimum and keeps the board unchanged', async () => {
    const acct = (await rt.getAccount(board))!;
    const data = Uint8Array.from(acct.data);
    new DataView(data.buffer).setBigInt64(40, -(2n ** 63n), true);
    await rt.setAccount(board, { ...acct, data });
    const r = await downvote();
    expect(errorCode(r)).toBe('ArithmeticOverflow');
    expect((await rt.getAccount(board))!.data).toEqual(data);
  });

  it('fails when the u32 tally would pass 2^32 - 1', async () => {
    const acct = (await rt.getAccount(board))!;
    const data = Uint8Array.from(acct.data);
    new DataView(data.buffer).setUint32(48, 0xffff_ffff, true);
    await rt.setAccount(board, { ...acct, data });
    expect(errorCode(await upvote())).toBe('ArithmeticOverflow');
  });

  it('lets the admin reset the board', async () => {
    await upvote();
    await upvote();
    expect((await rt.send([vote.ix('reset', { admin: admin.publicKey, board })], [admin])).error).toBeNull();
    const s = await state();
    expect([s.score.toString(), s.votes]).toEqual(['0', 0]);
  });
});
