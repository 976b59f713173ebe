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

  it('overflows a lone call argument from the line of its callee', () => {
    const inner = call('CpiContext::new', [text('token_program.to_account_info()'), text('some_much_longer_accounts_struct_value')]);
    expect(statement(chain(call('token::revoke', [inner]), [{ try: true }]), 4)).toBe(`    token::revoke(CpiContext::new(
        token_program.to_account_info(),
        some_much_longer_accounts_struct_value,
    ))?;`);
  });

  it('overflows the only array of an array, as CPI signer seeds are written', () => {
    const seeds: Doc = { kind: 'array', prefix: '&', items: [{ kind: 'array', prefix: '&', items: [
      text('b"escrow"'), text('maker.key().as_ref()'), text('escrow.seed.to_le_bytes().as_ref()'), text('&[escrow.bump]'),
    ] }] };
    expect(statement(call('f', [text('a'), seeds]), 4)).toBe(`    f(
        a,
        &[&[
            b"escrow",
            maker.key().as_ref(),
            escrow.seed.to_le_bytes().as_ref(),
            &[escrow.bump],
        ]],
    );`);
  });

  it('counts a trailing ? after a chain link twice against the line width, as rustfmt does', () => {
    const convert = chain(call('u32::try_from', [text('amount')]), [
      { method: 'map_err', args: [text('|_| error!(ErrorCode::InvalidNumericConversion)')] },
      { try: true },
    ]);
    // 99 columns on one line: rustfmt moves the right side down all the same.
    expect(assignment('ledger.small', convert, 4)).toBe(`    ledger.small =
        u32::try_from(amount).map_err(|_| error!(ErrorCode::InvalidNumericConversion))?;`);
  });

  it('keeps the first field on a root no wider than one indent at the start of a line', () => {
    const sum = chain(text('mint'), [{ field: 'supply' }, { method: 'checked_add', args: [text('amount')] }, overflow, { try: true }]);
    const cond: Doc = { kind: 'binary', op: '<=', operands: [sum, text('1000000000000000')] };
    expect(statement(macro('require', [cond, text('MinterProgramError::SupplyCapExceeded')]), 4)).toBe(`    require!(
        mint.supply
            .checked_add(amount)
            .ok_or(ProgramError::ArithmeticOverflow)?
            <= 1000000000000000,
        MinterProgramError::SupplyCapExceeded
    );`);
  });

  it('breaks before the first field of a narrow root that does not start its line', () => {
    const sum = chain(text('mint'), [{ field: 'supply' }, { method: 'checked_add', args: [text('amount_to_mint_now')] }, overflow, { try: true }]);
    expect(assignment('let total_supply_after_minting: u64', sum, 4)).toBe(`    let total_supply_after_minting: u64 = mint
        .supply
        .checked_add(amount_to_mint_now)
        .ok_or(ProgramError::ArithmeticOverflow)?;`);
  });

  it('moves the one link of a long-rooted chain to its own line rather than break the root', () => {
    const convert = chain(call('u64::try_from', [text('wide')]), [
      { method: 'map_err', args: [text('|_| error!(ErrorCode::InvalidNumericConversion)')] },
      { try: true },
    ]);
    expect(statement(call('ledger.total.checked_add', [convert]), 20)).toBe(`                    ledger.total.checked_add(
                        u64::try_from(wide)
                            .map_err(|_| error!(ErrorCode::InvalidNumericConversion))?,
                    );`);
  });
});
