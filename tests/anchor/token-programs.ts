// Hand-written IR for the SPL Token slice of the Anchor and IDL backends (standing in for the front end's
// tests/programs/escrow.ts and minter.ts until it lowers tokens): an escrow with a PDA vault and ATAs
// (init_if_needed), a minter whose mint authority is a PDA, and one instruction per remaining token CPI.
import type { Expr, Program, StructDef, Type } from '../../src/ir/types.js';
import {
  arg, argField, argRef, arith, assignField, ata, associatedTokenProgram, bump, compare, constSeed, convert, errorDef,
  field, fieldRef, fieldSeed, instruction, int, key, keySeed, argSeed, mintAccount, program, pubkey, requireThat, signer,
  span, state, stateAccount, str, systemAccount, systemProgram, tokenAccount, tokenCpi, tokenProgram, u, u64, u8, unchecked,
} from './builders.js';

const escrowState = stateAccount('Escrow', [
  field('seed', u64), field('maker', pubkey), field('mint_a', pubkey), field('mint_b', pubkey), field('receive', u64), field('bump', u8),
]);
const escrowSeeds = [constSeed('escrow'), keySeed('maker'), fieldSeed('escrow', 'seed', u64)];
const escrowSigner = [...escrowSeeds, fieldSeed('escrow', 'bump', u8)];
const vaultPda = { seeds: [constSeed('vault'), keySeed('escrow')], bump: { kind: 'canonical' as const } };
const vaultAmount: Expr = { kind: 'field', account: 'vault', path: ['amount'], type: u64 };

export const escrow: Program = program({
  name: 'escrow',
  className: 'Escrow',
  stateAccounts: [escrowState],
  instructions: [
    instruction('make', [arg('seed', u64), arg('deposit', u64), arg('receive', u64)], [
      signer('maker', { mut: true }),
      mintAccount('mint_a'),
      mintAccount('mint_b'),
      ata('maker_ata_a', { mut: true, associatedToken: { mint: 'mint_a', authority: 'maker' } }),
      state('escrow', 'Escrow', {
        mut: true,
        init: { payer: 'maker', ifNeeded: false, space: 8 + escrowState.initSpace },
        pda: { seeds: [constSeed('escrow'), keySeed('maker'), argSeed('seed', u64)], bump: { kind: 'canonical' } },
      }),
      tokenAccount('vault', {
        mut: true, init: { payer: 'maker', ifNeeded: false, space: 165 }, pda: vaultPda, token: { mint: 'mint_a', authority: 'escrow' },
      }),
      systemProgram(),
      tokenProgram(),
    ], [
      assignField('escrow', 'seed', u64, argRef('seed', u64)),
      assignField('escrow', 'maker', pubkey, key('maker')),
      assignField('escrow', 'mint_a', pubkey, key('mint_a')),
      assignField('escrow', 'mint_b', pubkey, key('mint_b')),
      assignField('escrow', 'receive', u64, argRef('receive', u64)),
      assignField('escrow', 'bump', u8, bump('escrow')),
      tokenCpi('transfer', { from: 'maker_ata_a', to: 'vault', authority: 'maker' }, [argRef('deposit', u64)]),
    ]),
    instruction('take', [], [
      signer('taker', { mut: true }),
      systemAccount('maker', { mut: true }),
      mintAccount('mint_a'),
      mintAccount('mint_b'),
      ata('taker_ata_a', { mut: true, init: { payer: 'taker', ifNeeded: true, space: 165 }, associatedToken: { mint: 'mint_a', authority: 'taker' } }),
      ata('taker_ata_b', { mut: true, associatedToken: { mint: 'mint_b', authority: 'taker' } }),
      ata('maker_ata_b', { mut: true, init: { payer: 'taker', ifNeeded: true, space: 165 }, associatedToken: { mint: 'mint_b', authority: 'maker' } }),
      state('escrow', 'Escrow', {
        mut: true, close: 'maker', hasOne: ['maker', 'mint_a', 'mint_b'],
        pda: { seeds: escrowSeeds, bump: { kind: 'given', value: fieldRef('escrow', 'bump', u8) } },
      }),
      tokenAccount('vault', { mut: true, pda: vaultPda, token: { mint: 'mint_a', authority: 'escrow' } }),
      associatedTokenProgram(),
      tokenProgram(),
      systemProgram(),
    ], [
      tokenCpi('transfer', { from: 'taker_ata_b', to: 'maker_ata_b', authority: 'taker' }, [fieldRef('escrow', 'receive', u64)]),
      tokenCpi('transfer', { from: 'vault', to: 'taker_ata_a', authority: 'escrow' }, [vaultAmount], escrowSigner),
      tokenCpi('closeAccount', { account: 'vault', destination: 'maker', authority: 'escrow' }, [], escrowSigner),
    ]),
    instruction('refund', [], [
      signer('maker', { mut: true }),
      mintAccount('mint_a'),
      ata('maker_ata_a', { mut: true, associatedToken: { mint: 'mint_a', authority: 'maker' } }),
      state('escrow', 'Escrow', {
        mut: true, close: 'maker', hasOne: ['maker', 'mint_a'],
        pda: { seeds: escrowSeeds, bump: { kind: 'given', value: fieldRef('escrow', 'bump', u8) } },
      }),
      tokenAccount('vault', { mut: true, pda: vaultPda, token: { mint: 'mint_a', authority: 'escrow' } }),
      tokenProgram(),
      systemProgram(),
    ], [
      tokenCpi('transferChecked', { from: 'vault', mint: 'mint_a', to: 'maker_ata_a', authority: 'escrow' },
        [vaultAmount, { kind: 'field', account: 'mint_a', path: ['decimals'], type: u8 }], escrowSigner),
      tokenCpi('closeAccount', { account: 'vault', destination: 'maker', authority: 'escrow' }, [], escrowSigner),
    ]),
  ],
});

const minterState = stateAccount('Minter', [field('admin', pubkey), field('auth_bump', u8), field('total_minted', u64)]);
const minterPda = { seeds: [constSeed('minter')], bump: { kind: 'canonical' as const } };
const authSigner = [constSeed('auth'), fieldSeed('minter', 'auth_bump', u8)];
const mintAuthority: Expr = { kind: 'field', account: 'mint', path: ['mintAuthority'], type: pubkey };

export const minter: Program = program({
  name: 'minter',
  className: 'Minter',
  stateAccounts: [minterState],
  errors: [errorDef('WrongAuthority', 0, 'The mint is not controlled by this program')],
  instructions: [
    instruction('initialize', [], [
      signer('admin', { mut: true }),
      state('minter', 'Minter', { mut: true, init: { payer: 'admin', ifNeeded: false, space: 8 + minterState.initSpace }, pda: minterPda }),
      unchecked('auth', { pda: { seeds: [constSeed('auth')], bump: { kind: 'canonical' } } }),
      mintAccount('mint', {
        mut: true, init: { payer: 'admin', ifNeeded: false, space: 82 },
        pda: { seeds: [constSeed('mint')], bump: { kind: 'canonical' } }, mint: { authority: 'auth', decimals: int(6, u8), freezeAuthority: key('auth') },
      }),
      systemProgram(),
      tokenProgram(),
    ], [
      assignField('minter', 'admin', pubkey, key('admin')),
      assignField('minter', 'auth_bump', u8, bump('auth')),
    ]),
    instruction('mint_tokens', [arg('amount', u64)], [
      signer('admin', { mut: true }),
      systemAccount('recipient'),
      state('minter', 'Minter', { mut: true, hasOne: ['admin'], pda: minterPda }),
      unchecked('auth', { pda: { seeds: [constSeed('auth')], bump: { kind: 'given', value: fieldRef('minter', 'auth_bump', u8) } } }),
      mintAccount('mint', { mut: true, mint: { authority: 'auth', decimals: int(6, u8) } }),
      ata('recipient_ata', { mut: true, init: { payer: 'admin', ifNeeded: true, space: 165 }, associatedToken: { mint: 'mint', authority: 'recipient' } }),
      systemProgram(),
      tokenProgram(),
      associatedTokenProgram(),
    ], [
      requireThat(compare('eq', mintAuthority, key('auth')), 'WrongAuthority'),
      tokenCpi('mintTo', { mint: 'mint', to: 'recipient_ata', authority: 'auth' }, [argRef('amount', u64)], authSigner),
      assignField('minter', 'total_minted', u64, arith('add', fieldRef('minter', 'total_minted', u64), argRef('amount', u64))),
      { kind: 'log', parts: ['supply now ', { kind: 'field', account: 'mint', path: ['supply'], type: u64 }], span },
    ]),
    instruction('burn_tokens', [arg('amount', u64)], [
      signer('holder'),
      mintAccount('mint', { mut: true }),
      ata('holder_ata', { mut: true, associatedToken: { mint: 'mint', authority: 'holder' } }),
      tokenProgram(),
    ], [
      tokenCpi('burn', { mint: 'mint', from: 'holder_ata', authority: 'holder' }, [argRef('amount', u64)]),
    ]),
    instruction('hand_over', [], [
      signer('admin'),
      state('minter', 'Minter', { hasOne: ['admin'], pda: minterPda }),
      unchecked('auth', { pda: { seeds: [constSeed('auth')], bump: { kind: 'given', value: fieldRef('minter', 'auth_bump', u8) } } }),
      mintAccount('mint', { mut: true }),
      tokenProgram(),
    ], [
      tokenCpi('setAuthority', { currentAuthority: 'auth', account: 'mint' }, [int(0, u8), key('admin')], authSigner),
      tokenCpi('setAuthority', { currentAuthority: 'auth', account: 'mint' }, [int(1, u8)], authSigner),
    ]),
  ],
});

const settingsType: Type = { kind: 'struct', name: 'Settings' };
const settingsStruct: StructDef = { name: 'Settings', span, fields: [field('reward_rate', u64), field('label', str(16))] };
const poolState = stateAccount('Pool', [field('rate', u64), field('label', str(16)), field('delegated', pubkey)], [settingsStruct]);

/** Every other token CPI, keypair-initialized mints and token accounts, and struct-argument fields. */
export const tokenOps: Program = program({
  name: 'token_ops',
  className: 'TokenOps',
  stateAccounts: [poolState],
  structs: [settingsStruct],
  instructions: [
    instruction('create_accounts', [], [
      signer('payer', { mut: true }),
      mintAccount('mint', { mut: true, signer: true, init: { payer: 'payer', ifNeeded: false, space: 82 }, mint: { authority: 'payer', decimals: int(9, u8) } }),
      tokenAccount('holding', {
        mut: true, signer: true, init: { payer: 'payer', ifNeeded: false, space: 165 }, token: { mint: 'mint', authority: 'payer' },
      }),
      tokenAccount('reserve', {
        mut: true, init: { payer: 'payer', ifNeeded: true, space: 165 },
        pda: { seeds: [constSeed('reserve'), keySeed('mint')], bump: { kind: 'canonical' } }, token: { mint: 'mint', authority: 'payer' },
      }),
      systemProgram(),
      tokenProgram(),
    ], []),
    instruction('delegate', [arg('amount', u64), arg('settings', settingsType)], [
      signer('owner'),
      mintAccount('mint'),
      tokenAccount('source', { mut: true, token: { mint: 'mint', authority: 'owner' } }),
      unchecked('spender'),
      state('pool', 'Pool', { mut: true }),
      tokenProgram(),
    ], [
      tokenCpi('approve', { source: 'source', delegate: 'spender', authority: 'owner' }, [argRef('amount', u64)]),
      tokenCpi('approveChecked', { source: 'source', mint: 'mint', delegate: 'spender', authority: 'owner' },
        [argField('settings', ['reward_rate'], u64), int(9, u8)]),
      assignField('pool', 'rate', u64, argField('settings', ['reward_rate'], u64)),
      assignField('pool', 'label', str(16), argField('settings', ['label'], str(16))),
      assignField('pool', 'delegated', pubkey, { kind: 'field', account: 'source', path: ['delegate'], type: pubkey }),
      tokenCpi('revoke', { source: 'source', authority: 'owner' }),
    ]),
    instruction('lock', [arg('unlock', { kind: 'bool' })], [
      signer('freezer'),
      mintAccount('mint', { mint: { authority: 'freezer', decimals: int(9, u8), freezeAuthority: key('freezer') } }),
      tokenAccount('holding', { mut: true }),
      tokenProgram(),
    ], [
      {
        kind: 'if', span, cond: argRef('unlock', { kind: 'bool' }),
        then: [tokenCpi('thawAccount', { account: 'holding', mint: 'mint', authority: 'freezer' })],
        else: [tokenCpi('freezeAccount', { account: 'holding', mint: 'mint', authority: 'freezer' })],
      },
    ]),
    instruction('wrap', [arg('index', u8)], [
      signer('owner'),
      mintAccount('native_mint'),
      unchecked('wrapped', { mut: true, pda: { seeds: [constSeed('wrapped'), argSeed('index', u8)], bump: { kind: 'canonical' } } }),
      tokenProgram(),
    ], [
      tokenCpi('initializeAccount', { account: 'wrapped', mint: 'native_mint', authority: 'owner' }),
      tokenCpi('syncNative', { account: 'wrapped' }),
    ]),
  ],
});

const ledgerState = stateAccount('Ledger', [field('total', u64), field('small', u('u32'))]);

/** Requires and failing conversions at different layout positions, for errorOrigins. */
export const checks: Program = program({
  name: 'checks',
  className: 'Checks',
  stateAccounts: [ledgerState],
  errors: [errorDef('TooSmall', 0, 'Amount too small'), errorDef('TooLarge', 1, 'Amount too large')],
  instructions: [
    instruction('record', [arg('amount', u64), arg('wide', u('u128'))], [
      signer('owner'),
      state('ledger', 'Ledger', { mut: true }),
    ], [
      requireThat(compare('gt', argRef('amount', u64), int(0)), 'TooSmall'),
      requireThat(
        compare('le', arith('add', arith('mul', argRef('amount', u64), int(1_000_000)), fieldRef('ledger', 'total', u64)), int(10n ** 18n)),
        'TooLarge',
      ),
      assignField('ledger', 'small', u('u32'), convert(argRef('amount', u64), u('u32'))),
      {
        kind: 'if', span, cond: compare('gt', argRef('wide', u('u128')), int(0, u('u128'))),
        then: [assignField('ledger', 'total', u64, arith('add', fieldRef('ledger', 'total', u64), convert(argRef('wide', u('u128')), u64)))],
        else: [],
      },
      requireThat(compare('lt', convert(argRef('wide', u('u128')), u('u32')), int(7, u('u32'))), 'TooLarge'),
    ]),
  ],
});

export const tokenPrograms: Program[] = [escrow, minter, tokenOps, checks];
