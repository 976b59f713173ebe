// SPL Token lowering: the shared escrow and minter programs (tests/programs) and small inline programs for
// every token constraint, field and TokenProgram function. Each test asserts the exact IR a backend reads:
// token/associatedToken/mint constraints, init space, mut and signer flags, the implicit program accounts
// in order, and tokenCpi statements with their role → account maps, value arguments and signer seeds.
import { describe, expect, it } from 'vitest';
import { MINT_FIELDS, TOKEN_ACCOUNT_FIELDS, TOKEN_FNS } from '../../src/ir/token.js';
import type { Stmt } from '../../src/ir/types.js';
import { bytes, compileInline, compileShared, instruction, wrap } from './helpers.js';

const u8 = { kind: 'int', name: 'u8' } as const;
const u64 = { kind: 'int', name: 'u64' } as const;
const pubkey = { kind: 'pubkey' } as const;
const u8Const = (value: number) => ({ kind: 'int', type: u8, value: BigInt(value) });
const program = (which: 'system' | 'token' | 'associatedToken', name: string) =>
  ({ name, account: { kind: 'program', program: which }, mut: false, signer: false, hasOne: [], implicit: true });
const SYSTEM_PROGRAM = program('system', 'system_program');
const TOKEN_PROGRAM = program('token', 'token_program');
const ASSOCIATED_TOKEN_PROGRAM = program('associatedToken', 'associated_token_program');
const plain = (name: string, kind: object, flags: { mut?: boolean; signer?: boolean } = {}) =>
  ({ name, account: kind, mut: flags.mut ?? false, signer: flags.signer ?? false, hasOne: [], implicit: false });
const MINT = { kind: 'mint' } as const;
const TOKEN_ACCOUNT = { kind: 'tokenAccount' } as const;
const ATA = { kind: 'associatedTokenAccount' } as const;
const escrowField = (path: string, type: object) => ({ kind: 'field', account: 'escrow', path: [path], type });
const ESCROW_SEEDS = [{ kind: 'const', bytes: bytes('escrow') }, { kind: 'accountKey', account: 'maker' }, { kind: 'field', account: 'escrow', path: ['seed'], type: u64 }];

/** One instruction `run(user: Signer, <params>)` around `body`. */
function lowerRun(params: string, body: string) {
  return instruction(compileInline(wrap(`  run(user: Signer, ${params}): Result {\n${body}\n  }`)), 'run');
}

describe('escrow', () => {
  const p = compileShared('escrow');

  it('make: the vault is a token account PDA created with its mint and the escrow as authority', () => {
    expect(instruction(p, 'make').accounts).toEqual([
      plain('maker', { kind: 'signer' }, { mut: true, signer: true }),
      plain('mint_a', MINT),
      plain('mint_b', MINT),
      { ...plain('maker_ata_a', ATA, { mut: true }), associatedToken: { mint: 'mint_a', authority: 'maker' } },
      {
        ...plain('escrow', { kind: 'state', type: 'Escrow' }, { mut: true }),
        pda: { seeds: [{ kind: 'const', bytes: bytes('escrow') }, { kind: 'accountKey', account: 'maker' }, { kind: 'arg', arg: 'seed', type: u64 }], bump: { kind: 'canonical' } },
        init: { payer: 'maker', ifNeeded: false, space: 8 + 32 * 3 + 8 + 8 + 1 + 1 },
      },
      {
        ...plain('vault', TOKEN_ACCOUNT, { mut: true }),
        pda: { seeds: [{ kind: 'const', bytes: bytes('vault') }, { kind: 'accountKey', account: 'escrow' }], bump: { kind: 'canonical' } },
        token: { mint: 'mint_a', authority: 'escrow' },
        init: { payer: 'maker', ifNeeded: false, space: 165 },
      },
      SYSTEM_PROGRAM,
      TOKEN_PROGRAM,
    ]);
  });

  it('make: stores both bumps, then transfers the deposit from the maker into the vault', () => {
    const body = instruction(p, 'make').body;
    expect(body.slice(-3)).toEqual([
      { kind: 'assign', place: escrowField('bump', u8), value: { kind: 'bump', account: 'escrow', type: u8 } },
      { kind: 'assign', place: escrowField('vault_bump', u8), value: { kind: 'bump', account: 'vault', type: u8 } },
      { kind: 'tokenCpi', fn: 'transfer', accounts: { from: 'maker_ata_a', to: 'vault', authority: 'maker' }, args: [{ kind: 'arg', name: 'deposit', type: u64 }] },
    ]);
  });

  it('take: ATAs created if needed (never signers), stored bumps, then system, token and associated token programs', () => {
    expect(instruction(p, 'take').accounts).toEqual([
      plain('taker', { kind: 'signer' }, { mut: true, signer: true }),
      plain('maker', { kind: 'system' }, { mut: true }),
      plain('mint_a', MINT),
      plain('mint_b', MINT),
      { ...plain('taker_ata_a', ATA, { mut: true }), associatedToken: { mint: 'mint_a', authority: 'taker' }, init: { payer: 'taker', ifNeeded: true, space: 165 } },
      { ...plain('taker_ata_b', ATA, { mut: true }), associatedToken: { mint: 'mint_b', authority: 'taker' } },
      { ...plain('maker_ata_b', ATA, { mut: true }), associatedToken: { mint: 'mint_b', authority: 'maker' }, init: { payer: 'taker', ifNeeded: true, space: 165 } },
      {
        ...plain('escrow', { kind: 'state', type: 'Escrow' }, { mut: true }),
        hasOne: ['maker', 'mint_a', 'mint_b'],
        pda: { seeds: ESCROW_SEEDS, bump: { kind: 'given', value: escrowField('bump', u8) } },
        close: 'maker',
      },
      {
        ...plain('vault', TOKEN_ACCOUNT, { mut: true }),
        pda: { seeds: [{ kind: 'const', bytes: bytes('vault') }, { kind: 'accountKey', account: 'escrow' }], bump: { kind: 'given', value: escrowField('vault_bump', u8) } },
        token: { mint: 'mint_a', authority: 'escrow' },
      },
      SYSTEM_PROGRAM,
      TOKEN_PROGRAM,
      ASSOCIATED_TOKEN_PROGRAM,
    ]);
  });

  it('take: pays the maker, empties the vault to the taker and closes it, both signed by the escrow seeds', () => {
    const signerSeeds = [...ESCROW_SEEDS, escrowField('bump', u8)];
    expect(instruction(p, 'take').body).toEqual([
      { kind: 'tokenCpi', fn: 'transfer', accounts: { from: 'taker_ata_b', to: 'maker_ata_b', authority: 'taker' }, args: [escrowField('receive', u64)] },
      {
        kind: 'tokenCpi', fn: 'transfer', accounts: { from: 'vault', to: 'taker_ata_a', authority: 'escrow' },
        args: [{ kind: 'field', account: 'vault', path: ['amount'], type: u64 }], signerSeeds,
      },
      { kind: 'tokenCpi', fn: 'closeAccount', accounts: { account: 'vault', destination: 'maker', authority: 'escrow' }, args: [], signerSeeds },
    ]);
  });

  it('refund: nothing is created, so only the token program is appended', () => {
    const ix = instruction(p, 'refund');
    expect(ix.accounts.map((a) => [a.name, a.mut, a.implicit])).toEqual([
      ['maker', true, false], ['mint_a', false, false], ['maker_ata_a', true, false], ['escrow', true, false], ['vault', true, false],
      ['token_program', false, true],
    ]);
    expect(ix.body.map((s) => s.kind === 'tokenCpi' && [s.fn, s.accounts])).toEqual([
      ['transfer', { from: 'vault', to: 'maker_ata_a', authority: 'escrow' }],
      ['closeAccount', { account: 'vault', destination: 'maker', authority: 'escrow' }],
    ]);
  });
});

describe('minter', () => {
  const p = compileShared('minter');

  it('initialize: the mint is a PDA created with the config PDA as authority and 6 decimals', () => {
    expect(instruction(p, 'initialize').accounts.slice(2)).toEqual([
      {
        ...plain('mint', MINT, { mut: true }),
        pda: { seeds: [{ kind: 'const', bytes: bytes('mint') }], bump: { kind: 'canonical' } },
        mint: { authority: 'config', decimals: u8Const(6) },
        init: { payer: 'admin', ifNeeded: false, space: 82 },
      },
      SYSTEM_PROGRAM,
      TOKEN_PROGRAM,
    ]);
  });

  it('mint_tokens: the existing mint keeps its constraints and is mut because mintTo writes it', () => {
    const accounts = instruction(p, 'mint_tokens').accounts;
    expect(accounts[2]).toEqual({
      ...plain('mint', MINT, { mut: true }),
      pda: { seeds: [{ kind: 'const', bytes: bytes('mint') }], bump: { kind: 'canonical' } },
      mint: { authority: 'config', decimals: u8Const(6) },
    });
    expect(accounts.slice(3)).toEqual([
      plain('recipient', { kind: 'system' }),
      { ...plain('recipient_ata', ATA, { mut: true }), associatedToken: { mint: 'mint', authority: 'recipient' }, init: { payer: 'admin', ifNeeded: true, space: 165 } },
      SYSTEM_PROGRAM,
      TOKEN_PROGRAM,
      ASSOCIATED_TOKEN_PROGRAM,
    ]);
  });

  it('mint_tokens: checks the supply cap, then mints signed by the config seeds with the stored bump', () => {
    const supply = { kind: 'field', account: 'mint', path: ['supply'], type: u64 };
    const amount = { kind: 'arg', name: 'amount', type: u64 };
    expect(instruction(p, 'mint_tokens').body).toEqual([
      {
        kind: 'require', error: 'SupplyCapExceeded',
        cond: {
          kind: 'compare', op: 'le', type: { kind: 'bool' },
          left: { kind: 'arith', op: 'add', left: supply, right: amount, type: u64 },
          right: { kind: 'int', type: u64, value: 1_000_000_000_000_000n },
        },
      },
      {
        kind: 'tokenCpi', fn: 'mintTo', accounts: { mint: 'mint', to: 'recipient_ata', authority: 'config' }, args: [amount],
        signerSeeds: [{ kind: 'const', bytes: bytes('config') }, { kind: 'field', account: 'config', path: ['bump'], type: u8 }],
      },
    ]);
  });

  it('burn_tokens: the mint and the holder account are mut, the signing owner is not', () => {
    expect(instruction(p, 'burn_tokens').accounts.map((a) => [a.name, a.mut])).toEqual([
      ['owner', false], ['mint', true], ['owner_ata', true], ['token_program', false],
    ]);
  });
});

describe('token constraints', () => {
  it('a keypair mint (null seeds) has no PDA, signs its creation and may name a freeze authority', () => {
    const ix = lowerRun('mint: Mint', '    mint.derive(null, user.key, 9, user.key).init(user);');
    expect(ix.accounts[1]).toEqual({
      ...plain('mint', MINT, { mut: true, signer: true }),
      mint: { authority: 'user', decimals: u8Const(9), freezeAuthority: { kind: 'accountKey', account: 'user', type: pubkey } },
      init: { payer: 'user', ifNeeded: false, space: 82 },
    });
  });

  it('decimals may be written new u8(n)', () => {
    const ix = lowerRun('mint: Mint', '    mint.derive(["m"], user.key, new u8(2));');
    expect(ix.accounts[1].mint).toEqual({ authority: 'user', decimals: u8Const(2) });
  });

  it('a mint given as `mint.key` names the same parameter as `mint`', () => {
    const ix = lowerRun('mint: Mint, ata: AssociatedTokenAccount', '    ata.derive(mint.key, user.key);');
    expect(ix.accounts[2].associatedToken).toEqual({ mint: 'mint', authority: 'user' });
  });

  it('deriveWithBump on a token account takes the bump last', () => {
    const ix = lowerRun('mint: Mint, vault: TokenAccount, bump: u8', '    vault.deriveWithBump(["v"], mint, user.key, bump);');
    expect(ix.accounts[2].pda).toEqual({ seeds: [{ kind: 'const', bytes: bytes('v') }], bump: { kind: 'given', value: { kind: 'arg', name: 'bump', type: u8 } } });
  });

  it('getBump of a token account PDA is its bump', () => {
    const ix = lowerRun('data: Data, mint: Mint, vault: TokenAccount', '    vault.derive(["v"], mint, user.key);\n    data.bump = vault.getBump();');
    expect(ix.body[0]).toMatchObject({ value: { kind: 'bump', account: 'vault', type: u8 } });
  });

  it('a token account parameter without any call still brings the token program', () => {
    const ix = lowerRun('vault: TokenAccount', '');
    expect(ix.accounts).toEqual([plain('user', { kind: 'signer' }, { signer: true }), plain('vault', TOKEN_ACCOUNT), TOKEN_PROGRAM]);
  });
});

describe('token fields', () => {
  it('every token account field reads at its SPL name and type', () => {
    const reads = TOKEN_ACCOUNT_FIELDS.map((f) => `    const ${f.name}Value = vault.${f.name};`).join('\n');
    const ix = lowerRun('vault: TokenAccount', reads);
    expect(ix.body.map((s) => s.kind === 'let' && s.value)).toEqual(
      TOKEN_ACCOUNT_FIELDS.map((f) => ({ kind: 'field', account: 'vault', path: [f.name], type: f.type })));
  });

  it('every mint field reads at its SPL name and type', () => {
    const reads = MINT_FIELDS.map((f) => `    const ${f.name}Value = mint.${f.name};`).join('\n');
    const ix = lowerRun('mint: Mint', reads);
    expect(ix.body.map((s) => s.kind === 'let' && s.value)).toEqual(
      MINT_FIELDS.map((f) => ({ kind: 'field', account: 'mint', path: [f.name], type: f.type })));
  });

  it('an associated token account has the token account fields', () => {
    const ix = lowerRun('ata: AssociatedTokenAccount', '    const owner = ata.owner;');
    expect(ix.body[0]).toMatchObject({ value: { kind: 'field', account: 'ata', path: ['owner'], type: pubkey } });
  });
});

describe('TokenProgram calls', () => {
  const params = 'mint: Mint, a: TokenAccount, b: AssociatedTokenAccount, delegate: SystemAccount';
  const amount = { kind: 'int', type: u64, value: 5n };
  const decimals = { kind: 'int', type: u8, value: 6n };
  const calls: [string, string, Record<string, string>, object[]][] = [
    ['transfer', 'a, b, user, 5', { from: 'a', to: 'b', authority: 'user' }, [amount]],
    ['transferChecked', 'a, mint, b, user, 5, 6', { from: 'a', mint: 'mint', to: 'b', authority: 'user' }, [amount, decimals]],
    ['mintTo', 'mint, b, user, 5', { mint: 'mint', to: 'b', authority: 'user' }, [amount]],
    ['burn', 'mint, a, user, 5', { mint: 'mint', from: 'a', authority: 'user' }, [amount]],
    ['approve', 'a, delegate, user, 5', { source: 'a', delegate: 'delegate', authority: 'user' }, [amount]],
    ['approveChecked', 'a, mint, delegate, user, 5, 6', { source: 'a', mint: 'mint', delegate: 'delegate', authority: 'user' }, [amount, decimals]],
    ['revoke', 'a, user', { source: 'a', authority: 'user' }, []],
    ['closeAccount', 'a, delegate, user', { account: 'a', destination: 'delegate', authority: 'user' }, []],
    ['freezeAccount', 'a, mint, user', { account: 'a', mint: 'mint', authority: 'user' }, []],
    ['thawAccount', 'a, mint, user', { account: 'a', mint: 'mint', authority: 'user' }, []],
    ['initializeAccount', 'a, mint, user', { account: 'a', mint: 'mint', authority: 'user' }, []],
    ['syncNative', 'a', { account: 'a' }, []],
  ];

  it('the table covers every TokenProgram function but setAuthority and initializeMint (tested in optionals.test.ts)', () => {
    expect(calls.map(([fn]) => fn)).toEqual(Object.keys(TOKEN_FNS).filter((fn) => fn !== 'initializeMint'));
  });

  it.each(calls)('%s(%s) maps its accounts to roles and types its values', (fn, args, accounts, values) => {
    const ix = lowerRun(params, `    TokenProgram.${fn}(${args});`);
    expect(ix.body).toEqual([{ kind: 'tokenCpi', fn, accounts, args: values }]);
  });

  it('only the roles the token instruction writes become mut', () => {
    const ix = lowerRun(params, '    TokenProgram.approve(a, delegate, user, 5);');
    expect(ix.accounts.map((x) => [x.name, x.mut])).toEqual([
      ['user', false], ['mint', false], ['a', true], ['b', false], ['delegate', false], ['token_program', false],
    ]);
  });

  it('closeAccount makes the lamport destination mut', () => {
    const ix = lowerRun(params, '    TokenProgram.closeAccount(a, delegate, user);');
    expect(ix.accounts.find((x) => x.name === 'delegate')?.mut).toBe(true);
  });

  it('setAuthority carries the authority type as its u8 index, then the new authority', () => {
    const ix = lowerRun(params, '    TokenProgram.setAuthority(user, a, AuthorityType.AccountOwner, delegate.key);');
    expect(ix.body).toEqual([{
      kind: 'tokenCpi', fn: 'setAuthority', accounts: { currentAuthority: 'user', account: 'a' },
      args: [{ kind: 'int', type: u8, value: 2n }, { kind: 'accountKey', account: 'delegate', type: pubkey }],
    }]);
  });

  it('setAuthority with `undefined` removes the authority and may still be signed', () => {
    const ix = lowerRun(params, '    TokenProgram.setAuthority(user, mint, AuthorityType.MintTokens, undefined, ["auth"]);');
    expect(ix.body).toEqual([{
      kind: 'tokenCpi', fn: 'setAuthority', accounts: { currentAuthority: 'user', account: 'mint' },
      args: [{ kind: 'int', type: u8, value: 0n }], signerSeeds: [{ kind: 'const', bytes: bytes('auth') }],
    }]);
  });

  it('setAuthority makes the account or mint mut', () => {
    const ix = lowerRun(params, '    TokenProgram.setAuthority(user, mint, AuthorityType.FreezeAccount);');
    expect(ix.accounts.find((x) => x.name === 'mint')?.mut).toBe(true);
  });

  it('signer seeds may come from a local Seeds list', () => {
    const ix = lowerRun(`${params}, data: Data`, '    const seeds: Seeds = ["auth", data.bump];\n    TokenProgram.revoke(a, user, seeds);');
    expect((ix.body[0] as Extract<Stmt, { kind: 'tokenCpi' }>).signerSeeds).toEqual([
      { kind: 'const', bytes: bytes('auth') }, { kind: 'field', account: 'data', path: ['bump'], type: u8 },
    ]);
  });

  it('a call inside an if is found for mut and the token program', () => {
    const ix = lowerRun('a: AssociatedTokenAccount, b: AssociatedTokenAccount, amount: u64', '    if (amount.gt(0)) {\n      TokenProgram.transfer(a, b, user, amount);\n    }');
    expect(ix.accounts.map((x) => [x.name, x.mut])).toEqual([['user', false], ['a', true], ['b', true], ['token_program', false]]);
  });
});
