// A CPI from one DSL program into another, on both runtimes: tests/programs/exchange.ts lets a market maker quote in
// a book only when HFMMT's check_priority (programs/hfmmt.ts) passes for the book's tier. HFMMT is deployed through
// the upgradeable loader and initialized; the exchange calls it through its `Program<Hfmmt>` account. The callee's
// error fails the caller's transaction with the callee's own code and logs, and changes nothing.
import anchor from '@coral-xyz/anchor';
import { PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { ANCHOR_ERRORS } from '../../src/ir/errors.js';
import { errorCode } from '../../src/runtime/index.js';
import { RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { customErrorCode } from '../support/hfmmt-chain.js';
import { HfmmtWorld, hfmmtBuild } from '../support/hfmmt.js';

const { BN } = anchor;
const exchange = compileTestProgram('exchange.ts');

describe.each(RUNTIME_KINDS)('CPI into another DSL program (exchange → HFMMT check_priority) on %s', (kind) => {
  let w: HfmmtWorld;
  const book = (operator: PublicKey) => PublicKey.findProgramAddressSync([Buffer.from('book'), operator.toBuffer()], exchange.programId)[0];
  const openBook = async (operator: string, minTier: number) => {
    const r = await w.rt.send([exchange.ix('openBook', { operator: w.key(operator), book: book(w.key(operator)), systemProgram: SYSTEM_PROGRAM_ID }, { minTier })], [w.keypair(operator)]);
    expect(r.error).toBeNull();
  };
  const quote = (trader: string, operator: string, accounts: { maker?: PublicKey; hfmmt?: PublicKey } = {}) => w.rt.send([exchange.ix('placeQuote', {
    trader: w.key(trader), maker: accounts.maker ?? w.maker(trader), book: book(w.key(operator)), hfmmt: accounts.hfmmt ?? hfmmtBuild().client.programId,
  }, { price: new BN(101), size: new BN(5) })], [w.keypair(trader)]);
  const quotes = async (operator: string) => String(exchange.decode<{ quotes: { toString(): string } }>('Book', (await w.rt.getAccount(book(w.key(operator))))!.data).quotes);

  beforeEach(async () => {
    w = await HfmmtWorld.create(kind, {
      params: { warmupSeconds: 0n }, users: ['alice', 'bob', 'carol'],
      programs: [{ programId: exchange.programId, so: exchange.so, name: 'exchange_program' }],
    });
    await w.stake('alice', 10_000n); // tier 2
    await w.stake('bob', 1_000n); // tier 1
    await openBook('carol', 2);
  });

  it('a maker at the book\'s tier quotes: HFMMT\'s check passes inside the exchange\'s instruction', async () => {
    const r = await quote('alice', 'carol');

    expect(r.error).toBeNull();
    expect(r.logs).toContain(`Program ${w.client.programId.toBase58()} invoke [2]`);
    expect(await quotes('carol')).toBe('1');
  });

  it('a maker below it fails with HFMMT\'s PriorityTooLow, logged by HFMMT, and the book is unchanged', async () => {
    const before = await w.rt.getAccount(book(w.key('carol')));

    const r = await quote('bob', 'carol');

    expect(errorCode(r)).toBe(customErrorCode(w.client, 'PriorityTooLow'));
    expect(r.logs.some((l) => l.includes('Error Code: PriorityTooLow'))).toBe(true);
    expect(await w.rt.getAccount(book(w.key('carol')))).toEqual(before);
  });

  it('someone else\'s MarketMaker fails in HFMMT with seeds (2006)', async () => {
    const r = await quote('bob', 'carol', { maker: w.maker('alice') });
    expect(errorCode(r)).toBe(ANCHOR_ERRORS.ConstraintSeeds.code);
  });

  it('another program posing as HFMMT fails in the exchange with InvalidProgramId (3008)', async () => {
    const r = await quote('alice', 'carol', { hfmmt: exchange.programId });
    expect(errorCode(r)).toBe(ANCHOR_ERRORS.InvalidProgramId.code);
  });
});
