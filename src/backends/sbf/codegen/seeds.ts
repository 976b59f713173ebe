// PDA seeds → SolBytes arrays, and the two PDA checks Anchor makes. In: IR seeds of one account.
// Out: code that builds `{addr, len}` slices on the stack; `seeds, bump` (canonical bump search with
// sol_try_find_program_address, as find_program_address does) and `seeds, bump = x` (one sol_sha256 of
// seeds ‖ bump ‖ program id ‖ "ProgramDerivedAddress", ≈160 CU instead of 1,500), both failing with
// ConstraintSeeds (2006) and logging the key passed and the expected address.
import type { Expr, Seed, Type } from '../../../ir/types.js';
import type { Label } from '../assembler.js';
import type { InstructionGen } from './context.js';
import { COMPARED_LEFT, COMPARED_RIGHT } from './errors.js';
import { ExprGen } from './expr.js';
import { PDA_MARKER, RECORD, SOL_BYTES } from './layout.js';
import { fieldOffset, intSize } from './values.js';
import { SbfUnsupportedError } from './unsupported.js';

/** Writes one SolBytes entry per seed at r10 + arraySlot (16 bytes each). Scratch: r0–r2. */
export function emitSeedSlices(g: InstructionGen, seeds: readonly Seed[], arraySlot: number): void {
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
        if (!view.state) throw new SbfUnsupportedError(null, `seeds from fields of ${seed.account} are not supported by the sBPF backend yet`);
        const base = g.loadStateBase('r1', seed.account);
        a.add('r1', base + fieldOffset(view.state.def.fields, seed.path, g.cg.structs).offset);
        storeValueSlice(g, seed.type, at);
        return;
      }
    }
  });
}

/** r1 = address of a value's wide image → a slice of its bytes (strings: the UTF-8 bytes only). */
function storeValueSlice(g: InstructionGen, type: Type, at: number): void {
  const a = g.cg.asm;
  switch (type.kind) {
    case 'string':
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
      throw new SbfUnsupportedError(null, `a ${type.kind} seed is not supported by the sBPF backend`);
  }
}

/** `seeds, bump`: finds the canonical bump, checks the key, stores the bump in the account's bump slot. */
export function emitFindPda(g: InstructionGen, account: string, seeds: readonly Seed[]): void {
  const a = g.cg.asm;
  const view = g.account(account);
  if (view.bumpSlot === undefined) throw new Error(`internal: no bump slot for ${account}`);
  const mark = g.cg.frame.mark();
  const slices = g.cg.frame.alloc(SOL_BYTES.size * seeds.length);
  const address = g.cg.frame.alloc(32);
  emitSeedSlices(g, seeds, slices);
  a.mov('r1', 'r10');
  a.add('r1', slices);
  a.mov('r2', seeds.length);
  a.lddwRodata('r3', g.programIdRef());
  a.mov('r4', 'r10');
  a.add('r4', address);
  a.mov('r5', 'r10');
  a.add('r5', view.bumpSlot);
  a.syscall('sol_try_find_program_address');
  const mismatch = g.cg.errors.anchor('ConstraintSeeds', account, { comparedPubkeys: true });
  emitCompareKey(g, account, address, mismatch);
  g.cg.frame.release(mark);
}

/** `seeds, bump = value`: one sha256 over the seeds, the bump and the program id, compared to the key. */
export function emitVerifyPda(g: InstructionGen, account: string, seeds: readonly Seed[], bump: Expr): void {
  const a = g.cg.asm;
  const view = g.account(account);
  if (view.bumpSlot === undefined) throw new Error(`internal: no bump slot for ${account}`);
  const exprs = new ExprGen(g, view.param);
  const b = exprs.value(bump);
  a.stx(1, 'r10', view.bumpSlot, b);
  exprs.free(b);
  const mark = g.cg.frame.mark();
  const count = seeds.length + 3;
  const slices = g.cg.frame.alloc(SOL_BYTES.size * count);
  const address = g.cg.frame.alloc(32);
  emitSeedSlices(g, seeds, slices);
  const tail = slices + SOL_BYTES.size * seeds.length;
  a.mov('r1', 'r10');
  a.add('r1', view.bumpSlot);
  a.stx(8, 'r10', tail + SOL_BYTES.addr, 'r1');
  a.st(8, 'r10', tail + SOL_BYTES.len, 1);
  a.lddwRodata('r1', g.programIdRef());
  a.stx(8, 'r10', tail + SOL_BYTES.size + SOL_BYTES.addr, 'r1');
  a.st(8, 'r10', tail + SOL_BYTES.size + SOL_BYTES.len, 32);
  const marker = g.cg.text(PDA_MARKER);
  a.lddwRodata('r1', marker);
  a.stx(8, 'r10', tail + 2 * SOL_BYTES.size + SOL_BYTES.addr, 'r1');
  a.st(8, 'r10', tail + 2 * SOL_BYTES.size + SOL_BYTES.len, marker.length);
  a.mov('r1', 'r10');
  a.add('r1', slices);
  a.mov('r2', count);
  a.mov('r3', 'r10');
  a.add('r3', address);
  a.syscall('sol_sha256');
  const mismatch = g.cg.errors.anchor('ConstraintSeeds', account, { comparedPubkeys: true });
  emitCompareKey(g, account, address, mismatch);
  g.cg.frame.release(mark);
}

/** Jumps to `mismatch` (with Left = the account's key, Right = the expected address) unless equal. */
function emitCompareKey(g: InstructionGen, account: string, expectedSlot: number, mismatch: Label): void {
  const a = g.cg.asm;
  const differ = a.newLabel(`${account}_seeds_differ`);
  const same = a.newLabel(`${account}_seeds_ok`);
  g.loadRecord('r2', account);
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r3', 'r10', expectedSlot + 8 * w);
    a.ldx(8, 'r4', 'r2', RECORD.key + 8 * w);
    a.jumpIf('jne', 'r3', 'r4', differ);
  }
  a.jump(same);
  a.bind(differ);
  a.mov(COMPARED_LEFT, 'r2');
  a.add(COMPARED_LEFT, RECORD.key);
  a.mov(COMPARED_RIGHT, 'r10');
  a.add(COMPARED_RIGHT, expectedSlot);
  a.jump(mismatch);
  a.bind(same);
}
