// Zero-copy accounts executed on both runtimes as Anchor 1.2's AccountLoader has them: a Board of exactly 10 MiB
// (10,485,760 bytes, Solana's MAX_PERMITTED_DATA_LENGTH) that the client creates with the System program in a
// transaction of its own and `open` initializes (`zero`), its cells written and read in place at the start, the
// middle and the end; the `zero` checks in Anchor's order (ConstraintZero 2013 for a set discriminator,
// AccountOwnedByWrongProgram 3007, ConstraintMut 2000, ConstraintRentExempt 2005); an index past the end, which
// panics as Rust's indexing does in Anchor 1.2's program (no message; ProgramFailedToComplete with `SBF program
// Panicked in <file> at <line>:<col>`, the indexing expression's place in the emitted Rust; natively the same, and
// for Anchor 0.30 the message with that place, then `SBF program panicked`); an account shorter than the struct
// (3003 from load); and a small zero-copy account created by `init` holding u128 elements. Every failing
// transaction changes nothing.
import { Keypair, PublicKey, SystemProgram, type AccountMeta, type TransactionInstruction } from '@solana/web3.js';
import anchor from '@coral-xyz/anchor';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorErrorLine, createRuntime as createSrcRuntime, errorCode, type Runtime } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { buildSbf } from '../../src/pipeline/sbf.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';

const { BN } = anchor;
const bigboard = compileTestProgram('bigboard.ts');
const discriminator = (name: string) => Buffer.from(bigboard.program.stateAccounts.find((s) => s.name === name)!.discriminator);

/** Solana's largest account, which the Board fills exactly. */
const BOARD_BYTES = 10 * 1024 * 1024;
const CELLS = 1_310_714;
const CELLS_AT = 8 + 32 + 8;
const WRITES_AT = 8 + 32;
const TALLY_BYTES = 8 + 4 * 16 + 32 + 8 + 8;

const u64le = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(n);
  return b;
};
const anchorLine = (account: string, name: string, code: number, message: string) =>
  `Program log: AnchorError caused by account: ${account}. Error Code: ${name}. Error Number: ${code}. Error Message: ${message}.`;

/**
 * `<file> at <line>:<col>` of the `occurrence`-th `expression` (0: the first) in the emitted Rust of instruction
 * `ix`, read off the workspace text: where Rust locates the panic of that indexing expression.
 */
const workspace = emitAnchorWorkspace(bigboard.program);
const locate = (ix: string, expression: string, occurrence = 0) => {
  const file = `programs/big_board_program/src/instructions/${ix}.rs`;
  const lines = workspace.get(file)!.split('\n');
  const found = lines.flatMap((text, i) => [...text.matchAll(new RegExp(expression.replace(/[.[\]]/g, '\\$&'), 'g'))].map((m) => `${file} at ${i + 1}:${m.index + 1}`));
  return found[occurrence];
};
/**
 * The log of an instruction that indexes past the end, as Anchor 1.x's program logs it (no message: it formats
 * values), without the compute-units line (none natively): its last line names the indexing expression's place.
 */
const panicLog = (programId: PublicKey, instruction: string, where: string | undefined) => [
  `Program ${programId.toBase58()} invoke [1]`,
  `Program log: Instruction: ${instruction}`,
  `Program ${programId.toBase58()} failed: SBF program Panicked in ${where}`,
];
const withoutUnits = (logs: readonly string[]) => logs.filter((line) => !/^Program \w+ consumed \d+ of \d+ compute units$/.test(line));

describe.each(RUNTIME_KINDS)('bigboard on %s', (kind) => {
  let rt: Runtime;
  let authority: Keypair;
  let board: Keypair;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: bigboard.programId, so: bigboard.so, name: 'big_board_program' }] });
    authority = Keypair.generate();
    board = Keypair.generate();
    await rt.airdrop(authority.publicKey, 200_000_000_000n);
  });

  /** System CreateAccount of `space` bytes owned by `owner`, alone in its transaction (as Anchor's docs have it). */
  const createAccount = async (account: Keypair, space: number, owner: PublicKey, lamports?: bigint) => {
    const r = await rt.send([SystemProgram.createAccount({
      fromPubkey: authority.publicKey, newAccountPubkey: account.publicKey,
      lamports: Number(lamports ?? await rt.minimumBalance(space)), space, programId: owner,
    })], [authority, account]);
    expect(r.error).toBeNull();
  };
  const open = () => rt.send([bigboard.ix('open', { authority: authority.publicKey, board: board.publicKey })], [authority]);
  const write = (index: number | bigint, value: bigint) =>
    rt.send([bigboard.ix('write', { authority: authority.publicKey, board: board.publicKey }, { index: new BN(index.toString()), value: new BN(value.toString()) })], [authority]);
  const read = (index: number) => rt.send([bigboard.ix('read', { board: board.publicKey }, { index: new BN(index) })]);
  const boardData = async () => Buffer.from((await rt.getAccount(board.publicKey))!.data);
  const cell = (data: Buffer, index: number) => data.readBigUInt64LE(CELLS_AT + 8 * index);
  const withMeta = (ix: TransactionInstruction, key: PublicKey, change: Partial<AccountMeta>) =>
    ({ ...ix, keys: ix.keys.map((k) => (k.pubkey.equals(key) ? { ...k, ...change } : k)) }) as TransactionInstruction;

  describe('a 10 MiB board', () => {
    beforeEach(async () => {
      await createAccount(board, BOARD_BYTES, bigboard.programId);
    });

    it('is opened with zero: the discriminator and the authority written, every other byte still zero', async () => {
      const r = await open();
      expect(r.error).toBeNull();
      const data = await boardData();
      expect(data.length).toBe(BOARD_BYTES);
      expect(data.subarray(0, 8).equals(discriminator('Board'))).toBe(true);
      expect(data.subarray(8, 40).equals(authority.publicKey.toBuffer())).toBe(true);
      expect(data.subarray(40).every((b) => b === 0)).toBe(true);
    });

    it('writes cells at the start, the middle and the end in place, and reads them back', async () => {
      expect((await open()).error).toBeNull();
      const picks: [number, bigint][] = [[0, 0x0102030405060708n], [CELLS >> 1, 0xfedcba9876543210n], [CELLS - 1, 42n]];
      const costs: number[] = [];
      for (const [index, value] of picks) {
        const r = await write(index, value);
        expect(r.error).toBeNull();
        costs.push(r.computeUnits);
      }
      const data = await boardData();
      for (const [index, value] of picks) {
        expect(cell(data, index)).toBe(value);
        expect(data.subarray(CELLS_AT + 8 * index, CELLS_AT + 8 * index + 8).equals(u64le(value))).toBe(true);
      }
      expect(data.readBigUInt64LE(WRITES_AT)).toBe(3n);
      // Only those cells (and the counter, the authority, the discriminator) are non-zero.
      const nonZero = [...data.subarray(CELLS_AT)].reduce((n, b) => n + (b !== 0 ? 1 : 0), 0);
      expect(nonZero).toBe(8 + 8 + 1);
      for (const [index, value] of picks) {
        const r = await read(index);
        expect(r.error).toBeNull();
        expect(r.logs).toContain(`Program log: cell ${index} holds ${value}`);
      }
      // The same handler at any index: the cost does not depend on where the cell is.
      expect(new Set(costs).size).toBe(1);
      console.log(`bigboard ${kind}: write of one cell of the 10 MiB account ${costs[0]} CU, read ${(await read(0)).computeUnits} CU`);
    });

    it('copies a cell, reading the source before checking the destination', async () => {
      expect((await open()).error).toBeNull();
      expect((await write(7, 99n)).error).toBeNull();
      const copy = (from: number, to: number) => rt.send([bigboard.ix('copy_cell', { authority: authority.publicKey, board: board.publicKey }, { from: new BN(from), to: new BN(to) })], [authority]);
      expect((await copy(7, CELLS - 1)).error).toBeNull();
      expect(cell(await boardData(), CELLS - 1)).toBe(99n);
      const bothOut = await copy(CELLS + 5, CELLS + 9);
      expect(errorCode(bothOut)).toBe('ProgramFailedToComplete');
      // `board.cells[to as usize] = board.cells[from as usize];`: the source, right of `=`, panics first.
      expect(locate('copy_cell', 'board.cells[from as usize]')).toBe('programs/big_board_program/src/instructions/copy_cell.rs at 18:32');
      expect(withoutUnits(bothOut.logs)).toEqual(panicLog(bigboard.programId, 'CopyCell', locate('copy_cell', 'board.cells[from as usize]')));
    });

    it('fails a second open with ConstraintZero (2013): the discriminator is set', async () => {
      expect((await open()).error).toBeNull();
      const before = await boardData();
      const r = await open();
      expect(errorCode(r)).toBe(2013);
      expect(anchorErrorLine(r.logs)).toBe(anchorLine('board', 'ConstraintZero', 2013, 'Expected zero account discriminant'));
      expect((await boardData()).equals(before)).toBe(true);
    });

    it('fails open on a read-only board with ConstraintMut (2000), writing nothing', async () => {
      const ix = withMeta(bigboard.ix('open', { authority: authority.publicKey, board: board.publicKey }), board.publicKey, { isWritable: false });
      const r = await rt.send([ix], [authority]);
      expect(errorCode(r)).toBe(2000);
      expect(anchorErrorLine(r.logs)).toBe(anchorLine('board', 'ConstraintMut', 2000, 'A mut constraint was violated'));
      expect((await boardData()).every((b) => b === 0)).toBe(true);
    });

    it('panics on an index past the end (ProgramFailedToComplete), changing nothing', async () => {
      expect((await open()).error).toBeNull();
      expect((await write(CELLS - 1, 5n)).error).toBeNull();
      const before = await boardData();
      expect(locate('write', 'board.cells[index as usize]')).toBe('programs/big_board_program/src/instructions/write.rs at 18:5');
      for (const index of [CELLS, CELLS + 1, 2n ** 64n - 1n]) {
        const r = await write(index, 1n);
        expect(errorCode(r)).toBe('ProgramFailedToComplete');
        expect(withoutUnits(r.logs)).toEqual(panicLog(bigboard.programId, 'Write', locate('write', 'board.cells[index as usize]')));
      }
      const r = await read(CELLS);
      expect(errorCode(r)).toBe('ProgramFailedToComplete');
      // Inside `msg!("cell {} holds {}", index, board.cells[index as usize])`: the argument's own place.
      expect(locate('read', 'board.cells[index as usize]')).toBe('programs/big_board_program/src/instructions/read.rs at 15:37');
      expect(withoutUnits(r.logs)).toEqual(panicLog(bigboard.programId, 'Read', locate('read', 'board.cells[index as usize]')));
      expect((await boardData()).equals(before)).toBe(true);
    });

    it('fails a write by someone else with ConstraintHasOne (2001)', async () => {
      expect((await open()).error).toBeNull();
      const intruder = Keypair.generate();
      await rt.airdrop(intruder.publicKey, 1_000_000_000n);
      const r = await rt.send([bigboard.ix('write', { authority: intruder.publicKey, board: board.publicKey }, { index: new BN(0), value: new BN(1) })], [intruder]);
      expect(errorCode(r)).toBe(2001);
      expect(cell(await boardData(), 0)).toBe(0n);
    });
  });

  it('fails open on a board another program owns with AccountOwnedByWrongProgram (3007)', async () => {
    await createAccount(board, 4096, SYSTEM_PROGRAM_ID);
    const r = await open();
    expect(errorCode(r)).toBe(3007);
    expect(anchorErrorLine(r.logs)).toBe(anchorLine('board', 'AccountOwnedByWrongProgram', 3007, 'The given account is owned by a different program than expected'));
    expect((await rt.getAccount(board.publicKey))!.data.every((b) => b === 0)).toBe(true);
  });

  it('fails a read of an account another program owns with AccountOwnedByWrongProgram (3007), logging both owners', async () => {
    await createAccount(board, 4096, SYSTEM_PROGRAM_ID);
    const r = await read(0);
    expect(errorCode(r)).toBe(3007);
    expect(anchorErrorLine(r.logs)).toBe(anchorLine('board', 'AccountOwnedByWrongProgram', 3007, 'The given account is owned by a different program than expected'));
    const at = r.logs.indexOf('Program log: Left:');
    expect(r.logs.slice(at, at + 4)).toEqual(['Program log: Left:', `Program log: ${SYSTEM_PROGRAM_ID.toBase58()}`, 'Program log: Right:', `Program log: ${bigboard.programId.toBase58()}`]);
  });

  it('fails a write to a Tally passed as the board with AccountDiscriminatorMismatch (3002)', async () => {
    const data = Buffer.concat([discriminator('Tally'), Buffer.alloc(8 + 32 + 8 + 8 * CELLS - 8)]);
    await rt.setAccount(board.publicKey, { lamports: await rt.minimumBalance(data.length), data, owner: bigboard.programId, executable: false });
    const r = await write(0, 1n);
    expect(errorCode(r)).toBe(3002);
    expect(anchorErrorLine(r.logs)).toBe(anchorLine('board', 'AccountDiscriminatorMismatch', 3002, 'Account discriminator did not match what was expected'));
  });

  it('fails open on a board short of rent exemption with ConstraintRentExempt (2005)', async () => {
    const space = 8 + 32 + 8 + 8 * CELLS;
    await rt.setAccount(board.publicKey, { lamports: (await rt.minimumBalance(space)) - 1n, data: new Uint8Array(space), owner: bigboard.programId, executable: false });
    const r = await open();
    expect(errorCode(r)).toBe(2005);
    expect(anchorErrorLine(r.logs)).toBe(anchorLine('board', 'ConstraintRentExempt', 2005, 'A rent exemption constraint was violated'));
  });

  it('fails on a board shorter than the struct with AccountDidNotDeserialize (3003) when it is loaded', async () => {
    const data = Buffer.concat([discriminator('Board'), authority.publicKey.toBuffer(), Buffer.alloc(64)]);
    await rt.setAccount(board.publicKey, { lamports: await rt.minimumBalance(data.length), data, owner: bigboard.programId, executable: false });
    const r = await write(0, 1n);
    expect(errorCode(r)).toBe(3003);
    expect(anchorErrorLine(r.logs)).toBe('Program log: AnchorError occurred. Error Code: AccountDidNotDeserialize. Error Number: 3003. Error Message: Failed to deserialize the account.');
    expect(Buffer.from((await rt.getAccount(board.publicKey))!.data).equals(data)).toBe(true);
  });

  it('creates a small zero-copy account with init and adds to its u128 cells', async () => {
    const tally = Keypair.generate();
    const r = await rt.send([bigboard.ix('create_tally', { payer: authority.publicKey, tally: tally.publicKey, systemProgram: SYSTEM_PROGRAM_ID })], [authority, tally]);
    expect(r.error).toBeNull();
    const add = (slot: number, amount: bigint) =>
      rt.send([bigboard.ix('add', { owner: authority.publicKey, tally: tally.publicKey }, { slot, amount: new BN(amount.toString()) })], [authority]);
    const big = (1n << 100n) + 3n;
    expect((await add(3, big)).error).toBeNull();
    expect((await add(3, 1n)).error).toBeNull();
    const data = Buffer.from((await rt.getAccount(tally.publicKey))!.data);
    expect(data.length).toBe(TALLY_BYTES);
    expect(data.subarray(0, 8).equals(discriminator('Tally'))).toBe(true);
    const slot3 = data.readBigUInt64LE(8 + 48) | (data.readBigUInt64LE(8 + 56) << 64n);
    expect(slot3).toBe(big + 1n);
    expect(data.subarray(8 + 64, 8 + 96).equals(authority.publicKey.toBuffer())).toBe(true);
    expect(data.readBigUInt64LE(8 + 96)).toBe(2n);
    const past = await add(4, 1n);
    expect(errorCode(past)).toBe('ProgramFailedToComplete');
    // `tally.totals[slot as usize] = tally.totals[slot as usize].checked_add(amount)…`: the read, right of `=`.
    expect(locate('add', 'tally.totals[slot as usize]', 1)).toBe('programs/big_board_program/src/instructions/add.rs at 18:35');
    expect(withoutUnits(past.logs)).toEqual(panicLog(bigboard.programId, 'Add', locate('add', 'tally.totals[slot as usize]', 1)));
  });
});

describe('bigboard for earlier Anchor releases', () => {
  // No `.so` to compare with (PS6011 below): the Anchor 0.30 Rust alone, on the native runtime.
  it.runIf(RUNTIME_KINDS.includes('native'))('panics past the end as 0.30 does: the message at the indexing expression\'s place, then abort', async () => {
    const program = { ...bigboard.program, anchorVersion: '0.30.1' };
    const anchorWorkspace = emitAnchorWorkspace(program);
    const rt = await createSrcRuntime('native', { programs: [{ programId: bigboard.programId, so: new Uint8Array(), anchorWorkspace }] });
    const owner = Keypair.generate();
    const tally = Keypair.generate();
    await rt.airdrop(owner.publicKey, 1_000_000_000n);
    const created = await rt.send([bigboard.ix('create_tally', { payer: owner.publicKey, tally: tally.publicKey, systemProgram: SYSTEM_PROGRAM_ID })], [owner, tally]);
    expect(created.error).toBeNull();
    const before = Buffer.from((await rt.getAccount(tally.publicKey))!.data);
    const past = await rt.send([bigboard.ix('add', { owner: owner.publicKey, tally: tally.publicKey }, { slot: 4, amount: new BN(1) })], [owner]);
    expect(errorCode(past)).toBe('ProgramFailedToComplete');
    const add = anchorWorkspace.get('programs/big_board_program/src/instructions/add.rs')!.split('\n');
    expect(add[17]!.indexOf('tally.totals[slot as usize]', 5)).toBe(34);
    expect(past.logs).toEqual([
      `Program ${bigboard.programId.toBase58()} invoke [1]`,
      'Program log: Instruction: Add',
      'Program log: panicked at programs/big_board_program/src/instructions/add.rs:18:35:\nindex out of bounds: the len is 4 but the index is 4',
      `Program ${bigboard.programId.toBase58()} failed: SBF program panicked`,
    ]);
    expect(Buffer.from((await rt.getAccount(tally.publicKey))!.data).equals(before)).toBe(true);
  }, 1_800_000);

  it('is refused by the sBPF backend for anchor-lang 0.32, whose AccountLoader panics on a short account (PS6011)', () => {
    const { output, diagnostics } = buildSbf({ ...bigboard.program, anchorVersion: '0.32.1' });
    expect(output).toBeNull();
    expect(diagnostics.map((d) => formatDiagnostic(d).split('\n')[0])).toEqual(['Board', 'Tally'].map((name) => expect.stringContaining(
      `error PS6011: The sBPF program reads zero-copy account '${name}' as anchor-lang 1.2's AccountLoader does`)));
  });
});

// Fields past a large array: `owner` at 80,008 bytes into the data, past any sBPF load's 16-bit offset, read by
// has_one (the address computed in a register, as the body's field reads compute it) and by a `require`.
const tail = compileTestProgram('bigboardtail.ts');
const LEDGER_BYTES = 8 + 8 * 10_000 + 32 + 8;
const OWNER_AT = 8 + 8 * 10_000;
const STAMPS_AT = OWNER_AT + 32;

describe.each(RUNTIME_KINDS)('bigboardtail on %s', (kind) => {
  let rt: Runtime;
  let owner: Keypair;
  let ledger: Keypair;

  beforeEach(async () => {
    rt = await createRuntime(kind, { programs: [{ programId: tail.programId, so: tail.so, name: 'big_board_tail_program' }] });
    owner = Keypair.generate();
    ledger = Keypair.generate();
    await rt.airdrop(owner.publicKey, 10_000_000_000n);
    const r = await rt.send([SystemProgram.createAccount({
      fromPubkey: owner.publicKey, newAccountPubkey: ledger.publicKey,
      lamports: Number(await rt.minimumBalance(LEDGER_BYTES)), space: LEDGER_BYTES, programId: tail.programId,
    })], [owner, ledger]);
    expect(r.error).toBeNull();
    expect((await rt.send([tail.ix('open', { owner: owner.publicKey, ledger: ledger.publicKey })], [owner])).error).toBeNull();
  });

  const ledgerData = async () => Buffer.from((await rt.getAccount(ledger.publicKey))!.data);
  const stamp = (signer: Keypair, index: number, value: bigint, limit: number) =>
    rt.send([tail.ix('stamp', { owner: signer.publicKey, ledger: ledger.publicKey }, { index: new BN(index), value: new BN(value.toString()), limit: new BN(limit) })], [signer]);

  it('lets the owner stored past the array stamp, up to the limit the require reads there', async () => {
    const opened = await ledgerData();
    expect(opened.length).toBe(LEDGER_BYTES);
    expect(opened.subarray(OWNER_AT, OWNER_AT + 32).equals(owner.publicKey.toBuffer())).toBe(true);
    const first = await stamp(owner, 9_999, 77n, 2);
    expect(first.error).toBeNull();
    expect(first.logs).toContain(`Program log: stamp 1 by ${owner.publicKey.toBase58()}`);
    expect((await stamp(owner, 0, 5n, 2)).error).toBeNull();
    const data = await ledgerData();
    expect(data.readBigUInt64LE(8 + 8 * 9_999)).toBe(77n);
    expect(data.readBigUInt64LE(8)).toBe(5n);
    expect(data.readBigUInt64LE(STAMPS_AT)).toBe(2n);
    const third = await stamp(owner, 1, 9n, 2);
    expect(errorCode(third)).toBe(6000);
    expect((await ledgerData()).equals(data)).toBe(true);
  });

  it('fails a stamp by another signer with ConstraintHasOne (2001), logging both keys, changing nothing', async () => {
    const intruder = Keypair.generate();
    await rt.airdrop(intruder.publicKey, 1_000_000_000n);
    const before = await ledgerData();
    const r = await stamp(intruder, 0, 1n, 10);
    expect(errorCode(r)).toBe(2001);
    expect(anchorErrorLine(r.logs)).toBe(
      'Program log: AnchorError caused by account: ledger. Error Code: ConstraintHasOne. Error Number: 2001. Error Message: A has one constraint was violated.');
    const at = r.logs.indexOf('Program log: Left:');
    expect(r.logs.slice(at, at + 4)).toEqual(['Program log: Left:', `Program log: ${owner.publicKey.toBase58()}`, 'Program log: Right:', `Program log: ${intruder.publicKey.toBase58()}`]);
    expect((await ledgerData()).equals(before)).toBe(true);
  });
});
