// Zero-copy accounts (`AccountLoader<'info, T>`, anchor-lang 1.2's accounts/account_loader.rs and anchor-syn's
// `zero` constraint). In: the account views of one instruction. Out: the code Anchor's loader runs, with the data
// read and written in place (never copied), and the panic Rust's indexing raises:
//   - `zero` (constraint pass, before seeds and mut): data shorter than 8 → 3003; a discriminator byte not 0 →
//     2013 ConstraintZero; the same account as an earlier `init`/`zero` field → 2013; owner → 3007 (with the
//     keys, and no 3012: try_from_unchecked has none); after the others, rent exemption of its lamports for its
//     length → 2005;
//   - at the start of the handler, `load`/`load_mut`/`load_init` of each zero-copy account: data shorter than
//     8 + size_of::<T>() → 3003 (AnchorError occurred: the loader names no account);
//   - at exit, the discriminator written into every `init`/`zero` account (Anchor writes it into every mutable
//     one; the others already hold it);
//   - an index past the end of a fixed array: the panic as Anchor 1.x's panic handler reports it, at the indexing
//     expression's line and column in the Anchor program (indexOutOfBounds): ProgramFailedToComplete.
import type { Label } from '../assembler.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import type { AccountView, Codegen, InstructionGen } from './context.js';
import { ACCOUNT_STORAGE_OVERHEAD, RECORD, RENT, RENT_THRESHOLD_ONE, RENT_THRESHOLD_TWO } from './layout.js';
import { COMPARED_LEFT, COMPARED_RIGHT } from './errors.js';
import { emitKeyCompare } from './accounts.js';
import { readU64 } from './words.js';

export const isZeroCopyView = (view: AccountView): boolean => view.state?.def.zeroCopy === true;

/** The bytes `load` borrows: the discriminator and the repr(C) struct (no padding: its borsh size). */
const loadedBytes = (view: AccountView): number => 8 + view.state!.def.initSpace;

/** The `zero` constraint's own checks, first in its field's constraint pass (record address in r2 after). */
export function emitZeroConstraint(g: InstructionGen, view: AccountView): void {
  const a = g.cg.asm;
  const name = view.param.name;
  const errors = g.cg.errors;
  g.loadRecord('r2', name);
  a.ldx(8, 'r3', 'r2', RECORD.dataLen);
  a.jumpIf('jlt', 'r3', 8, errors.anchor('AccountDidNotDeserialize', name));
  a.ldx(8, 'r3', 'r2', RECORD.data);
  a.jumpIf('jne', 'r3', 0, errors.anchor('ConstraintZero', name));
  // Unique among the earlier `init` and `zero` fields: a duplicate's record is the one it repeats (entry.ts).
  for (const other of g.ix.accounts.slice(0, view.index)) {
    if (!other.init && !other.zero) continue;
    g.loadRecord('r3', other.name);
    a.jumpIf('jeq', 'r2', 'r3', errors.anchor('ConstraintZero', name));
  }
  const owner = pubkeyBytes(g.cg.program.programId);
  // Registers only (shared by every handler): the record is still in r2, which the compare leaves alone.
  const wrongOwner = g.cg.coldShared(`zero-constraint-owner:${name}`, `${name}_zero_wrong_owner`, () => {
    a.mov(COMPARED_LEFT, 'r2');
    a.add(COMPARED_LEFT, RECORD.owner);
    a.lddwRodata(COMPARED_RIGHT, g.cg.bytes(owner, 8));
    a.jump(errors.anchor('AccountOwnedByWrongProgram', name, { comparedPubkeys: true }));
  });
  emitKeyCompare(g, 'r2', RECORD.owner, owner, wrongOwner);
}

/** `rent_exempt = enforce`, which `zero` implies: lamports ≥ the Rent sysvar's minimum for the data length (2005). */
export function emitZeroRentExempt(g: InstructionGen, view: AccountView): void {
  const a = g.cg.asm;
  const name = view.param.name;
  const mark = g.cg.frame.mark();
  const rent = g.cg.frame.alloc(RENT.size);
  const thresholdOne = a.newLabel(`${name}_rent_threshold_one`);
  a.mov('r1', 'r10');
  a.add('r1', rent);
  a.syscall('sol_get_rent_sysvar');
  g.loadRecord('r2', name);
  a.ldx(8, 'r3', 'r2', RECORD.dataLen);
  a.add('r3', ACCOUNT_STORAGE_OVERHEAD);
  a.ldx(8, 'r0', 'r10', rent + RENT.lamportsPerByteYear);
  a.mul('r0', 'r3');
  a.ldx(8, 'r1', 'r10', rent + RENT.exemptionThreshold);
  a.lddw('r4', RENT_THRESHOLD_ONE);
  a.jumpIf('jeq', 'r1', 'r4', thresholdOne);
  a.lddw('r4', RENT_THRESHOLD_TWO);
  a.jumpIf('jne', 'r1', 'r4', g.cg.errors.builtin('UnsupportedSysvar'));
  a.mul('r0', 2);
  a.bind(thresholdOne);
  a.ldx(8, 'r1', 'r2', RECORD.lamports);
  a.jumpIf('jlt', 'r1', 'r0', g.cg.errors.anchor('ConstraintRentExempt', name));
  g.cg.frame.release(mark);
}

/** The loads at the start of the handler: each zero-copy account holds the struct it is read as (3003). */
export function emitZeroCopyLoads(g: InstructionGen): void {
  for (const view of g.accounts.values()) if (isZeroCopyView(view)) emitLoadedLengthCheck(g, view);
}

/**
 * The length check of `load()` (which has_one also calls on a zero-copy account, before comparing): data shorter
 * than 8 + size_of::<T>() → 3003. Scratch r2, r3.
 */
export function emitLoadedLengthCheck(g: InstructionGen, view: AccountView): void {
  const a = g.cg.asm;
  g.loadRecord('r2', view.param.name);
  a.ldx(8, 'r3', 'r2', RECORD.dataLen);
  a.jumpIf('jlt', 'r3', loadedBytes(view), g.cg.errors.anchor('AccountDidNotDeserialize'));
}

/** At exit: the discriminator of each account `init` created or `zero` initialized. */
export function emitZeroCopyDiscriminators(g: InstructionGen): void {
  const a = g.cg.asm;
  for (const view of g.accounts.values()) {
    if (!isZeroCopyView(view) || (!view.param.zero && !view.param.init) || view.param.close) continue;
    g.loadRecord('r2', view.param.name);
    a.lddw('r3', readU64(Uint8Array.from(view.state!.def.discriminator), 0));
    a.stx(8, 'r2', RECORD.data, 'r3');
  }
}

/** `programs/x/src/lib.rs:12:9` → its file, line and column. */
function panicLocation(origin: string): { file: string; line: number; column: number } {
  const m = /^(.*):(\d+):(\d+)$/.exec(origin);
  if (!m) throw new Error(`internal: the index origin ${origin} has no line and column`);
  return { file: m[1]!, line: Number(m[2]), column: Number(m[3]) };
}

/**
 * Where an index past the end of an array goes, the indexing expression at `origin` (`file:line:col` in the Anchor
 * program): the program ends as Anchor 1.x's panic handler (solana-program-entrypoint 3) ends a panic whose message
 * formats values: nothing logged, then `sol_panic_` with the location, which the runtime reports as
 * `SBF program Panicked in <file> at <line>:<col>` (ProgramFailedToComplete). Earlier releases' handlers log the
 * message with the location instead; a program targeting one has no zero-copy account here (PS6011).
 */
export function indexOutOfBounds(cg: Codegen, origin: string): Label {
  if (!cg.anchor.panicsThroughSolPanic) throw new Error('internal: a FixedArray index in an sBPF program for a release before 1.x');
  return cg.coldShared(`index-panic:${origin}`, 'index_panic', () => {
    const a = cg.asm;
    const { file, line, column } = panicLocation(origin);
    const path = cg.text(file);
    a.lddwRodata('r1', path);
    a.mov('r2', path.length);
    a.mov('r3', line);
    a.mov('r4', column);
    a.syscall('sol_panic_');
  });
}
