// The DSL programs this one calls by CPI, in the emitted Rust: one root module per callee, shaped like what
// `declare_program!(callee)` generates from its IDL — the program id, `program::Callee` (the `Program<'info, …>`
// type) and `cpi::<instruction>` functions — written out, so the workspace needs no copy of the callee's IDL. Each
// function builds the callee's instruction (discriminator, then the little-endian arguments) and invokes it; a
// failure in the callee fails the caller with the callee's error.
// In: the Program (Program.callees) and a `programCpi` statement. Out: RustModules, the field type of a
// `Program<Callee>` account and the call Doc.
import type { CalleeInstruction, CalleeProgram, Program, Stmt } from '../../ir/types.js';
import { assignment, call, chain, INDENT, pad, statement, text, type ChainLink, type Doc } from './format.js';
import { fnSignature } from './instruction.js';
import type { RustModule } from './modules.js';
import { rustType } from './types.js';
import { valueDoc } from './expressions.js';
import type { BodyScope } from './statements.js';

export function calleeModules(program: Program): RustModule[] {
  return (program.callees ?? []).map((callee) => ({
    name: callee.name,
    imports: ['use anchor_lang::prelude::*;', 'use anchor_lang::solana_program::instruction::Instruction;', 'use anchor_lang::solana_program::program::invoke;'],
    children: [],
    reexported: false,
    items: (base) => calleeItems(callee, base),
  }));
}

/** `Program<'info, crate::callee::program::Callee>`. */
export function calleeProgramType(program: Program, callee: string): string {
  return `Program<'info, crate::${callee}::program::${calleeOf(program, callee).className}>`;
}

/** `crate::callee::cpi::ix(program.to_account_info(), a.to_account_info(), …, arg, …)?`. */
export function programCpiDoc(s: Stmt & { kind: 'programCpi' }, scope: BodyScope): Doc {
  const info = (name: string): Doc => chain(text(name), [{ method: 'to_account_info', args: [] }]);
  const args = [info(s.program), ...s.accounts.map((a) => info(a.account)), ...s.args.map((e) => valueDoc(e, scope))];
  return chain(call(`crate::${s.callee}::cpi::${s.instruction}`, args), [{ try: true }]);
}

function calleeOf(program: Program, name: string): CalleeProgram {
  const callee = program.callees?.find((c) => c.name === name);
  if (!callee) throw new Error(`internal: no callee program ${name}`);
  return callee;
}

/** The module's items at `base` (0 in a file of its own, deeper in the single-file lib.rs). */
function calleeItems(callee: CalleeProgram, base: number): string[] {
  const lines = (indent: number, texts: string[]): string[] => texts.map((t) => (t === '' ? '' : pad(indent) + t));
  const inner = base + INDENT;
  return [
    ...lines(base, [`/// ${callee.className}, which this program calls by CPI.`, `pub const ID: Pubkey = pubkey!("${callee.programId}");`, '', 'pub mod program {']),
    ...lines(inner, [
      'use super::*;',
      '',
      `/// The type of the \`Program<'info, ${callee.className}>\` account that CPIs into it go through.`,
      '#[derive(Clone)]',
      `pub struct ${callee.className};`,
      '',
      `impl anchor_lang::Id for ${callee.className} {`,
      '    fn id() -> Pubkey {',
      '        ID',
      '    }',
      '}',
    ]),
    ...lines(base, ['}', '', 'pub mod cpi {']),
    ...lines(inner, ['use super::*;']),
    ...callee.instructions.flatMap((ix) => ['', ...cpiFunction(ix, inner)]),
    ...lines(base, ['}']),
  ];
}

/** One instruction's CPI (at `indent`): the program account, its accounts in order, then its arguments. */
function cpiFunction(ix: CalleeInstruction, indent: number): string[] {
  const at = pad(indent);
  const body = indent + INDENT;
  const params = [
    "program: AccountInfo<'info>",
    ...ix.accounts.map((a) => `${a.name}: AccountInfo<'info>`),
    ...ix.args.map((a) => `${a.name}: ${rustType(a.type)}`),
  ];
  const metas: Doc = {
    kind: 'array', prefix: 'vec!',
    items: ix.accounts.map((a) => call(`AccountMeta::${a.writable ? 'new' : 'new_readonly'}`, [text(`*${a.name}.key`), text(String(a.signer))])),
  };
  const instruction: Doc = {
    kind: 'struct', name: 'Instruction',
    fields: [{ name: 'program_id', value: text('ID') }, { name: 'accounts', value: text('metas') }, { name: 'data', value: text('bytes') }],
  };
  const infos: Doc = { kind: 'array', prefix: '&', items: [...ix.accounts.map((a) => text(a.name)), text('program')] };
  const accounts = ix.accounts.map((a) => a.name).join(', ') || 'none';
  const args = ix.args.length > 0 ? `; arguments ${ix.args.map((a) => a.name).join(', ')}` : '';
  return [
    `${at}/// \`${ix.name}\`: accounts ${accounts}${args}.`,
    ...fnSignature(`pub fn ${ix.name}<'info>`, params, 'Result<()>', indent),
    assignment(ix.args.length > 0 ? 'let mut bytes' : 'let bytes', { kind: 'array', prefix: 'vec!', items: ix.discriminator.map((b) => text(String(b))) }, body),
    ...ix.args.map((a) => statement(chain(text('bytes'), [argBytes(a.name, a.type.kind)]), body)),
    assignment('let metas', metas, body),
    statement(chain(call('invoke', [{ kind: 'wrap', open: '&', inner: instruction, close: '' }, infos]), [{ try: true }]), body),
    `${pad(body)}Ok(())`,
    `${at}}`,
  ];
}

/** Appends an argument's borsh bytes (the front end allows integers, Booleans and Pubkeys). */
function argBytes(name: string, kind: string): ChainLink {
  switch (kind) {
    case 'int': return { method: 'extend_from_slice', args: [text(`&${name}.to_le_bytes()`)] };
    case 'bool': return { method: 'push', args: [text(`${name} as u8`)] };
    case 'pubkey': return { method: 'extend_from_slice', args: [text(`${name}.as_ref()`)] };
    default: throw new Error(`internal: a ${kind} CPI argument`);
  }
}
