// Ledger executed on both runtimes: the DSL past Poseidon — keypair init, struct args, control flow,
// custom errors, events (decoded with @coral-xyz/anchor's EventParser), console.log, Clock, u128/i128
// math, mulDiv and checked conversions.
import anchor from '@coral-xyz/anchor';
import { Keypair } from '@solana/web3.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { emitAnchorWorkspace, errorOrigins } from '../../src/backends/anchor/index.js';

const { BN, EventParser } = anchor;
const ledger = compileTestProgram('ledger.ts');
const LIMITS = { max_entry: new BN(5_000_000), fee_bps: new BN(100) };
const OFFSET = { balance: 56, volume: 65, fees: 97 };

describe.each(RUNTIME_KINDS)('ledger on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  let account: Keypair;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: ledger.programId, so: ledger.so, name: 'ledger_program' }] });
    owner = Keypair.generate();
    account = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
    const clock = await rt.getClock();
    await rt.setClock({ ...clock, unixTimestamp: 1_750_000_000n, slot: 777n });
  });

  const open = (limits = LIMITS) =>
    rt.send([ledger.ix('open', { owner: owner.publicKey, ledger: account.publicKey, systemProgram: SYSTEM_PROGRAM_ID }, { limits })], [owner, account]);
  const record = (amount: number | bigint, credit: boolean, memo = 'hi') =>
    rt.send([ledger.ix('record', { owner: owner.publicKey, ledger: account.publicKey }, { amount: new BN(amount.toString()), credit, memo })], [owner]);
  const shrink = (factor: number) => rt.send([ledger.ix('shrink', { owner: owner.publicKey, ledger: account.publicKey }, { factor })], [owner]);
  const state = async () => ledger.decode<Record<string, { toString(): string }>>('Ledger', (await rt.getAccount(account.publicKey))!.data);
  const events = (logs: string[]) => [...new EventParser(ledger.programId, ledger.coder).parseLogs(logs)];

  it('refuses limits that allow nothing with InvalidLimits (6000), logged from the Rust require! line', async () => {
    const r = await open({ max_entry: new BN(0), fee_bps: new BN(1) });
    expect(errorCode(r)).toBe(6000);
    const require = ledger.program.instructions.find((ix) => ix.name === 'open')!.body.find((s) => s.kind === 'require')!;
    const origin = errorOrigins(ledger.program).get(require)!;
    expect(origin).toMatch(/^programs\/ledger_program\/src\/instructions\/open\.rs:\d+$/);
    const [file, line] = origin.split(':');
    const rust = emitAnchorWorkspace(ledger.program).get(file)!.split('\n')[Number(line) - 1];
    expect(rust).toContain('require!(');
    expect(r.logs).toContain(`Program log: AnchorError thrown in ${origin}. Error Code: InvalidLimits. Error Number: 6000. Error Message: Limits must allow entries and fees of at most 100%.`);
  });

  it('refuses a keypair account that does not sign (the system program requires its signature)', async () => {
    const ix = ledger.ix('open', { owner: owner.publicKey, ledger: { pubkey: account.publicKey, isSigner: false, isWritable: true }, systemProgram: SYSTEM_PROGRAM_ID }, { limits: LIMITS });
    const r = await rt.send([ix], [owner]);
    expect(r.ok).toBe(false);
    expect(await rt.getAccount(account.publicKey)).toBeNull();
  });

  it('refuses zero, oversized and overdrawing entries with their own errors', async () => {
    await open();
    expect(errorCode(await record(0, true))).toBe(6001);
    expect(errorCode(await record(5_000_001, true))).toBe(6002);
    expect(errorCode(await record(100, false))).toBe(6003);
  });

  it('opens a keypair ledger: struct arg stored, clock read, Opened event', async () => {
    const r = await open();
    expect(r.error).toBeNull();
    const s = await state();
    expect(s.owner.toString()).toBe(owner.publicKey.toBase58());
    expect(s.opened_at.toString()).toBe('1750000000');
    expect((s.limits as unknown as { max_entry: { toString(): string } }).max_entry.toString()).toBe('5000000');
    const [ev] = events(r.logs);
    expect(ev.name).toBe('Opened');
    expect((ev.data.max_entry as { toString(): string }).toString()).toBe('5000000');
  });

  it('records a credit: fee by mulDiv, u128 volume, the log line and the Recorded event', async () => {
    await open();
    const r = await record(1000, true, 'coffee ☕');
    expect(r.error).toBeNull();
    const s = await state();
    expect([s.balance, s.fees, s.volume, s.flagged, s.last_slot].map(String)).toEqual(['990', '10', '1000000', '0', '777']);
    expect(r.logs).toContain(`Program log: recorded 1000 credit true memo coffee ☕ by ${owner.publicKey.toBase58()} balance 990 volume 1000000`);
    const [ev] = events(r.logs);
    expect(ev.name).toBe('Recorded');
    expect([ev.data.amount, ev.data.fee, ev.data.balance, ev.data.memo].map(String)).toEqual(['1000', '10', '990', 'coffee ☕']);
  });

  it('takes the else-if branch for large credits and debits with signed math', async () => {
    await open();
    await record(2_000_000, true);
    await record(7, true);
    expect((await record(1_000_000, false)).error).toBeNull();
    const s = await state();
    expect([s.balance, s.flagged].map(String)).toEqual([String(1_980_000 + 7 - 990_000), '2']);
  });

  it('returns early on factor 0 and divides signed and 128-bit values otherwise', async () => {
    await open();
    await record(3000, true);
    const before = (await rt.getAccount(account.publicKey))!.data;
    expect((await shrink(0)).error).toBeNull();
    expect((await rt.getAccount(account.publicKey))!.data).toEqual(before);
    expect((await shrink(2)).error).toBeNull();
    const s = await state();
    expect([s.balance, s.wide, s.fees].map(String)).toEqual(['1485', '-2', '4500000']);
  });

  it('fails a u128 → u64 conversion that does not fit with InvalidNumericConversion (4102), thrown where Rust throws it', async () => {
    await open();
    const acct = (await rt.getAccount(account.publicKey))!;
    const data = Uint8Array.from(acct.data);
    new DataView(data.buffer).setBigUint64(OFFSET.volume + 8, 1n, true); // volume = 2^64
    await rt.setAccount(account.publicKey, { ...acct, data });
    const r = await shrink(1);
    expect(errorCode(r)).toBe(4102);
    expect(r.logs.some((l) => /^Program log: AnchorError thrown in programs\/ledger_program\/src\/instructions\/shrink\.rs:\d+\. Error Code: InvalidNumericConversion\./.test(l))).toBe(true);
  });

  it('fails an i64 balance overflow with ArithmeticOverflow', async () => {
    await open();
    const acct = (await rt.getAccount(account.publicKey))!;
    const data = Uint8Array.from(acct.data);
    new DataView(data.buffer).setBigInt64(OFFSET.balance, 2n ** 63n - 1n, true);
    await rt.setAccount(account.publicKey, { ...acct, data });
    expect(errorCode(await record(100, true))).toBe('ArithmeticOverflow');
  });
});
