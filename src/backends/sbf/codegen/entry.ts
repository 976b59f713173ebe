// The program entrypoint: find the instruction data (where the runtime does not pass its address, by a
// walk over the account records that fills the record table on the way), check the program id, dispatch on
// the instruction discriminator; and the per-handler record table. In: the Codegen of a program. Out: the
// entry label; the stack slots every handler uses (instruction data address, the account record table).
//
// Order (docs/anchor-contract.md §4.1): program id ≠ declared id → 4100 before anything else is logged;
// then the discriminator (dispatch.ts); no match (or fewer than 8 bytes) → 101 (fewer than 8
// bytes → 100 when the program targets Anchor 0.29/0.30). Anchor 1.x no longer routes the IDL
// instruction tag (without `#[program(legacy_idl)]`): it is one more unknown discriminator, 101.
import type { Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import type { Program } from '../../../ir/types.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import type { Codegen } from './context.js';
import { INPUT, INPUT_START, RECORD, RECORD_TAIL } from './layout.js';
import { readU64 } from './words.js';
import { emitDispatch } from './dispatch.js';

export interface EntrySlots {
  /** Address of the instruction data (saved by each handler). */
  ixData: number;
  /** Record addresses of accounts 1…: account i is at table + 8·i (slot 0 holds record 0 for duplicates). */
  table: number;
}

export function allocEntrySlots(cg: Codegen): EntrySlots {
  // Allocate the table first and in ascending address order: entry i = table + 8·i.
  return { table: cg.frame.alloc(8 * tableCapacity(cg.program)), ixData: cg.frame.alloc(8) };
}

/** Entries of the record table: the most accounts any handler declares (none when no handler has two). */
export function tableCapacity(program: Program): number {
  const most = Math.max(0, ...program.instructions.map((ix) => ix.accounts.length));
  return most < 2 ? 0 : most;
}

/**
 * Set (1) when the entrypoint, walking the records to find the instruction data, filled the record table
 * on the way; handlers then skip filling it. The VM starts a program with every register but r1, r2 and
 * r10 cleared, so it is 0 when the runtime passed the data address.
 */
const TABLE_FILLED: Reg = 'r7';

/**
 * Emits the entrypoint; `handlers[i]` is the label of instruction i's handler. Handlers start with
 * r1 = input, r2 = the program id after the instruction data, r4 = the data length, TABLE_FILLED, and
 * r0 = 0 (nothing before them writes it).
 */
export function emitEntry(cg: Codegen, slots: EntrySlots, handlers: Label[]): Label {
  const a = cg.asm;
  const entry = a.newLabel('entrypoint');
  const haveData = a.newLabel('instruction_data_found');
  a.bind(entry);
  a.comment('Agave 2+ passes the instruction data address in r2; older runtimes pass 0: walk the records,');
  a.comment('filling the record table on the way');
  a.jumpIf('jne', 'r2', 0, haveData);
  emitWalkRecords(cg, slots);

  a.bind(haveData);
  a.comment('r4 = instruction data length, r6 = its first 8 bytes; r2 → the program id that follows the data');
  a.ldx(8, 'r4', 'r2', -8);
  const fallback = cg.errors.anchor('InstructionFallbackNotFound');
  const id = pubkeyBytes(cg.program.programId);
  // Fewer than 8 bytes: the 8 bytes read run into the program id that follows the data. When no
  // discriminator can equal such bytes (checked here, at compile time) the length test is not needed.
  const shortTest = shortDataCanMatch(cg, id);
  a.ldx(8, DISCRIMINATOR, 'r2', 0);
  a.add('r2', 'r4');
  const mismatch = cg.errors.anchor('DeclaredProgramIdMismatch');
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r5', 'r2', 8 * w);
    a.lddw('r3', readU64(id, 8 * w));
    a.jumpIf('jne', 'r5', 'r3', mismatch);
  }
  // Anchor up to 0.30 tells short data (100) from an unknown discriminator (101).
  if (cg.anchor.shortDataIsInstructionMissing) a.jumpIf('jlt', 'r4', 8, cg.errors.anchor('InstructionMissing'));
  else if (shortTest) a.jumpIf('jlt', 'r4', 8, fallback);
  const targets = cg.program.instructions.map((ix, i) => ({ discriminator: ix.discriminator, handler: handlers[i]! }));
  emitDispatch(a, targets, DISCRIMINATOR, 'r3', fallback);
  return entry;
}

/**
 * The instruction's first 8 bytes during dispatch. Not r0: the VM starts a program with r0 = 0, and a
 * handler that neither logs nor calls anything returns that 0 as it is.
 */
const DISCRIMINATOR: Reg = 'r6';

/**
 * Walks every record to the instruction data (r2 = its address, as Agave 2+ passes it); when some handler
 * has a record table, stores the record addresses of the first accounts in it on the way. r3 = cursor,
 * r5 = records left.
 */
function emitWalkRecords(cg: Codegen, slots: EntrySlots): void {
  const a = cg.asm;
  a.ldx(8, 'r5', 'r1', INPUT.accountCount);
  a.mov('r3', 'r1');
  a.add('r3', INPUT.firstRecord);
  const capacity = tableCapacity(cg.program);
  if (capacity > 0) emitWalkFill(cg, slots, capacity);
  const walk = a.newLabel('walk_records');
  const duplicate = a.newLabel('walk_duplicate');
  const walked = a.newLabel('records_walked');
  a.bind(walk);
  a.jumpIf('jeq', 'r5', 0, walked);
  a.sub('r5', 1);
  a.ldx(1, 'r4', 'r3', RECORD.dupMarker);
  a.jumpIf('jne', 'r4', RECORD.notDuplicate, duplicate);
  emitSkipRecord(cg, 'r3');
  a.jump(walk);
  a.bind(duplicate);
  a.add('r3', RECORD.duplicateSize);
  a.jump(walk);
  a.bind(walked);
  a.mov('r2', 'r3');
  a.add('r2', 8);
}

/**
 * The first min(count, capacity) records of the walk, their addresses stored in the table as
 * emitRecordTable would (a duplicate gets the address of the record it repeats); sets TABLE_FILLED and
 * leaves r5 = the records after them. r6 = next table entry, r8 = the end of the entries to fill.
 */
function emitWalkFill(cg: Codegen, slots: EntrySlots, capacity: number): void {
  const a = cg.asm;
  const filled = a.newLabel('walk_filled');
  const capped = a.newLabel('walk_table_end');
  a.mov('r6', 'r10');
  a.add('r6', slots.table);
  a.mov('r8', 'r5');
  a.jumpIf('jle', 'r8', capacity, capped);
  a.mov('r8', capacity);
  a.bind(capped);
  a.sub('r5', 'r8');
  a.lsh('r8', 3);
  a.add('r8', 'r6');
  emitFillLoop(cg, { cursor: 'r3', entry: 'r6', end: 'r8', marker: 'r4', length: 'r4', table: ['r10', slots.table] }, filled);
  a.bind(filled);
  a.mov(TABLE_FILLED, 1);
}

/** Could data of length 0–7 followed by the program id read as some instruction's discriminator? */
function shortDataCanMatch(cg: Codegen, programId: Uint8Array): boolean {
  return cg.program.instructions.some((ix) => {
    for (let len = 0; len < 8; len++) {
      const tail = ix.discriminator.slice(len);
      if (tail.every((b, k) => b === programId[k])) return true;
    }
    return false;
  });
}

/**
 * Fills the record table for accounts 0 … count-1 of a handler of `declared` accounts (the records it
 * reads: records.ts), with r1 = input and r9 = number of accounts, unless the entrypoint's walk already
 * did. Stops at the last account passed. Scratch r1–r5. A handler of one account needs no table.
 */
export function emitRecordTable(cg: Codegen, slots: EntrySlots, count: number, declared: number): void {
  if (count === 0 || declared < 2) return;
  const a = cg.asm;
  const done = a.newLabel('table_done');
  a.jumpIf('jne', TABLE_FILLED, 0, done);
  if (count === 1) {
    a.lddw('r3', INPUT_START + BigInt(INPUT.firstRecord));
    a.stx(8, 'r10', slots.table, 'r3');
    a.bind(done);
    return;
  }
  if (count > INLINE_TABLE_LIMIT) {
    a.mov('r1', 'r10');
    a.add('r1', slots.table);
    a.mov('r2', count);
    a.mov('r3', 'r9');
    a.call(recordTableRoutine(cg));
    a.bind(done);
    return;
  }
  a.mov('r3', 'r1');
  a.add('r3', INPUT.firstRecord);
  a.stx(8, 'r10', slots.table, 'r3');
  a.jumpIf('jeq', 'r9', 0, done); // no record 0 to step over (the count check fails with 3005)
  emitSkipRecord(cg, 'r3'); // record 0 is never a duplicate
  for (let i = 1; i < count; i++) {
    const last = i === count - 1;
    a.jumpIf('jle', 'r9', i, done);
    const unique = a.newLabel(`record_${i}`);
    const next = a.newLabel(`record_${i}_done`);
    a.ldx(1, 'r4', 'r3', RECORD.dupMarker);
    a.jumpIf('jeq', 'r4', RECORD.notDuplicate, unique);
    a.comment('duplicate: reuse the record address of the account it repeats');
    a.lsh('r4', 3);
    a.add('r4', 'r10');
    a.ldx(8, 'r4', 'r4', slots.table);
    a.stx(8, 'r10', slots.table + 8 * i, 'r4');
    if (!last) a.add('r3', RECORD.duplicateSize);
    a.jump(next);
    a.bind(unique);
    a.stx(8, 'r10', slots.table + 8 * i, 'r3');
    if (!last) emitSkipRecord(cg, 'r3');
    a.bind(next);
  }
  a.bind(done);
}

/** Handlers with more accounts than this fill their table through the shared routine (smaller code). */
const INLINE_TABLE_LIMIT = 2;

/**
 * Routine: r1 = table, r2 = entries wanted, r3 = accounts passed. table[i] = address of record i for
 * i < min(r2, r3); a duplicate record gets the address of the record it repeats.
 */
function recordTableRoutine(cg: Codegen): Label {
  return cg.helper('fill_record_table', () => {
    const a = cg.asm;
    const counted = a.newLabel('table_counted');
    const done = a.newLabel('table_filled');
    a.lddw('r4', INPUT_START + BigInt(INPUT.firstRecord)); // cursor
    // r2 = the end of the entries to fill: table + 8·min(wanted, passed)
    a.jumpIf('jle', 'r2', 'r3', counted);
    a.mov('r2', 'r3');
    a.bind(counted);
    a.lsh('r2', 3);
    a.add('r2', 'r1');
    a.mov('r6', 'r1'); // &table[i]
    emitFillLoop(cg, { cursor: 'r4', entry: 'r6', end: 'r2', marker: 'r0', length: 'r7', table: ['r1', 0] }, done);
    a.bind(done);
    a.exit();
  });
}

/** cursor += the size of the non-duplicate record at cursor: align8(88 + data_len + 10240) + 8. */
function emitSkipRecord(cg: Codegen, cursor: Reg, scratch: Reg = 'r4'): void {
  const a = cg.asm;
  a.ldx(8, scratch, cursor, RECORD.dataLen);
  a.add(cursor, scratch);
  a.add(cursor, RECORD_TAIL + 7);
  a.and(cursor, -8);
}

/** The registers of emitFillLoop, and where the table starts (base register + offset). */
interface FillRegisters {
  /** The record to store, advanced past each one. */
  cursor: Reg;
  /** The next table entry, and the end of the entries to fill. */
  entry: Reg;
  end: Reg;
  /** Scratch: the duplicate marker, and the data length of a record skipped. */
  marker: Reg;
  length: Reg;
  table: readonly [Reg, number];
}

/**
 * Stores record addresses into the table entries [entry, end), walking the records: a duplicate record's
 * entry repeats the address stored for the record it names. Ends at `done`, which the caller binds right
 * after. The test is at the bottom of the loop (one jump per record, not two).
 */
function emitFillLoop(cg: Codegen, r: FillRegisters, done: Label): void {
  const a = cg.asm;
  const loop = a.newLabel('fill_record');
  const duplicate = a.newLabel('fill_duplicate');
  a.jumpIf('jge', r.entry, r.end, done);
  a.bind(loop);
  a.ldx(1, r.marker, r.cursor, RECORD.dupMarker);
  a.jumpIf('jne', r.marker, RECORD.notDuplicate, duplicate);
  a.stx(8, r.entry, 0, r.cursor);
  a.add(r.entry, 8);
  emitSkipRecord(cg, r.cursor, r.length);
  a.jumpIf('jlt', r.entry, r.end, loop);
  a.jump(done);
  a.bind(duplicate);
  a.lsh(r.marker, 3);
  a.add(r.marker, r.table[0]);
  a.ldx(8, r.marker, r.marker, r.table[1]);
  a.stx(8, r.entry, 0, r.marker);
  a.add(r.entry, 8);
  a.add(r.cursor, RECORD.duplicateSize);
  a.jumpIf('jlt', r.entry, r.end, loop);
}
