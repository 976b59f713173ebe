// PDA seeds → SolBytes arrays, and the two PDA checks Anchor makes. In: IR seeds of one account.
// Out: code that builds `{addr, len}` slices on the stack; `seeds, bump` (canonical bump search with
// sol_try_find_program_address, as find_program_address does) and `seeds, bump = x` (one sol_sha256 of
// seeds ‖ bump ‖ program id ‖ "ProgramDerivedAddress", ≈160 CU instead of 1,500), both failing with
// ConstraintSeeds (2006) and logging the key passed and the expected address — except when the seeds and
// bump give no address (their hash lies on the curve: create_program_address fails), which Anchor reports
// as 2006 with the account name only.
import type { Expr, Seed, SignerSeed, Type } from '../../../ir/types.js';
import { emitJumpIfKeysDiffer } from './accounts.js';
import { readU64 } from './words.js';
import type { Label } from '../assembler.js';
import { STATE_FIELDS, type InstructionGen } from './context.js';
import { COMPARED_LEFT, COMPARED_RIGHT } from './errors.js';
import { ExprGen } from './expr.js';
import { MAX_SEED_LEN, PDA_MARKER, RECORD, SOL_BYTES } from './layout.js';
import { fieldOffset, intSize } from './values.js';
import { readsBumpOf } from '../../../ir/walk.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import { findProgramAddress } from './program-address.js';

/** Where a bump byte is: a frame slot, or a state field (seeds with `bump = account.field`). */
export type BumpAt = { slot: number } | { account: string; path: readonly string[] };

/**
 * Writes one SolBytes entry per seed at r10 + arraySlot (16 bytes each), then, given `bump`, one more
 * for the bump byte. A signer seed `bump` is the byte in its account's bump slot. Scratch: r0–r2.
 */
export function emitSeedSlices(g: InstructionGen, seeds: readonly SignerSeed[], arraySlot: number, bump?: BumpAt): void {
  const a = g.cg.asm;
  seeds.forEach((seed, i) => {
    const at = arraySlot + SOL_BYTES.size * i;
    switch (seed.kind) {
      case 'const': {
        const ref = g.cg.bytes(seed.bytes);
        a.lddwRodata('r1', ref);
        a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
        a.st(8, 'r10', at + SOL_BYTES.len, seed.bytes.length);
        return;
      }
      case 'accountKey':
        g.loadRecord('r1', seed.account);
        a.add('r1', RECORD.key);
        a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
        a.st(8, 'r10', at + SOL_BYTES.len, 32);
        return;
      case 'arg': {
        const { base, offset } = g.argBase(seed.arg, 'r1');
        if (base !== 'r1') a.mov('r1', base);
        if (offset !== 0) a.add('r1', offset);
        storeValueSlice(g, seed.type, at);
        return;
      }
      case 'field': {
        const view = g.account(seed.account);
        if (!view.state) throw new Error(`internal: a seed from a field of ${seed.account}, which holds no state`);
        emitFieldAddress(g, seed.account, seed.path);
        storeValueSlice(g, seed.type, at);
        return;
      }
      case 'bump': {
        const slot = g.account(seed.account).bumpSlot;
        if (slot === undefined) throw new Error(`internal: ${seed.account} has no bump`);
        a.mov('r1', 'r10');
        a.add('r1', slot);
        a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
        a.st(8, 'r10', at + SOL_BYTES.len, 1);
        return;
      }
    }
  });
  if (bump !== undefined) {
    const at = arraySlot + SOL_BYTES.size * seeds.length;
    if ('slot' in bump) {
      a.mov('r1', 'r10');
      a.add('r1', bump.slot);
    } else emitFieldAddress(g, bump.account, bump.path);
    a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
    a.st(8, 'r10', at + SOL_BYTES.len, 1);
  }
}

/** r1 = the address of a state field (the register keeping the record serves as its base). */
function emitFieldAddress(g: InstructionGen, account: string, path: readonly string[]): void {
  const { base, offset } = new ExprGen(g).fieldBase('r1', account, path);
  if (base !== 'r1') g.cg.asm.mov('r1', base);
  g.cg.asm.add('r1', offset);
}

/** r1 = address of a value's image → a slice of its bytes (strings: the UTF-8 bytes only). */
function storeValueSlice(g: InstructionGen, type: Type, at: number): void {
  const a = g.cg.asm;
  switch (type.kind) {
    case 'string':
      a.ldx(8, 'r1', 'r1', 0); // the view
      a.ldx(4, 'r2', 'r1', 0);
      a.add('r1', 4);
      a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
      a.stx(8, 'r10', at + SOL_BYTES.len, 'r2');
      return;
    case 'int':
      a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
      a.st(8, 'r10', at + SOL_BYTES.len, intSize(type.name));
      return;
    case 'bool':
      a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
      a.st(8, 'r10', at + SOL_BYTES.len, 1);
      return;
    case 'pubkey':
      a.stx(8, 'r10', at + SOL_BYTES.addr, 'r1');
      a.st(8, 'r10', at + SOL_BYTES.len, 32);
      return;
    default:
      throw new Error(`internal: a ${type.kind} seed`);
  }
}

/**
 * `seeds, bump` (with `seeds::program` when `program`, base58, is given): finds the canonical bump, checks the
 * key, stores the bump in the account's bump slot.
 */
export function emitFindPda(g: InstructionGen, account: string, seeds: readonly Seed[], program?: string): void {
  const a = g.cg.asm;
  const view = g.account(account);
  if (view.bumpSlot === undefined) throw new Error(`internal: no bump slot for ${account}`);
  const known = constantPda(g, seeds, program);
  if (known) {
    // Constant seeds: find_program_address has one answer for this program, computed here.
    a.st(1, 'r10', view.bumpSlot, known.bump);
    emitKnownAddressCheck(g, account, known.address);
    return;
  }
  const mark = g.cg.frame.mark();
  const slices = g.cg.frame.alloc(SOL_BYTES.size * seeds.length);
  const address = g.cg.frame.alloc(32);
  emitSeedSlices(g, seeds, slices);
  a.mov('r1', 'r10');
  a.add('r1', slices);
  a.mov('r2', seeds.length);
  g.loadRecord('r3', account);
  a.mov('r4', 'r10');
  a.add('r4', address);
  a.mov('r5', 'r10');
  a.add('r5', view.bumpSlot);
  a.call(pdaRoutine(g, 'find', program));
  emitMismatchExit(g, account);
  g.cg.frame.release(mark);
}

/**
 * `seeds, bump = value`: one sha256 over the seeds, the bump and the program id, compared to the key. With
 * constant seeds and the canonical bump (what getBump() stored) the address is known here, and any other
 * bump takes the general path, off the hot path: the outcome is exactly create_program_address's. The bump
 * goes to the account's bump slot only where getBump() reads it, or the general path needs a copy of it.
 */
export function emitVerifyPda(g: InstructionGen, account: string, seeds: readonly Seed[], bump: Expr): void {
  const a = g.cg.asm;
  const view = g.account(account);
  const bumpSlot = view.bumpSlot;
  if (bumpSlot === undefined) throw new Error(`internal: no bump slot for ${account}`);
  const readsBump = readsBumpOf(g.ix.body, account);
  const known = constantPda(g, seeds);
  const exprs = new ExprGen(g);
  const frame = g.cg.frame;
  const mark = frame.mark();
  // the seeds, the bump, and the entry the routine fills: program id ‖ "ProgramDerivedAddress"
  const slots = { slices: frame.alloc(SOL_BYTES.size * (seeds.length + 2)), address: frame.alloc(32) };
  if (!known) {
    if (bump.kind === 'field' && !readsBump) emitGeneralVerify(g, account, seeds, { account: bump.account, path: bump.path }, slots);
    else {
      const b = exprs.value(bump);
      a.stx(1, 'r10', bumpSlot, b);
      exprs.free(b);
      emitGeneralVerify(g, account, seeds, { slot: bumpSlot }, slots);
    }
    frame.release(mark);
    return;
  }
  // The key check reads the record from r2; a bump stored in the account itself is read from there too.
  const state = view.state;
  const ownOffset = bump.kind === 'field' && bump.account === account && state?.image.kind === 'inPlace'
    ? STATE_FIELDS + fieldOffset(state.def.fields, bump.path, g.cg.structs).offset
    : null;
  const evaluated = ownOffset === null ? exprs.value(bump) : null;
  g.loadRecord('r2', account);
  if (!readsBump && instructionsCheckingAddress(g, account, known.address) >= SHARED_ADDRESS_CHECK_FROM) {
    // The bump compare, the key compare and the general path, all in one routine (r2 = the record, r3 = the bump).
    if (evaluated === null) a.ldx(1, 'r3', 'r2', ownOffset!);
    else if (evaluated !== 'r3') a.mov('r3', evaluated);
    if (evaluated !== null) exprs.free(evaluated);
    a.call(knownPdaCheck(g, account, seeds, known));
    a.jumpIf('jne', 'r0', 0, g.cg.passFailureOn());
    frame.release(mark);
    return;
  }
  const bumpReg = evaluated ?? exprs.alloc();
  if (ownOffset !== null) a.ldx(1, bumpReg, 'r2', ownOffset);
  const done = a.newLabel(`${account}_seeds_done`);
  // Off the hot path: a bump other than the canonical one is checked by a routine shared by every handler
  // (r1 = the record, r2 = the bump), which fails with 2006 itself.
  const general = g.cg.cold(`${account}_seeds_general`, () => {
    if (readsBump) a.stx(1, 'r10', bumpSlot, bumpReg);
    a.mov('r1', 'r2');
    a.mov('r2', bumpReg);
    a.call(constantSeedsCheck(g, account, seeds));
    a.jumpIf('jne', 'r0', 0, g.cg.passFailureOn());
    a.jump(done);
  });
  a.jumpIf('jne', bumpReg, known.bump, general);
  exprs.free(bumpReg);
  if (readsBump) a.st(1, 'r10', bumpSlot, known.bump);
  emitKnownAddressCheck(g, account, known.address, true);
  a.bind(done);
  frame.release(mark);
}

/**
 * `seeds, bump = b` for constant seeds whose PDA is known, as a routine shared by every handler: r2 = the record,
 * r3 = the bump; r0 = 0, or the 2006 error code. The canonical bump is checked by comparing keys, any other by
 * hashing (constantSeedsCheck).
 */
function knownPdaCheck(g: InstructionGen, account: string, seeds: readonly Seed[], known: { address: Uint8Array; bump: number }): Label {
  const cg = g.cg;
  return cg.helper(`${account}_pda_check`, () => {
    const a = cg.asm;
    const general = a.newLabel(`${account}_pda_check_general`);
    a.jumpIf('jne', 'r3', known.bump, general);
    emitAddressCompare(g, account, known.address);
    a.mov('r0', 0);
    a.exit();
    a.bind(general);
    a.mov('r1', 'r2');
    a.mov('r2', 'r3');
    a.call(constantSeedsCheck(g, account, seeds));
    a.exit();
  }, `pda-check:${account}:${Buffer.from(known.address).toString('hex')}`);
}

/**
 * `seeds, bump = b` for constant seeds, as a routine (r1 = the record, r2 = the bump; r0 = 0, or the 2006 error
 * code after logging the key passed and the address the bump gives, or no keys when it gives none), shared by
 * every handler checking `account`.
 */
function constantSeedsCheck(g: InstructionGen, account: string, seeds: readonly Seed[]): Label {
  const cg = g.cg;
  const key = `seeds_check:${account}:${seeds.map((s) => (s.kind === 'const' ? Buffer.from(s.bytes).toString('hex') : '')).join('.')}`;
  return cg.helper(`${account}_seeds_check`, () => {
    const a = cg.asm;
    const mark = cg.frame.mark();
    const bump = cg.frame.alloc(1, 1);
    const slices = cg.frame.alloc(SOL_BYTES.size * (seeds.length + 2)); // seeds, bump, program id ‖ marker
    const address = cg.frame.alloc(32);
    a.mov('r6', 'r1'); // the record, across the call
    a.stx(1, 'r10', bump, 'r2');
    emitSeedSlices(g, seeds, slices, { slot: bump });
    a.mov('r1', 'r10');
    a.add('r1', slices);
    a.mov('r2', seeds.length + 1);
    a.mov('r3', 'r6');
    a.mov('r4', 'r10');
    a.add('r4', address);
    a.call(pdaRoutine(g, 'verify'));
    const mismatch = a.newLabel(`${account}_seeds_check_mismatch`);
    a.jumpIf('jne', 'r0', 0, mismatch);
    a.exit();
    a.bind(mismatch);
    a.mov(COMPARED_LEFT, 'r6');
    a.add(COMPARED_LEFT, RECORD.key);
    a.mov(COMPARED_RIGHT, 'r2'); // the address, or 0: none
    a.jump(cg.errors.anchor('ConstraintSeeds', account, { comparedPubkeys: true }));
    cg.frame.release(mark);
  }, key);
}

/**
 * The sha256 check over the seed slices and the bump's, the routine adding the program id and marker.
 * create_program_address refuses a seed over 32 bytes before hashing, and Anchor reports that as 2006
 * without the keys: a string seed has no length bound, so its length is checked first.
 */
function emitGeneralVerify(g: InstructionGen, account: string, seeds: readonly Seed[], bump: BumpAt, slots: { slices: number; address: number }): void {
  const a = g.cg.asm;
  emitSeedSlices(g, seeds, slots.slices, bump);
  seeds.forEach((seed, i) => {
    if (seed.kind === 'const' || seed.kind === 'accountKey' || seed.type.kind !== 'string') return;
    a.ldx(8, 'r2', 'r10', slots.slices + SOL_BYTES.size * i + SOL_BYTES.len);
    a.jumpIf('jgt', 'r2', MAX_SEED_LEN, g.cg.errors.anchor('ConstraintSeeds', account));
  });
  a.mov('r1', 'r10');
  a.add('r1', slots.slices);
  a.mov('r2', seeds.length + 1);
  g.loadRecord('r3', account);
  a.mov('r4', 'r10');
  a.add('r4', slots.address);
  a.call(pdaRoutine(g, 'verify'));
  emitMismatchExit(g, account);
}

/** The PDA and canonical bump of seeds that are all constants (under `program`, else this one), or null. */
function constantPda(g: InstructionGen, seeds: readonly Seed[], program?: string): { address: Uint8Array; bump: number } | null {
  if (!seeds.every((s) => s.kind === 'const')) return null;
  const bytes = seeds.map((s) => Uint8Array.from((s as Seed & { kind: 'const' }).bytes));
  const owner = program ?? g.cg.program.programId;
  const key = `${owner}:${bytes.map((b) => Buffer.from(b).toString('hex')).join(',')}`;
  let found = knownPdas.get(key);
  if (!found) {
    found = findProgramAddress(bytes, owner);
    knownPdas.set(key, found);
  }
  return { address: found.address.slice(), bump: found.bump };
}

/**
 * Constant PDAs already searched for (program id and seeds → address and bump): each search takes curve
 * arithmetic per bump tried, and every handler asks again how many handlers check the same account.
 */
const knownPdas = new Map<string, { address: Uint8Array; bump: number }>();

/**
 * 2006 (Left = the key passed, Right = the expected address) unless the account's key is `address`
 * (`recordInR2`: the account's record address is in r2 already). Where several instructions check the same
 * account against the same address (a program's config PDA), one routine makes the check for all of them:
 * two instructions at each site instead of sixteen, for three more compute units.
 */
function emitKnownAddressCheck(g: InstructionGen, account: string, address: Uint8Array, recordInR2 = false): void {
  const a = g.cg.asm;
  if (!recordInR2) g.loadRecord('r2', account);
  if (instructionsCheckingAddress(g, account, address) < SHARED_ADDRESS_CHECK_FROM) {
    emitAddressCompare(g, account, address);
    return;
  }
  const hex = Buffer.from(address).toString('hex');
  const routine = g.cg.helper(`${account}_is_the_pda`, () => {
    emitAddressCompare(g, account, address);
    a.mov('r0', 0);
    a.exit();
  }, `is-the-pda:${account}:${hex}`);
  a.call(routine);
  a.jumpIf('jne', 'r0', 0, g.cg.passFailureOn());
}

/** From this many instructions checking one account against one constant address, the check is a routine. */
const SHARED_ADDRESS_CHECK_FROM = 3;

/** The record in r2 against `address`, word by word; a mismatch goes to the error exit (r3, r4 scratch). */
function emitAddressCompare(g: InstructionGen, account: string, address: Uint8Array): void {
  const a = g.cg.asm;
  const expected = g.cg.bytes(address, 8);
  // The record is in r2 at every jump here: one block serves every handler (and the routine).
  const mismatch = g.cg.coldShared(`not-the-pda:${account}:${Buffer.from(address).toString('hex')}`, `${account}_not_the_pda`, () => {
    a.mov(COMPARED_LEFT, 'r2');
    a.add(COMPARED_LEFT, RECORD.key);
    a.lddwRodata(COMPARED_RIGHT, expected);
    a.jump(g.cg.errors.anchor('ConstraintSeeds', account, { comparedPubkeys: true }));
  });
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r3', 'r2', RECORD.key + 8 * w);
    a.lddw('r4', readU64(address, 8 * w));
    a.jumpIf('jne', 'r3', 'r4', mismatch);
  }
}

/** How many of the program's instructions check `account` against the constant PDA `address`. */
function instructionsCheckingAddress(g: InstructionGen, account: string, address: Uint8Array): number {
  return g.cg.program.instructions.filter((ix) => ix.accounts.some((p) => {
    if (p.name !== account || !p.pda) return false;
    const known = constantPda(g, p.pda.seeds, p.pda.program);
    return known !== null && Buffer.from(known.address).equals(Buffer.from(address));
  })).length;
}

/**
 * After a PDA routine: r0 ≠ 0 → 2006, logging the account's key and the expected address, if any (the routine left the
 * record address in r1 and the address's in r2, so one block serves every handler).
 */
function emitMismatchExit(g: InstructionGen, account: string): void {
  const a = g.cg.asm;
  const mismatch = g.cg.coldShared(`seeds-mismatch:${account}`, `${account}_seeds_mismatch`, () => {
    a.mov(COMPARED_LEFT, 'r1');
    a.add(COMPARED_LEFT, RECORD.key);
    a.mov(COMPARED_RIGHT, 'r2');
    a.jump(g.cg.errors.anchor('ConstraintSeeds', account, { comparedPubkeys: true }));
  });
  a.jumpIf('jne', 'r0', 0, mismatch);
}

/**
 * Routines shared by every PDA check, returning r0 = 0 when the record's key is the PDA, otherwise r0 = 1 with
 * r1 = the record and r2 = the derived address, for the caller's error exit:
 *   find_pda(r1 = seed slices, r2 = count, r3 = record*, r4 = out address*, r5 = out bump*)
 *     sol_try_find_program_address (1,500 CU per bump tried), as Anchor's `seeds, bump`; one routine per
 *     program the seeds derive under (`seeds::program`);
 *   verify_pda(r1 = seed slices with the bump last and room for 1 more, r2 = count, r3 = record*,
 *     r4 = out address*): one sol_sha256 of seeds ‖ bump ‖ program id ‖ "ProgramDerivedAddress"; when that
 *     is not the key and lies on the curve it is no address: r2 = 0 (the error exit logs no keys).
 */
function pdaRoutine(g: InstructionGen, kind: 'find' | 'verify', program?: string): Label {
  const under = program === undefined ? '' : `_under_${program.slice(0, 8)}`;
  return g.cg.helper(`${kind}_pda${under}`, () => {
    const a = g.cg.asm;
    a.mov('r6', 'r3'); // record
    a.mov('r7', 'r4'); // address
    if (kind === 'find') {
      a.lddwRodata('r3', program === undefined ? g.programIdRef() : g.cg.bytes(pubkeyBytes(program), 8));
      a.syscall('sol_try_find_program_address');
    } else {
      // Append the program id and the marker after the given slices, as one slice of both (sol_sha256 charges
      // a slice max(10, length / 2): 26 for the pair either way, and one slice is three instructions fewer).
      a.mov('r3', 'r2');
      a.lsh('r3', 4);
      a.add('r3', 'r1');
      const suffix = g.cg.bytes([...pubkeyBytes(g.cg.program.programId), ...new TextEncoder().encode(PDA_MARKER)]);
      a.lddwRodata('r4', suffix);
      a.stx(8, 'r3', SOL_BYTES.addr, 'r4');
      a.st(8, 'r3', SOL_BYTES.len, suffix.length);
      a.add('r2', 1);
      a.mov('r3', 'r7');
      a.syscall('sol_sha256');
    }
    const differ = a.newLabel(`${kind}_pda_differs`);
    emitJumpIfKeysDiffer(a, ['r7', 0], ['r6', RECORD.key], ['r3', 'r4'], differ);
    a.mov('r0', 0);
    a.exit();
    a.bind(differ);
    a.mov('r2', 'r7');
    if (kind === 'verify') {
      // Anchor derives with create_program_address, which refuses a hash that is a point on the curve (the
      // seeds give no address): 2006 without the keys, so the error exit gets no address (r2 = 0). Only a
      // failed check asks (159 CU): the hot path stays one hash.
      a.mov('r1', CURVE25519_EDWARDS);
      a.syscall('sol_curve_validate_point');
      a.mov('r2', 'r7');
      a.mul('r2', 'r0'); // r0 = 0: a point on the curve, 1: not one
    }
    a.mov('r1', 'r6');
    a.mov('r0', 1);
    a.exit();
  });
}

/** sol_curve_validate_point's curve id for ed25519 (Edwards form): returns 0 when the bytes are a point, else 1. */
const CURVE25519_EDWARDS = 0;
