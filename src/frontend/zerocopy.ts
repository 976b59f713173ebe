// Zero-copy account layouts (`export interface X extends ZeroCopyAccount {…}`, Anchor's `#[account(zero_copy)]`).
// In: the lowered fields of one zero-copy state. Out: diagnostics for what bytemuck's Pod cannot hold: a field
// that is not an integer, a Pubkey or a FixedArray of those (PS2044), and any padding in the repr(C) layout
// (PS2046), which `#[derive(Pod)]` refuses at compile time. Without padding the repr(C) offsets are the borsh
// ones, so every backend reads the fields where the borsh layout puts them. Also: a zero-copy account named as an
// account of a CPI is refused (PS3065).
import type ts from 'typescript';
import type { StateAccountDef, Type } from '../ir/types.js';
import { INT_BITS } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import { dslError } from '../diagnostics/diagnostic.js';
import type { LowerContext } from './context.js';
import type { AccountBinding } from './scope.js';
import { typeText } from './types.js';

/** Pod element types: integers and Pubkeys (`[u8; 32]`), and arrays of them. */
function isPod(t: Type): boolean {
  if (t.kind === 'int' || t.kind === 'pubkey') return true;
  return t.kind === 'array' && isPod(t.elem);
}

/**
 * Rust's alignment of a Pod type. u128/i128 align to 16 on x86-64 since Rust 1.77 (where `cargo check` and
 * Anchor's IDL build run) and to 8 on SBF (the on-chain layout): `u128Align` picks the target.
 */
function alignOf(t: Type, u128Align: number): number {
  if (t.kind === 'int') return INT_BITS[t.name] === 128 ? u128Align : INT_BITS[t.name] / 8;
  if (t.kind === 'array') return alignOf(t.elem, u128Align);
  return 1; // Pubkey: [u8; 32]
}

function sizeOf(t: Type): number {
  if (t.kind === 'int') return INT_BITS[t.name] / 8;
  if (t.kind === 'array') return t.len * sizeOf(t.elem);
  return 32;
}

/** Reports the fields and padding a zero-copy state cannot have. */
export function checkZeroCopyState(ctx: LowerContext, state: StateAccountDef): void {
  const fields = state.fields.filter((f) => {
    if (isPod(f.type)) return true;
    ctx.diagnostics.push(dslError(Messages.ZeroCopyFieldType, f.span, f.name, state.name, typeText(f.type)));
    return false;
  });
  if (fields.length !== state.fields.length) return;
  for (const u128Align of [16, 8]) {
    let offset = 0;
    let structAlign = 1;
    for (const f of fields) {
      const align = alignOf(f.type, u128Align);
      structAlign = Math.max(structAlign, align);
      const padding = (align - (offset % align)) % align;
      if (padding > 0) {
        ctx.diagnostics.push(dslError(Messages.ZeroCopyPadding, f.span, state.name, padding, `before field '${f.name}'`));
        return;
      }
      offset += sizeOf(f.type);
    }
    const trailing = (structAlign - (offset % structAlign)) % structAlign;
    if (trailing > 0) {
      ctx.diagnostics.push(dslError(Messages.ZeroCopyPadding, state.span, state.name, trailing, 'at its end'));
      return;
    }
  }
}

/**
 * Whether `binding`, passed as an account of the CPI `call` (e.g. `SystemProgram.transfer`), is a zero-copy account,
 * reported at `node` (PS3065). Anchor's handler holds each AccountLoader's data borrowed (`load`/`load_mut`) from its
 * start to its end, and the runtime's CPI borrows every account it names (`try_borrow_mut_data` for a writable
 * one): the Rust would fail with AccountBorrowFailed where the sBPF program would not, so neither takes it.
 */
export function refuseZeroCopyCpiAccount(ctx: LowerContext, binding: AccountBinding, node: ts.Node, call: string): boolean {
  if (!binding.state?.zeroCopy) return false;
  ctx.error(Messages.ZeroCopyCpiAccount, node, binding.param.name, call);
  return true;
}
