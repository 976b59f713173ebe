// The Anchor backend's spelling of optional arguments: `Option<T>` parameters (a Some string checked against
// its maximum length like a plain one), `if let Some(x) = x` where the
// branch reads the value (from a clone when the value is not Copy), `x.is_some()` / `x.is_none()` where it
// does not, a negated test turned around so that the branch binding the value comes first, `else if let`,
// and the option passed as is to set_authority and as `Option<&Pubkey>` to initialize_mint2.
import { describe, expect, it } from 'vitest';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { compileInline, wrap } from '../frontend/helpers.js';

/** The handler of `run(user: Signer, <params>)` around `body`, as emitted. */
function handler(params: string, body: string): string {
  const program = compileInline(wrap(`  run(user: Signer, ${params}): Result {\n${body}\n  }`));
  const file = emitAnchorWorkspace(program).get(`programs/${program.name}/src/instructions/run.rs`) ?? '';
  return file.slice(file.indexOf('pub fn handler'));
}

describe('optional arguments in Rust', () => {
  it('binds the value where the branch reads it and tests is_some/is_none where it does not', () => {
    expect(handler('data: Data, a?: u64, b?: u64', [
      '    if (a) {', '      data.count = a;', '    } else if (b !== undefined) {', '      data.count = b;', '    }',
      '    if (!a) {', '      data.count = new u64(1);', '    }',
      '    if (b) {', '      data.count = new u64(2);', '    }',
    ].join('\n'))).toBe(`pub fn handler(ctx: Context<Run>, a: Option<u64>, b: Option<u64>) -> Result<()> {
    let data = &mut ctx.accounts.data;
    if let Some(a) = a {
        data.count = a;
    } else if let Some(b) = b {
        data.count = b;
    }
    if a.is_none() {
        data.count = 1;
    }
    if b.is_some() {
        data.count = 2;
    }
    Ok(())
}
`);
  });

  it('bounds no Some string by its max_len, turns a negated test with an else around, and binds a value that is not Copy from a clone', () => {
    expect(handler('data: Data, label?: Str<16>', [
      '    if (label === undefined) {', '      data.count = new u64(0);', '    } else {', '      data.name = label;', '    }',
    ].join('\n'))).toBe(`pub fn handler(ctx: Context<Run>, label: Option<String>) -> Result<()> {
    let data = &mut ctx.accounts.data;
    if let Some(label) = label.clone() {
        data.name = label.clone();
    } else {
        data.count = 0;
    }
    Ok(())
}
`);
  });

  it('passes an optional key to set_authority as is and to initialize_mint2 as Option<&Pubkey>', () => {
    const text = handler('mint: Mint, other: Mint, next?: Pubkey', [
      '    TokenProgram.setAuthority(user, other, AuthorityType.MintTokens, next);',
      '    TokenProgram.initializeMint(mint, 6, user, next);',
    ].join('\n'));
    expect(text).toContain('        AuthorityType::MintTokens,\n        next,\n    )?;');
    expect(text).toContain('        6,\n        &user.key(),\n        next.as_ref(),\n    )?;');
  });
});
