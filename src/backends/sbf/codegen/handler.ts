// One instruction handler, in Anchor's order (docs/anchor-contract.md §4.2): log `Instruction: <Name>`, decode
// the arguments (102), validate the accounts, run the body, exit. In: the IR instruction and the entry's
// stack slots. Out: the handler's code at `label`.
import type { Label } from '../assembler.js';
import { isFixedSize } from '../../../ir/layout.js';
import { logsInstructionName } from '../../../ir/features.js';
import { pascalCase } from '../../../ir/names.js';
import type { Instruction, Stmt, Type } from '../../../ir/types.js';
import { someExpr } from '../../../ir/walk.js';
import { emitAccountValidation } from './accounts.js';
import { InstructionGen, mostUsedAccount, type AccountView, type Codegen } from './context.js';
import { emitRecordTable, type EntrySlots } from './entry.js';
import { emitExit } from './exit.js';
import { recordsRead } from './records.js';
import { CLOCK, HEAP_START, INPUT } from './layout.js';
import { emitStatements } from './statements.js';
import { imageSize } from './values.js';
import { emitDecode, emitValidateBools } from './borsh.js';
import { PROGRAM_DATA_IMAGE } from './programdata.js';
import { emitZeroCopyLoads } from './zerocopy.js';

export function emitHandler(cg: Codegen, slots: EntrySlots, ix: Instruction, label: Label): void {
  const a = cg.asm;
  const frameMark = cg.frame.mark();
  const heapMark = cg.heap.mark();
  const g = new InstructionGen(cg, ix, slots.ixData);
  cg.keptRecords = new Map();
  planAccounts(g, slots);

  // r1 = input, r2 = end of the instruction data, r4 = its length, r0 = 0 (entry.ts)
  a.bind(label);
  g.r0ZeroFrom = a.pc;
  // Without the `no-log-ix-name` feature the handler logs its name first, as Anchor's does.
  const name = logsInstructionName(cg.program) ? cg.text(`Instruction: ${pascalCase(ix.name)}`) : null;
  const logName = () => {
    if (name === null) return;
    a.lddwRodata('r1', name);
    a.mov('r2', name.length);
    a.syscall('sol_log_');
  };
  if (ix.args.length > 0) {
    a.sub('r2', 'r4');
    if (keepsDataInRegister(g)) {
      g.ixDataReg = 'r8';
      a.mov('r8', 'r2');
    } else a.stx(8, 'r10', slots.ixData, 'r2');
  }
  // Arguments shorter than their fixed-size prefix fail with 102 after the Instruction log, as in Anchor;
  // testing before the log keeps the length in a register on the success path.
  const prefixSize = fixedPrefixSize(g);
  if (prefixSize > 0) {
    a.jumpIf('jlt', 'r4', 8 + prefixSize, cg.cold(`${ix.name}_short_data`, () => {
      logName();
      a.jump(cg.errors.anchor('InstructionDidNotDeserialize'));
    }));
  }
  if (ix.accounts.length > 0) a.ldx(8, 'r9', 'r1', INPUT.accountCount); // r9 = number of accounts, until validation ends
  emitRecordTable(cg, slots, recordsRead(ix), ix.accounts.length);
  logName();
  if (name !== null) g.r0ZeroFrom = a.pc;
  cg.probe(`${ix.name} start`);

  emitArgs(g, slots);
  // Every static image is planned by now; the scratch of statements starts after the largest such plan.
  if (HEAP_START + BigInt(cg.heap.mark()) > cg.scratch) throw new Error(`internal: ${ix.name}'s heap images reach the scratch`);
  if (usesClock(ix.body)) {
    g.clock = cg.frame.alloc(CLOCK.size);
    a.mov('r1', 'r10');
    a.add('r1', g.clock);
    a.syscall('sol_get_clock_sysvar');
  }
  cg.probe(`${ix.name} args+clock`);
  emitAccountValidation(g);
  cg.probe(`${ix.name} validated`);
  emitZeroCopyLoads(g);
  keepMostUsedRecord(g);
  emitStatements(g, ix.body);
  emitExit(g);

  cg.frame.release(frameMark);
  cg.heap.release(heapMark);
}

/**
 * After validation r9 (the account count) is free: when the body does not keep the instruction data in a
 * register too (the pool would be down to two), r9 keeps the record of the state account it uses most.
 */
function keepMostUsedRecord(g: InstructionGen): void {
  if (g.ixDataReg !== null) return;
  const inPlace = [...g.accounts.values()].flatMap((v) => (v.state?.image.kind === 'inPlace' ? [v.param.name] : []));
  const kept = mostUsedAccount(g.ix.body, inPlace);
  if (kept !== null) g.keepRecord(kept);
}

function planAccounts(g: InstructionGen, slots: EntrySlots): void {
  const cg = g.cg;
  g.ix.accounts.forEach((param, index) => {
    const view: AccountView = { param, index, recordSlot: slots.table + 8 * index };
    if (param.account.kind === 'state') {
      const def = cg.state(param.account.type);
      const fixed = g.isFixedState(def);
      const size = def.fields.reduce((n, f) => n + imageSize(f.type, cg.structs), 0);
      view.state = { def, image: fixed ? { kind: 'inPlace' } : { kind: 'heap', heapOffset: cg.heap.alloc(size) } };
    }
    if (param.pda) view.bumpSlot = cg.frame.alloc(1, 1);
    if (param.account.kind === 'programData') view.programDataImage = cg.frame.alloc(PROGRAM_DATA_IMAGE.size);
    g.accounts.set(param.name, view);
  });
}

/**
 * Decodes the arguments after the 8-byte discriminator, of any length the instruction data holds (N in
 * `Str<N>` bounds no argument). Fixed-size arguments before the first variable-length one are read in
 * place (one length check for all of them); later ones get their address in a stack slot; strings and
 * vectors are validated in place and viewed from heap images.
 */
function emitArgs(g: InstructionGen, slots: EntrySlots): void {
  const cg = g.cg;
  const a = cg.asm;
  const invalid = cg.errors.anchor('InstructionDidNotDeserialize');
  const args = g.ix.args;
  const firstDynamic = args.findIndex((x) => !isFixedSize(x.type, cg.structs));
  const prefix = firstDynamic === -1 ? args : args.slice(0, firstDynamic);
  let offset = 8;
  for (const arg of prefix) {
    g.args.set(arg.name, { name: arg.name, type: arg.type, address: { kind: 'ixData', offset } });
    if (containsBool(arg.type)) {
      const { base } = g.argBase(arg.name, 'r6');
      emitValidateBools(cg, arg.type, base, offset, invalid);
    }
    offset += imageSize(arg.type, cg.structs);
  }
  if (firstDynamic === -1) return;

  // r6 = cursor, r7 = end of the instruction data (its length is the u64 just before it)
  a.ldx(8, 'r6', 'r10', slots.ixData);
  a.ldx(8, 'r7', 'r6', -8);
  a.add('r7', 'r6');
  a.add('r6', offset);
  for (const arg of args.slice(firstDynamic)) {
    if (isFixedSize(arg.type, cg.structs)) {
      const slot = cg.frame.alloc(8);
      a.stx(8, 'r10', slot, 'r6');
      g.args.set(arg.name, { name: arg.name, type: arg.type, address: { kind: 'slot', slot } });
      emitSkipFixed(g, arg.type, invalid);
    } else {
      const heapOffset = cg.heap.alloc(imageSize(arg.type, cg.structs));
      g.args.set(arg.name, { name: arg.name, type: arg.type, address: { kind: 'heap', offset: heapOffset } });
      a.lddw('r8', HEAP_START + BigInt(heapOffset));
      emitDecode(cg, arg.type, 0, invalid);
    }
  }
}

/** Validates and steps over a fixed-size argument read in place at r6. */
function emitSkipFixed(g: InstructionGen, type: Type, invalid: Label): void {
  const a = g.cg.asm;
  const size = imageSize(type, g.cg.structs);
  a.mov('r3', 'r7');
  a.sub('r3', 'r6');
  a.jumpIf('jslt', 'r3', size, invalid);
  emitValidateBools(g.cg, type, 'r6', 0, invalid);
  a.add('r6', size);
}

/**
 * The instruction data address can stay in r8 for the whole handler unless something uses r8 for
 * decoding or encoding strings/vectors: variable-length arguments, or states kept in heap images.
 */
function keepsDataInRegister(g: InstructionGen): boolean {
  const dynamicArg = g.ix.args.some((x) => !isFixedSize(x.type, g.cg.structs));
  const heapState = [...g.accounts.values()].some((v) => v.state?.image.kind === 'heap');
  return !dynamicArg && !heapState;
}

/** Bytes of the fixed-size arguments before the first string/vector argument. */
function fixedPrefixSize(g: InstructionGen): number {
  let size = 0;
  for (const arg of g.ix.args) {
    if (!isFixedSize(arg.type, g.cg.structs)) break;
    size += imageSize(arg.type, g.cg.structs);
  }
  return size;
}

function containsBool(t: Type): boolean {
  return t.kind === 'bool' || (t.kind === 'array' && containsBool(t.elem)) || t.kind === 'struct';
}

function usesClock(body: readonly Stmt[]): boolean {
  return someExpr(body, (e) => e.kind === 'clock');
}
