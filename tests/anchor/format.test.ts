// The rustfmt-like layout of the Anchor backend: where chains, calls, macros and struct literals break.
import { describe, expect, it } from 'vitest';
import { assignment, call, chain, macro, statement, text, type Doc } from '../../src/backends/anchor/format.js';

const overflow = { method: 'ok_or', args: [text('ProgramError::ArithmeticOverflow')] };
const checkedAdd = (root: string, rhs: string): Doc =>
  chain(text(root), [{ method: 'checked_add', args: [text(rhs)] }, overflow, { try: true }]);

describe('Anchor layout', () => {
  it('keeps a chain of at most 60 characters on one line', () => {
    expect(assignment('x', checkedAdd('a', 'b'), 4)).toBe('    x = a.checked_add(b).ok_or(ProgramError::ArithmeticOverflow)?;');
  });

  it('breaks a longer chain one link per line', () => {
    expect(assignment('x', checkedAdd('amount', '1'), 4)).toBe(`    x = amount
        .checked_add(1)
        .ok_or(ProgramError::ArithmeticOverflow)?;`);
  });

  it('moves a single-link chain that does not fit to the next line', () => {
    const convert = chain(call('u64::try_from', [text('counter.big')]), [
      { method: 'map_err', args: [text('|_| error!(ErrorCode::InvalidNumericConversion)')] },
      { try: true },
    ]);
    expect(assignment('some_long_variable_name.field', convert, 4)).toBe(`    some_long_variable_name.field =
        u64::try_from(counter.big).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;`);
  });

  it('breaks macro arguments over 60 characters without a trailing comma', () => {
    const require = macro('require', [text('name.len() <= 50'), text('anchor_lang::error::ErrorCode::InstructionDidNotDeserialize')]);
    expect(statement(require, 4)).toBe(`    require!(
        name.len() <= 50,
        anchor_lang::error::ErrorCode::InstructionDidNotDeserialize
    );`);
  });

  it('keeps a struct literal of up to 18 characters of fields on one line', () => {
    const event: Doc = { kind: 'struct', name: 'E', fields: [{ name: 'a', value: text('1') }, { name: 'b', value: text('222') }] };
    expect(statement(macro('emit', [event]), 4)).toBe('    emit!(E { a: 1, b: 222 });');
  });

  it('overflows a longer struct literal out of a macro, without a trailing comma', () => {
    const event: Doc = { kind: 'struct', name: 'E', fields: [{ name: 'a', value: text('1') }, { name: 'bbbbbbbb', value: text('2222') }] };
    expect(statement(macro('emit', [event]), 4)).toBe(`    emit!(E {
        a: 1,
        bbbbbbbb: 2222
    });`);
  });
});
