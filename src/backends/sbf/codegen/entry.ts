// The program entrypoint: walk the input buffer, check the program id, dispatch on the instruction
// discriminator. In: the Codegen of a program. Out: the entry label; the stack slots every handler reads
// (account count, instruction data address and length, the account record table).
//
// Order (ANCHOR-CONTRACT.md §4.1): program id ≠ declared id → 4100 before anything else is logged;
// then the discriminators in declaration order; no match (or fewer than 8 bytes) → 101.
import type { Label } from '../assembler.js';
import { PublicKey } from '@solana/web3.js';
import type { Codegen } from './context.js';
import { INPUT, RECORD, RECORD_TAIL } from './layout.js';

export interface EntrySlots {
  accountCount: number;
  ixData: number;
  ixLen: number;
  /** Slot of record 0; record i is at table + 8·i. */
  table: number;
  tableSize: number;
}

export function allocEntrySlots(cg: Codegen): EntrySlots {
  const tableSize = Math.max(0, ...cg.program.instructions.map((ix) => ix.accounts.length));
  // Allocate the table first and in ascending address order: entry i = table + 8·i.
  const top = cg.frame.alloc(8 * tableSize);
  return {
    table: top,
    tableSize,
    accountCount: cg.frame.alloc(8),
    ixData: cg.frame.alloc(8),
    ixLen: cg.frame.alloc(8),
  };
}

/** Emits the entrypoint; `handlers[i]` is the label of instruction i's handler. */
export function emitEntry(cg: Codegen, slots: EntrySlots, handlers: Label[]): Label {
  const a = cg.asm;
  const entry = a.newLabel('entrypoint');
  const walked = a.newLabel('accounts_walked');
  a.bind(entry);
  a.comment('r2 = number of accounts, r3 = cursor over the account records');
  a.ldx(8, 'r2', 'r1', INPUT.accountCount);
  a.stx(8, 'r10', slots.accountCount, 'r2');
  a.mov('r3', 'r1');
  a.add('r3', INPUT.firstRecord);
  for (let i = 0; i < slots.tableSize; i++) {
    a.jumpIf('jeq', 'r2', i, walked);
    const unique = a.newLabel(`record_${i}`);
    const next = a.newLabel(`record_${i}_done`);
    if (i > 0) {
      a.ldx(1, 'r4', 'r3', RECORD.dupMarker);
      a.jumpIf('jeq', 'r4', RECORD.notDuplicate, unique);
      a.comment('duplicate: reuse the record address of the account it repeats');
      a.lsh('r4', 3);
      a.add('r4', 'r10');
      a.ldx(8, 'r4', 'r4', slots.table);
      a.stx(8, 'r10', slots.table + 8 * i, 'r4');
      a.add('r3', RECORD.duplicateSize);
      a.jump(next);
    }
    a.bind(unique);
    a.stx(8, 'r10', slots.table + 8 * i, 'r3');
    emitSkipRecord(cg);
    a.bind(next);
  }
  // Accounts past the table (remaining accounts) are skipped to find the instruction data.
  const rest = a.newLabel('remaining_accounts');
  const restDup = a.newLabel('remaining_duplicate');
  a.mov('r5', slots.tableSize);
  a.bind(rest);
  a.jumpIf('jge', 'r5', 'r2', walked);
  a.add('r5', 1);
  a.ldx(1, 'r4', 'r3', RECORD.dupMarker);
  a.jumpIf('jne', 'r4', RECORD.notDuplicate, restDup);
  emitSkipRecord(cg);
  a.jump(rest);
  a.bind(restDup);
  a.add('r3', RECORD.duplicateSize);
  a.jump(rest);

  a.bind(walked);
  a.comment('r3 = instruction data, r4 = its length; the program id follows the data');
  a.ldx(8, 'r4', 'r3', 0);
  a.add('r3', 8);
  a.stx(8, 'r10', slots.ixData, 'r3');
  a.stx(8, 'r10', slots.ixLen, 'r4');
  a.mov('r5', 'r3');
  a.add('r5', 'r4');
  const mismatch = cg.errors.anchor('DeclaredProgramIdMismatch');
  const id = bs58decode(cg.program.programId);
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r0', 'r5', 8 * w);
    a.lddw('r1', readU64(id, 8 * w));
    a.jumpIf('jne', 'r0', 'r1', mismatch);
  }
  const fallback = cg.errors.anchor('InstructionFallbackNotFound');
  a.jumpIf('jlt', 'r4', 8, fallback);
  a.ldx(8, 'r0', 'r3', 0);
  cg.program.instructions.forEach((ix, i) => {
    a.lddw('r1', readU64(Uint8Array.from(ix.discriminator), 0));
    a.jumpIf('jeq', 'r0', 'r1', handlers[i]);
  });
  a.jump(fallback);
  return entry;
}

/** r3 += the size of the non-duplicate record at r3: align8(88 + data_len + 10240) + 8. */
function emitSkipRecord(cg: Codegen): void {
  const a = cg.asm;
  a.ldx(8, 'r4', 'r3', RECORD.dataLen);
  a.add('r3', 'r4');
  a.add('r3', RECORD_TAIL + 7);
  a.and('r3', -8);
}

export function bs58decode(s: string): Uint8Array {
  return new PublicKey(s).toBytes();
}

export function readU64(bytes: Uint8Array, at: number): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(bytes[at + i]);
  return v;
}
