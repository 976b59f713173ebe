// CPI statements → Anchor CPI calls: the System Program transfer and every SPL Token function.
// In: a `systemTransfer` or `tokenCpi` statement and the body scope. Out: one Doc, e.g.
// `token::transfer(CpiContext::new_with_signer(token_program.key(), token::Transfer {…}, &[&[…]]), amount)?`
// (before Anchor 1.0: `token_program.to_account_info()`).
import { programAnchorFacts } from '../../ir/anchor-version.js';
import { AUTHORITY_TYPES, MINT_SIZE, SET_AUTHORITY, TOKEN_FNS } from '../../ir/token.js';
import type { Expr, Instruction, KnownProgram, SignerSeed, Stmt, TokenFn } from '../../ir/types.js';
import { call, chain, text, type Doc } from './format.js';
import { exprType, valueDoc } from './expressions.js';
import { signerSeedDoc } from './seeds.js';
import type { BodyScope } from './statements.js';

/** anchor_spl::token's accounts struct per function: its fields in declaration order, each with the IR role it takes. */
const TOKEN_STRUCTS: Record<TokenFn, { struct: string; fields: [field: string, role: string][] }> = {
  transfer: { struct: 'Transfer', fields: [['from', 'from'], ['to', 'to'], ['authority', 'authority']] },
  transferChecked: { struct: 'TransferChecked', fields: [['from', 'from'], ['mint', 'mint'], ['to', 'to'], ['authority', 'authority']] },
  mintTo: { struct: 'MintTo', fields: [['mint', 'mint'], ['to', 'to'], ['authority', 'authority']] },
  burn: { struct: 'Burn', fields: [['mint', 'mint'], ['from', 'from'], ['authority', 'authority']] },
  // anchor-spl calls the approved (source) account `to`.
  approve: { struct: 'Approve', fields: [['to', 'source'], ['delegate', 'delegate'], ['authority', 'authority']] },
  approveChecked: {
    struct: 'ApproveChecked', fields: [['to', 'source'], ['mint', 'mint'], ['delegate', 'delegate'], ['authority', 'authority']],
  },
  revoke: { struct: 'Revoke', fields: [['source', 'source'], ['authority', 'authority']] },
  closeAccount: { struct: 'CloseAccount', fields: [['account', 'account'], ['destination', 'destination'], ['authority', 'authority']] },
  freezeAccount: { struct: 'FreezeAccount', fields: [['account', 'account'], ['mint', 'mint'], ['authority', 'authority']] },
  thawAccount: { struct: 'ThawAccount', fields: [['account', 'account'], ['mint', 'mint'], ['authority', 'authority']] },
  initializeAccount: { struct: 'InitializeAccount3', fields: [['account', 'account'], ['mint', 'mint'], ['authority', 'authority']] },
  syncNative: { struct: 'SyncNative', fields: [['account', 'account']] },
  setAuthority: { struct: 'SetAuthority', fields: [['current_authority', 'currentAuthority'], ['account_or_mint', 'account']] },
  initializeMint: { struct: 'InitializeMint2', fields: [['mint', 'mint']] },
};

const rustFn = (fn: TokenFn): string => (fn === 'setAuthority' ? SET_AUTHORITY.rust : TOKEN_FNS[fn].rust);

const info = (name: string): Doc => chain(text(name), [{ method: 'to_account_info', args: [] }]);

export function systemTransferDoc(s: Stmt & { kind: 'systemTransfer' }, scope: BodyScope): Doc {
  const accounts: Doc = {
    kind: 'struct',
    name: 'anchor_lang::system_program::Transfer',
    fields: [{ name: 'from', value: info(s.from) }, { name: 'to', value: info(s.to) }],
  };
  const context = cpiContext(programAccount('system', scope), accounts, s.signerSeeds, scope);
  return chain(call('anchor_lang::system_program::transfer', [context, valueDoc(s.amount, scope)]), [{ try: true }]);
}

export function tokenCpiDoc(s: Stmt & { kind: 'tokenCpi' }, scope: BodyScope): Doc {
  const shape = TOKEN_STRUCTS[s.fn];
  const fields = shape.fields.map(([field, role]) => {
    const account = s.accounts[role];
    if (account === undefined) throw new Error(`internal: TokenProgram.${s.fn} without its ${role} account`);
    return { name: field, value: info(account) };
  });
  const accounts: Doc = { kind: 'struct', name: `token::${shape.struct}`, fields };
  const context = cpiContext(programAccount('token', scope), accounts, s.signerSeeds, scope);
  return chain(call(`token::${rustFn(s.fn)}`, [context, ...tokenArgs(s, scope)]), [{ try: true }]);
}

/**
 * initializeMint's `createMint`: the mint's account made as Anchor makes a keypair account with no lamports,
 * `anchor_lang::system_program::create_account(…, Rent::get()?.minimum_balance(82), 82, &token_program.key())?`
 * (the statement around it runs it only while the account holds no lamports).
 */
export function createMintDoc(s: Stmt & { kind: 'tokenCpi' }, scope: BodyScope): Doc {
  const mint = s.accounts.mint;
  if (!s.createMint || mint === undefined) throw new Error('internal: createMintDoc of a CPI that creates no mint');
  const accounts: Doc = {
    kind: 'struct',
    name: 'anchor_lang::system_program::CreateAccount',
    fields: [{ name: 'from', value: info(s.createMint.payer) }, { name: 'to', value: info(mint) }],
  };
  const context = cpiContext(programAccount('system', scope), accounts, undefined, scope);
  const rent = chain(text('Rent::get()?'), [{ method: 'minimum_balance', args: [text(String(MINT_SIZE))] }]);
  const owner: Doc = { kind: 'wrap', open: '&', inner: chain(text(programAccount('token', scope)), [{ method: 'key', args: [] }]), close: '' };
  return chain(call('anchor_lang::system_program::create_account', [context, rent, text(String(MINT_SIZE)), owner]), [{ try: true }]);
}

/**
 * The value arguments after the context: amounts and decimals as given; setAuthority's type and new key
 * (`Option<Pubkey>`); initializeMint's decimals, `&authority` and freeze authority (`Option<&Pubkey>`).
 */
function tokenArgs(s: Stmt & { kind: 'tokenCpi' }, scope: BodyScope): Doc[] {
  if (s.fn === 'initializeMint') {
    const [decimals, authority, freeze, ...extra] = s.args;
    if (extra.length > 0 || !authority) throw new Error('internal: TokenProgram.initializeMint takes decimals, an authority and an optional freeze authority');
    const freezeDoc = !freeze ? text('None')
      : exprType(freeze).kind === 'option' ? chain(valueDoc(freeze, scope), [{ method: 'as_ref', args: [] }])
      : call('Some', [keyRef(freeze, scope)]);
    return [valueDoc(decimals, scope), keyRef(authority, scope), freezeDoc];
  }
  if (s.fn !== 'setAuthority') {
    const expected = TOKEN_FNS[s.fn].args.length;
    if (s.args.length !== expected) throw new Error(`internal: TokenProgram.${s.fn} takes ${expected} value arguments, got ${s.args.length}`);
    return s.args.map((a) => valueDoc(a, scope));
  }
  const [kind, newAuthority, ...extra] = s.args;
  if (extra.length > 0 || kind === undefined) throw new Error('internal: TokenProgram.setAuthority takes an authority type and an optional key');
  const newDoc = !newAuthority ? text('None') : exprType(newAuthority).kind === 'option' ? valueDoc(newAuthority, scope) : call('Some', [valueDoc(newAuthority, scope)]);
  return [authorityType(kind), newDoc];
}

/** `&key`: a reference to a Pubkey value (an account's `key()` lives until the end of the statement). */
const keyRef = (e: Expr, scope: BodyScope): Doc => ({ kind: 'wrap', open: '&', inner: valueDoc(e, scope), close: '' });

function authorityType(e: Expr): Doc {
  const name = e.kind === 'int' ? AUTHORITY_TYPES[Number(e.value)] : undefined;
  if (!name) throw new Error('internal: setAuthority needs a constant authority type index');
  return text(`AuthorityType::${name}`);
}

function programAccount(program: KnownProgram, scope: BodyScope): string {
  const param = instruction(scope).accounts.find((a) => a.account.kind === 'program' && a.account.program === program);
  if (!param) throw new Error(`internal: ${instruction(scope).name} makes a ${program} CPI without that program's account`);
  return param.name;
}

/** CPIs live in handlers only: a helper function has no program accounts to make them with. */
function instruction(scope: BodyScope): Instruction {
  if (!scope.ix) throw new Error('internal: a CPI in a helper function');
  return scope.ix;
}

/**
 * `CpiContext::new(program, accounts)`, or `new_with_signer(…, &[&[seed, …]])` when one PDA signs. The
 * program is its Pubkey from Anchor 1.0 on (`program.key()`), its AccountInfo before.
 */
function cpiContext(program: string, accounts: Doc, signerSeeds: SignerSeed[] | undefined, scope: BodyScope): Doc {
  const programArg = programAnchorFacts(scope.program).cpiContextTakesProgramId
    ? chain(text(program), [{ method: 'key', args: [] }])
    : info(program);
  if (!signerSeeds) return call('CpiContext::new', [programArg, accounts]);
  // The temporaries in the seeds live until the end of the CPI statement.
  const seeds: Doc = {
    kind: 'array', prefix: '&', items: [{ kind: 'array', prefix: '&', items: signerSeeds.map((s) => signerSeedDoc(s, instruction(scope).accounts, scope.context)) }],
  };
  return call('CpiContext::new_with_signer', [programArg, accounts, seeds]);
}
