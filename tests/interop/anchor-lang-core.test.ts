// Interop with Anchor 1.x's TypeScript client, @anchor-lang/core 1.2, on both runtimes: a Program built
// from our IDL drives the .so (built for the default release, Anchor 1.2) through the methods builder and
// `rpc()` (tests/support/anchor-provider.ts over the runtime layer), resolves PDA and relation accounts,
// fetches and decodes accounts, parses events from the logs with its EventParser, and turns failures into
// AnchorErrors with the right number, message and origin (file:line or account). The Programs are typed
// with the TypeScript types our IDL backend writes (the golden types.ts), so tsc checks those against
// @anchor-lang/core's typings. The @coral-xyz/anchor 0.32 interop stays in tests/idl/anchor-client.test.ts
// and tests/hfmmt/anchor-client.test.ts.
import anchor, { AnchorError, EventParser, Program, type Idl } from '@anchor-lang/core';
import { Keypair, PublicKey } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorOrigins } from '../../src/backends/anchor/index.js';
import { createRuntime, RUNTIME_KINDS, type Runtime } from '../../src/runtime/index.js';
import { runtimeProvider } from '../support/anchor-provider.js';
import { compileTestProgram, type CompiledProgram } from '../support/compiled.js';
import type { CounterProgram } from '../golden/counter/types.js';
import type { LedgerProgram } from '../golden/ledger/types.js';
import type { PairsProgram } from '../golden/pairs/types.js';

const { BN } = anchor;
const counter = compileTestProgram('counter.ts');
const ledger = compileTestProgram('ledger.ts');
const pairs = compileTestProgram('pairs.ts');

/** The AnchorError `promise` rejects with (rpc() translates the failed transaction's logs). */
async function anchorErrorOf(promise: Promise<unknown>): Promise<AnchorError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AnchorError);
  return error as AnchorError;
}

describe.each(RUNTIME_KINDS)('@anchor-lang/core 1.2 against the .so on %s', (kind) => {
  let rt: Runtime;
  const client = <T extends Idl>(p: CompiledProgram) => new Program<T>(p.idl as unknown as T, runtimeProvider(rt));

  beforeEach(async () => {
    rt = await createRuntime(kind, {
      programs: [counter, ledger, pairs].map((p) => ({ programId: p.programId, so: p.so, name: p.program.name })),
    });
  });

  describe('counter: PDA resolution, relations, fetch', () => {
    it('initialize resolves the counter PDA from its seeds; fetch decodes it camelCased', async () => {
      const program = client<CounterProgram>(counter);
      await program.methods.initialize().accounts({ authority: rt.payer.publicKey }).rpc();
      const [pda, bump] = PublicKey.findProgramAddressSync([Buffer.from('counter'), rt.payer.publicKey.toBuffer()], program.programId);
      const state = await program.account.counter.fetch(pda);
      expect([state.authority.toBase58(), state.count.toString(), state.bump]).toEqual([rt.payer.publicKey.toBase58(), '0', bump]);
    });

    it('incrementBy takes a u64 BN; fetchNullable is null before initialize', async () => {
      const program = client<CounterProgram>(counter);
      const [pda] = PublicKey.findProgramAddressSync([Buffer.from('counter'), rt.payer.publicKey.toBuffer()], program.programId);
      expect(await program.account.counter.fetchNullable(pda)).toBeNull();
      await program.methods.initialize().accounts({ authority: rt.payer.publicKey }).rpc();
      await program.methods.incrementBy(new BN('18446744073709551615')).accounts({ authority: rt.payer.publicKey }).rpc();
      expect((await program.account.counter.fetch(pda)).count.toString()).toBe('18446744073709551615');
    });

    it('an AnchorError caused by an account: 3012 on a counter that does not exist, origin = the account', async () => {
      const error = await anchorErrorOf(client<CounterProgram>(counter).methods.increment().accounts({ authority: rt.payer.publicKey }).rpc());
      expect([error.error.errorCode, error.error.errorMessage, error.error.origin]).toEqual([
        { code: 'AccountNotInitialized', number: 3012 }, 'The program expected this account to be already initialized', 'counter',
      ]);
    });
  });

  describe('ledger: struct args, events, custom errors thrown at a Rust line', () => {
    const limits = { maxEntry: new BN(5_000_000), feeBps: new BN(100) };

    it('open takes a struct argument and emits Opened, parsed by EventParser from the logs', async () => {
      const program = client<LedgerProgram>(ledger);
      const account = Keypair.generate();
      const builder = program.methods.open(limits).accounts({ owner: rt.payer.publicKey, ledger: account.publicKey }).signers([account]);
      const r = await rt.send([await builder.instruction()], [account]);
      const events = [...new EventParser(program.programId, program.coder).parseLogs(r.logs)];
      expect(events.map((e) => [e.name, e.data.owner.toBase58(), e.data.maxEntry.toString()])).toEqual([['opened', rt.payer.publicKey.toBase58(), '5000000']]);
      const state = await program.account.ledger.fetch(account.publicKey);
      expect([state.limits.maxEntry.toString(), state.limits.feeBps.toString(), state.balance.toString()]).toEqual(['5000000', '100', '0']);
    });

    it('record emits Recorded with the fee taken and the memo string', async () => {
      const program = client<LedgerProgram>(ledger);
      const account = Keypair.generate();
      await program.methods.open(limits).accounts({ owner: rt.payer.publicKey, ledger: account.publicKey }).signers([account]).rpc();
      const ix = await program.methods.record(new BN(10_000), true, 'rent').accountsPartial({ owner: rt.payer.publicKey, ledger: account.publicKey }).instruction();
      const r = await rt.send([ix]);
      const [event] = [...new EventParser(program.programId, program.coder).parseLogs(r.logs)];
      expect([event.name, event.data.fee.toString(), event.data.balance.toString(), event.data.memo]).toEqual(['recorded', '100', '9900', 'rent']);
    });

    it('a require failure is an AnchorError with the custom code, message and the file:line Anchor reports', async () => {
      const program = client<LedgerProgram>(ledger);
      const account = Keypair.generate();
      const error = await anchorErrorOf(program.methods.open({ maxEntry: new BN(0), feeBps: new BN(1) })
        .accounts({ owner: rt.payer.publicKey, ledger: account.publicKey }).signers([account]).rpc());
      const require = ledger.program.instructions.find((ix) => ix.name === 'open')!.body.find((s) => s.kind === 'require')!;
      const [file, line] = errorOrigins(ledger.program).get(require)!.split(':');
      expect([error.error.errorCode, error.error.errorMessage, error.error.origin]).toEqual([
        { code: 'InvalidLimits', number: 6000 }, 'Limits must allow entries and fees of at most 100%', { file, line: Number(line) },
      ]);
      expect(error.program.toBase58()).toBe(program.programId.toBase58());
    });
  });

  describe('pairs: Anchor 1.x\'s duplicate-mutable-account error through the client', () => {
    it('one tally as both `from` and `to` (the owner resolved from `from` by has_one) is an AnchorError 2040 caused by `to`', async () => {
      const program = client<PairsProgram>(pairs);
      const tally = Keypair.generate();
      await program.methods.open().accounts({ owner: rt.payer.publicKey, tally: tally.publicKey }).signers([tally]).rpc();
      const error = await anchorErrorOf(program.methods.shift(new BN(1)).accounts({ from: tally.publicKey, to: tally.publicKey }).rpc());
      expect([error.error.errorCode, error.error.errorMessage, error.error.origin]).toEqual([
        { code: 'ConstraintDuplicateMutableAccount', number: 2040 }, 'A duplicate mutable account constraint was violated', 'to',
      ]);
    });
  });
});
