// Account validation, in Anchor's order (docs/anchor-contract.md §4.3). In: the account parameters of one
// instruction. Out: code for
//   (b) the deserialization pass, field by field: 3005 when accounts run out, then the type checks
//       (Signer 3010; Account<T> 3012 → 3007 → 3001 → 3002 → 3003; Program 3008 → 3009; SystemAccount 3011);
//   (c) the constraint pass: every `init` field first, then (Anchor 1.x) the duplicate-mutable-account
//       check (duplicates.ts), then the others, each in the order init → seeds → mut → has_one.
import type { Assembler, Label } from '../assembler.js';
import { isI16, type Reg } from '../isa.js';
import { PROGRAM_IDS, type AccountParam } from '../../../ir/types.js';
import type { AccountView, InstructionGen } from './context.js';
import { COMPARED_LEFT, COMPARED_RIGHT } from './errors.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import { readU64 } from './words.js';
import { emitFindPda, emitVerifyPda } from './seeds.js';
import { emitInit } from './init.js';
import { emitDuplicateMutableCheck } from './duplicates.js';
import { emitAssociatedTokenCheck, emitSplConstraints, emitSplInit, emitSplLoad, splKind } from './token.js';
import { RECORD } from './layout.js';
import { fieldOffset, imageSize, viewOffsets } from './values.js';
import { emitDecode, emitValidateBools } from './borsh.js';
import { emitProgramDataLoad } from './programdata.js';
import { emitTakeBelowTop } from './heap.js';
import { typeCheckCanFail } from './records.js';
import { emitLoadedLengthCheck, emitZeroConstraint, emitZeroRentExempt } from './zerocopy.js';

/** Validates every account; r9 = number of accounts passed (entry.ts). */
export function emitAccountValidation(g: InstructionGen): void {
  const views = [...g.accounts.values()];
  g.heldKey = { hex: null, r4: null };
  const runs = stateRuns(g);
  for (const view of views) emitTypeChecks(g, view, runs.get(view.index));
  g.heldKey = null;
  const inits = views.filter((v) => v.param.init);
  const others = views.filter((v) => !v.param.init);
  for (const view of inits) {
    if (splKind(view)) emitSplInit(g, view);
    else emitInit(g, view);
  }
  emitDuplicateMutableCheck(g, views);
  // The last type check leaves its record address in r6; when that account's constraints come next,
  // with nothing in between, they use it instead of loading it again.
  const last = views[views.length - 1];
  const recordInR6 = inits.length === 0 && last !== undefined && leavesRecordInR6(last) ? last : undefined;
  others.forEach((view, i) => emitConstraints(g, view, i === 0 && view === recordInR6));
}

function emitTypeChecks(g: InstructionGen, view: AccountView, run: StateRun | undefined): void {
  const a = g.cg.asm;
  const { param } = view;
  const errors = g.cg.errors;
  a.comment(`account ${view.index}: ${param.name}`);
  if (run === undefined) emitCountCheck(g, view);
  else if (run.start === view.index) emitRunCountCheck(g, run);
  if (!typeCheckCanFail(param)) return; // init fields only take their AccountInfo here; the others no check
  // Only signer and state checks are known to leave r4 (a held discriminator) as it is.
  const kind = param.account.kind;
  if (g.heldKey && kind !== 'signer' && kind !== 'state') g.heldKey.r4 = null;
  g.loadRecord('r6', param.name);
  switch (param.account.kind) {
    case 'signer':
      a.ldx(1, 'r3', 'r6', RECORD.isSigner);
      a.jumpIf('jeq', 'r3', 0, errors.anchor('AccountNotSigner', param.name));
      return;
    case 'state':
      emitStateLoad(g, view, run !== undefined && run.start < view.index ? (wrongOwner) => missingOrWrongOwner(g, view, wrongOwner) : undefined);
      return;
    case 'program':
    case 'calleeProgram': {
      const program = param.account.kind === 'program' ? param.account.program : param.account.callee;
      const id = pubkeyBytes(programIdOf(g, param.account));
      const wrong = g.cg.coldShared(`program:${param.name}:${program}`, `${param.name}_wrong_program`, () => {
        a.lddwRodata(COMPARED_RIGHT, g.cg.bytes(id, 8));
        a.add(COMPARED_LEFT, RECORD.key);
        a.jump(errors.anchor('InvalidProgramId', param.name, { comparedPubkeys: true }));
      });
      emitKeyCompare(g, 'r6', RECORD.key, id, wrong);
      a.ldx(1, 'r3', 'r6', RECORD.isExecutable);
      a.jumpIf('jeq', 'r3', 0, errors.anchor('InvalidProgramExecutable', param.name));
      return;
    }
    case 'system':
      emitKeyCompare(g, 'r6', RECORD.owner, new Uint8Array(32), errors.anchor('AccountNotSystemOwned', param.name));
      return;
    case 'unchecked':
    case 'accountInfo':
    case 'mintToInitialize':
      return;
    case 'mint':
    case 'tokenAccount':
    case 'associatedTokenAccount':
      emitSplLoad(g, view);
      return;
    case 'programData':
      emitProgramDataLoad(g, view);
      return;
  }
}

/** The id a `Program<'info, T>` account must have: a program the compiler knows, or a DSL program it calls. */
function programIdOf(g: InstructionGen, kind: AccountView['param']['account'] & { kind: 'program' | 'calleeProgram' }): string {
  if (kind.kind === 'program') return PROGRAM_IDS[kind.program];
  const callee = g.cg.program.callees?.find((c) => c.name === kind.callee);
  if (!callee) throw new Error(`internal: no callee program ${kind.callee}`);
  return callee.programId;
}

/**
 * Anchor counts the accounts field by field (3005, caused by the first field with no account). Fields
 * whose type check cannot fail share one test, made before the next check that can (or after the last
 * field): with fewer accounts than that, the first missing one is named, chosen by the count off the hot
 * path.
 */
function emitCountCheck(g: InstructionGen, view: AccountView): void {
  const a = g.cg.asm;
  const accounts = g.ix.accounts;
  const index = view.index;
  if (!typeCheckCanFail(view.param) && index < accounts.length - 1) return;
  let first = index;
  while (first > 0 && !typeCheckCanFail(accounts[first - 1]!)) first--;
  const missing = (i: number) => g.cg.errors.anchor('AccountNotEnoughKeys', accounts[i]!.name);
  if (first === index) {
    a.jumpIf('jle', 'r9', index, missing(index));
    return;
  }
  a.jumpIf('jle', 'r9', index, g.cg.cold(`${accounts[index]!.name}_accounts_missing`, () => {
    for (let i = first; i < index; i++) a.jumpIf('jeq', 'r9', i, missing(i));
    a.jump(missing(index));
  }));
}

/**
 * A run of MIN_RUN or more state accounts in a row (none of them init), checked for their count once: with
 * fewer accounts, the record table gets SENTINEL for the missing ones, whose owner check fails; that
 * failure then tells 3005 (named as Anchor names it, the first missing field) from a wrong owner.
 */
interface StateRun {
  start: number;
  end: number;
}

/** A record no account can have: no flags, key and owner 0xff…ff (no program id starts with 8 such bytes). */
const SENTINEL = Uint8Array.from({ length: RECORD.data + 8 }, (_, i) => (i === RECORD.dupMarker || (i >= RECORD.key && i < RECORD.owner + 32) ? 0xff : 0));

/**
 * Accounts in a run, at least: a run saves a count check per account after its first, for a cold block of
 * about eight instructions; two-account runs (HFMMT has many) cost more bytes than the one CU is worth.
 */
const MIN_RUN = 3;

/** The state runs of the instruction, by the index of each of their accounts. */
function stateRuns(g: InstructionGen): Map<number, StateRun> {
  const runs = new Map<number, StateRun>();
  const id = pubkeyBytes(g.cg.program.programId);
  if (id.subarray(0, 8).every((b) => b === 0xff)) return runs;
  // A `zero` field takes no type check (its constraints read the record): it is no run's member.
  const isState = (p: AccountParam | undefined) => p !== undefined && p.account.kind === 'state' && !p.init && !p.zero;
  const accounts = g.ix.accounts;
  for (let start = 0; start < accounts.length; start++) {
    if (!isState(accounts[start]) || isState(accounts[start - 1])) continue;
    let end = start;
    while (isState(accounts[end + 1])) end++;
    if (end - start + 1 < MIN_RUN) continue;
    const run = { start, end };
    for (let i = start; i <= end; i++) runs.set(i, run);
  }
  return runs;
}

/**
 * The run's one count check, where its first account's would be: fewer accounts than the run's first
 * needs fail as emitCountCheck's do; fewer than the whole run fill the missing table entries with SENTINEL
 * and come back.
 */
function emitRunCountCheck(g: InstructionGen, run: StateRun): void {
  const a = g.cg.asm;
  const accounts = g.ix.accounts;
  let first = run.start;
  while (first > 0 && !typeCheckCanFail(accounts[first - 1]!)) first--;
  const missing = (i: number) => g.cg.errors.anchor('AccountNotEnoughKeys', accounts[i]!.name);
  const resume = a.newLabel(`${accounts[run.start]!.name}_run_counted`);
  a.jumpIf('jle', 'r9', run.end, g.cg.cold(`${accounts[run.start]!.name}_run_short`, () => {
    for (let i = first; i <= run.start; i++) a.jumpIf('jeq', 'r9', i, missing(i));
    const sentinel = g.cg.bytes(SENTINEL, 8);
    for (let i = run.start + 1; i <= run.end; i++) {
      const present = a.newLabel(`${accounts[i]!.name}_present`);
      a.jumpIf('jgt', 'r9', i, present);
      a.lddwRodata('r3', sentinel);
      a.stx(8, 'r10', g.account(accounts[i]!.name).recordSlot, 'r3');
      a.bind(present);
    }
    a.jump(resume);
  }));
  a.bind(resume);
}

/** An owner check's failure in a run: 3005 when the record is SENTINEL (the account is missing). */
function missingOrWrongOwner(g: InstructionGen, view: AccountView, wrongOwner: Label): Label {
  const a = g.cg.asm;
  return g.cg.cold(`${view.param.name}_missing_or_wrong_owner`, () => {
    a.jumpIf('jle', 'r9', view.index, g.cg.errors.anchor('AccountNotEnoughKeys', view.param.name));
    a.jump(wrongOwner);
  });
}

/**
 * `Account<T>::try_from` with the record address in r6: not initialized (3012), owner (3007), discriminator
 * (3001/3002), borsh (3003: data too short, a bool not 0/1, a string/vector past the end, invalid UTF-8).
 * A state holding strings or vectors is decoded into its heap image; then the bytes its fields take are
 * copied below the heap top (as many as Anchor's own copies of them) and its views moved onto the copy, so
 * that they stay valid while exit rewrites the account.
 */
export function emitStateLoad(g: InstructionGen, view: AccountView, ownerFailure?: (wrongOwner: Label) => Label): void {
  const a = g.cg.asm;
  const name = view.param.name;
  const errors = g.cg.errors;
  if (!view.state) throw new Error(`internal: ${name} has no state`);
  const { def, image } = view.state;
  // Not owned by this program: 3012 when it is an empty system account, 3007 otherwise (AccountLoader: 3007 only).
  emitOwnerCheck(g, name, pubkeyBytes(g.cg.program.programId), def.zeroCopy ? 'zeroCopy' : 'state', ownerFailure);
  // The discriminator is read first: with fewer than 8 data bytes it reads the zeroed realloc padding,
  // which no discriminator equals, and the cold path tells 3001 from 3002.
  const wrongDiscriminator = g.cg.coldShared(`discriminator:${name}`, `${name}_wrong_discriminator`, () => {
    a.ldx(8, 'r2', 'r6', RECORD.dataLen);
    a.jumpIf('jlt', 'r2', 8, errors.anchor('AccountDiscriminatorNotFound', name));
    a.jump(errors.anchor('AccountDiscriminatorMismatch', name));
  });
  a.ldx(8, 'r3', 'r6', RECORD.data);
  // Accounts of one type in a row compare with the discriminator already in r4.
  const discriminator = readU64(Uint8Array.from(def.discriminator), 0);
  if (g.heldKey?.r4 !== discriminator) {
    a.lddw('r4', discriminator);
    if (g.heldKey) g.heldKey.r4 = discriminator;
  }
  a.jumpIf('jne', 'r3', 'r4', wrongDiscriminator);
  // AccountLoader::try_from stops here: its length is checked when the handler loads it (zerocopy.ts).
  if (def.zeroCopy) return;
  const invalid = errors.anchor('AccountDidNotDeserialize', name);
  if (image.kind === 'inPlace') {
    a.ldx(8, 'r3', 'r6', RECORD.dataLen);
    a.jumpIf('jlt', 'r3', 8 + def.initSpace, invalid);
    let offset = RECORD.data + 8;
    for (const f of def.fields) {
      emitValidateBools(g.cg, f.type, 'r6', offset, invalid);
      offset += imageSize(f.type, g.cg.structs);
    }
    return;
  }
  // r6 = cursor over the data, r7 = end of data, r8 = the heap image (the held key is lost)
  if (g.heldKey) {
    g.heldKey.hex = null;
    g.heldKey.r4 = null;
  }
  const mark = g.cg.frame.mark();
  const start = g.cg.frame.alloc(8);
  a.ldx(8, 'r2', 'r6', RECORD.dataLen);
  a.mov('r7', 'r6');
  a.add('r7', RECORD.data);
  a.add('r7', 'r2');
  a.add('r6', RECORD.data + 8);
  a.stx(8, 'r10', start, 'r6');
  const base = g.loadStateBase('r8', name);
  const views: number[] = [];
  let offset = base;
  for (const f of def.fields) {
    emitDecode(g.cg, f.type, offset, invalid);
    views.push(...viewOffsets(f.type, offset, g.cg.structs));
    offset += imageSize(f.type, g.cg.structs);
  }
  // r7 = the fields' first byte, r6 = their length, then the copy's address less r7
  a.ldx(8, 'r7', 'r10', start);
  a.sub('r6', 'r7');
  emitTakeBelowTop(g.cg, 'r6');
  a.mov('r1', 'r0');
  a.mov('r2', 'r7');
  a.mov('r3', 'r6');
  a.mov('r6', 'r0');
  a.syscall('sol_memcpy_');
  a.sub('r6', 'r7');
  for (const view of views) {
    a.ldx(8, 'r1', 'r8', view);
    a.add('r1', 'r6');
    a.stx(8, 'r8', view, 'r1');
  }
  g.cg.frame.release(mark);
}

/**
 * The cold path of each kind of owner check: its coldShared key, its labels, and the register it reads the
 * lamports into (the path ends in an error, so any scratch register would do).
 */
const OWNER_CHECKS = {
  state: { key: 'state-owner', wrongOwner: 'wrong_owner', notEmpty: 'not_empty', scratch: 'r0' },
  token: { key: 'token-owner', wrongOwner: 'not_token_owned', notEmpty: 'token_not_empty', scratch: 'r3' },
  loader: { key: 'loader-owner', wrongOwner: 'not_loader_owned', notEmpty: 'loader_not_empty', scratch: 'r3' },
  zeroCopy: { key: 'zero-copy-owner', wrongOwner: 'not_owned', notEmpty: null, scratch: 'r0' },
} as const;

/**
 * The owner check of `try_from` with the record address of account `name` in r6: jumps to a cold path
 * shared by the account's checks unless the owner is `owner`. There: 3012 (AccountNotInitialized) when it is
 * an empty system account (no owner, no lamports), 3007 (AccountOwnedByWrongProgram) with the keys logged
 * otherwise. `ownerFailure` may put a path of its own before that one (a missing account in a run).
 */
export function emitOwnerCheck(
  g: InstructionGen, name: string, owner: Uint8Array, kind: keyof typeof OWNER_CHECKS,
  ownerFailure?: (wrongOwner: Label) => Label,
): void {
  const a = g.cg.asm;
  const errors = g.cg.errors;
  const check = OWNER_CHECKS[kind];
  const wrongOwner = g.cg.coldShared(`${check.key}:${name}`, `${name}_${check.wrongOwner}`, () => {
    if (check.notEmpty !== null) {
      const notEmpty = a.newLabel(`${name}_${check.notEmpty}`);
      emitKeyCompare(g, 'r6', RECORD.owner, new Uint8Array(32), notEmpty);
      a.ldx(8, check.scratch, 'r6', RECORD.lamports);
      a.jumpIf('jeq', check.scratch, 0, errors.anchor('AccountNotInitialized', name));
      a.bind(notEmpty);
    }
    a.lddwRodata(COMPARED_RIGHT, g.cg.bytes(owner, 8));
    a.add(COMPARED_LEFT, RECORD.owner);
    a.jump(errors.anchor('AccountOwnedByWrongProgram', name, { comparedPubkeys: true }));
  });
  emitKeyCompare(g, 'r6', RECORD.owner, owner, ownerFailure ? ownerFailure(wrongOwner) : wrongOwner);
}

/**
 * Jumps to `differ` unless the 32 bytes at base + offset equal `expected`. Inline (scratch r3, r4; r0 stays
 * as it is) in small handlers and for the all-zero key; otherwise a call of a routine comparing with that
 * one key (shared by every check of the same key at the same place, as owner checks are).
 */
export function emitKeyCompare(g: InstructionGen, base: 'r6' | 'r2', offset: number, expected: Uint8Array, differ: Label): void {
  const a = g.cg.asm;
  if (g.heldKey && expected.some((b) => b !== 0)) {
    // The type checks compare owners and program ids with the same few keys: hold the words in registers.
    const hex = Buffer.from(expected).toString('hex');
    if (g.heldKey.hex !== hex) {
      HELD_KEY.forEach((r, w) => a.lddw(r, readU64(expected, 8 * w)));
      g.heldKey.hex = hex;
    }
    HELD_KEY.forEach((r, w) => {
      a.ldx(8, 'r3', base, offset + 8 * w);
      a.jumpIf('jne', 'r3', r, differ);
    });
    return;
  }
  if (g.heldKey) g.heldKey.r4 = null; // the compares below use r4 as scratch
  if (g.compact && expected.some((b) => b !== 0)) {
    const hex = Buffer.from(expected).toString('hex');
    a.call(g.cg.helper(`key_at_${base}_${offset}_is_${hex.slice(0, 8)}`, () => {
      const mismatch = a.newLabel('key_mismatch');
      emitInlineKeyCompare(a, base, offset, expected, mismatch);
      a.mov('r0', 0);
      a.exit();
      a.bind(mismatch);
      a.mov('r0', 1);
      a.exit();
    }, `key_at_${base}_${offset}_is_${hex}`));
    a.jumpIf('jne', 'r0', 0, differ);
    return;
  }
  emitInlineKeyCompare(a, base, offset, expected, differ);
}

function emitInlineKeyCompare(a: Assembler, base: Reg, offset: number, expected: Uint8Array, differ: Label): void {
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r3', base, offset + 8 * w);
    const word = readU64(expected, 8 * w);
    if (word === 0n) a.jumpIf('jne', 'r3', 0, differ);
    else {
      a.lddw('r4', word);
      a.jumpIf('jne', 'r3', 'r4', differ);
    }
  }
}

/**
 * The registers holding a key's four words during the type checks, which otherwise use only r0, r3, r4, r6,
 * r9 and (keeping the instruction data) r8; a heap-image decode, which uses more, drops the held key.
 */
const HELD_KEY: readonly Reg[] = ['r1', 'r2', 'r5', 'r7'];

/** A 32-byte key in memory: a base register and an offset from it. */
export type KeyAt = readonly [base: Reg, offset: number];

/** Inline: jumps to `differ` unless the keys at `left` and `right` are equal, word by word (clobbers `scratch`). */
export function emitJumpIfKeysDiffer(a: Assembler, left: KeyAt, right: KeyAt, scratch: readonly [Reg, Reg], differ: Label): void {
  const [leftBase, leftOffset] = left;
  const [rightBase, rightOffset] = right;
  for (let w = 0; w < 4; w++) {
    a.ldx(8, scratch[0], leftBase, leftOffset + 8 * w);
    a.ldx(8, scratch[1], rightBase, rightOffset + 8 * w);
    a.jumpIf('jne', scratch[0], scratch[1], differ);
  }
}

/** The constraint pass for a non-init field: seeds, mut, has_one. */
function leavesRecordInR6(view: AccountView): boolean {
  const kind = view.param.account.kind;
  return !view.param.init && !view.param.zero && kind !== 'unchecked' && kind !== 'accountInfo' && kind !== 'mintToInitialize' && !(kind === 'state' && view.state?.image.kind === 'heap');
}

function emitConstraints(g: InstructionGen, view: AccountView, recordInR6: boolean): void {
  const a = g.cg.asm;
  const { param } = view;
  const errors = g.cg.errors;
  if (param.zero) emitZeroConstraint(g, view);
  if (param.pda) {
    if (param.pda.bump.kind === 'canonical') emitFindPda(g, param.name, param.pda.seeds, param.pda.program);
    else emitVerifyPda(g, param.name, param.pda.seeds, param.pda.bump.value);
  }
  emitAssociatedTokenCheck(g, view);
  if (param.mut) {
    const record = recordInR6 && !param.pda ? 'r6' : 'r2';
    if (record === 'r2') g.loadRecord('r2', param.name);
    a.ldx(1, 'r3', record, RECORD.isWritable);
    a.jumpIf('jeq', 'r3', 0, errors.anchor('ConstraintMut', param.name));
  }
  // Anchor's `signer` constraint on an account that is no Signer<'info> (a mint the body creates), after `mut`.
  if (param.signer && param.account.kind !== 'signer') {
    g.loadRecord('r2', param.name);
    a.ldx(1, 'r3', 'r2', RECORD.isSigner);
    a.jumpIf('jeq', 'r3', 0, errors.anchor('ConstraintSigner', param.name));
  }
  emitHasOne(g, view);
  if (param.zero) emitZeroRentExempt(g, view);
  emitSplConstraints(g, view);
}

/** `has_one = x`: the state's field `x` must equal account x's key (2001, Left = stored, Right = passed). */
export function emitHasOne(g: InstructionGen, view: AccountView): void {
  for (const target of view.param.hasOne) {
    const state = view.state;
    if (!state) throw new Error(`internal: has_one on ${view.param.name} without state`);
    if (state.def.zeroCopy) emitLoadedLengthCheck(g, view);
    const field = fieldOffset(state.def.fields, [target], g.cg.structs).offset;
    const fail = g.cg.errors.anchor('ConstraintHasOne', view.param.name, { comparedPubkeys: true });
    const shared = instructionsWithHasOne(g, state.def.name, target) >= SHARED_HAS_ONE_FROM;
    emitStoredKeyCheck(g, (r) => farFieldInRegister(g, r, g.loadStateBase(r, view.param.name) + field, 32), target, fail, true, shared);
  }
}

/**
 * The offset to read a `size`-byte field at `offset` from the address in `r` with: itself while every word's
 * load reaches it (a signed 16-bit offset), else 0 with `offset` added into `r` (a field past a large array of a
 * zero-copy account, as ExprGen's field reads do).
 */
function farFieldInRegister(g: InstructionGen, r: Reg, offset: number, size: number): number {
  if (isI16(offset + size - 8)) return offset;
  g.cg.asm.add(r, offset);
  return 0;
}

/**
 * From this many instructions making one `has_one` check (same state type, same target name), the 32-byte
 * compare is one routine: four instructions at each site instead of fourteen, for three more compute units.
 */
const SHARED_HAS_ONE_FROM = 3;

function instructionsWithHasOne(g: InstructionGen, stateType: string, target: string): number {
  return g.cg.program.instructions.filter((ix) => ix.accounts.some((p) =>
    p.account.kind === 'state' && p.account.type === stateType && p.hasOne.includes(target))).length;
}

/**
 * Fails to `fail` unless the 32-byte key stored at the address `loadStored` computes (into a register, plus
 * the offset it returns) equals `target`'s key; with `compared`, Left = the stored key and Right = the
 * target's key are logged (off the hot path). Scratch r2–r5.
 */
export function emitStoredKeyCheck(
  g: InstructionGen, loadStored: (r: 'r2') => number, target: string, fail: Label, compared: boolean, shared = false,
): void {
  const a = g.cg.asm;
  const offset = loadStored('r2');
  g.loadRecord('r5', target);
  // Registers and constants only: one block serves every handler making the same check.
  const differ = !compared ? fail : g.cg.coldShared(`key-differs:${target}:${offset}:${fail.id}`, `${target}_key_differs`, () => {
    a.mov(COMPARED_LEFT, 'r2');
    a.add(COMPARED_LEFT, offset);
    a.mov(COMPARED_RIGHT, 'r5');
    a.add(COMPARED_RIGHT, RECORD.key);
    a.jump(fail);
  });
  if (!shared) {
    emitJumpIfKeysDiffer(a, ['r2', offset], ['r5', RECORD.key], ['r3', 'r4'], differ);
    return;
  }
  const routine = g.cg.helper(`${target}_key_matches`, () => {
    emitJumpIfKeysDiffer(a, ['r2', offset], ['r5', RECORD.key], ['r3', 'r4'], differ);
    a.mov('r0', 0);
    a.exit();
  }, `key-matches:${target}:${offset}:${fail.id}`);
  a.call(routine);
  a.jumpIf('jne', 'r0', 0, g.cg.passFailureOn());
}
