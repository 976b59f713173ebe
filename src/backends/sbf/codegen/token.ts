// SPL Token accounts and mints as Anchor's `Account<'info, TokenAccount | Mint>` handles them, in the
// order Anchor's generated code checks (lang/syn codegen/accounts/constraints.rs, 0.29–1.2). In: account
// views of kind mint / tokenAccount / associatedTokenAccount. Out: code for
//   - the type check: 3012 (empty system account) → 3007 (owner ≠ token program) → the unpack errors
//     (InvalidAccountData for a wrong length, UninitializedAccount), as ProgramErrors naming the account;
//   - the constraints: token::authority 2015 / token::mint 2014 (no account name before Anchor 1.0, named
//     with Left/Right keys from 1.0 on), associated_token 2015 then 2009 (named, with keys),
//     mint::decimals 2018 / authority 2016 / freeze_authority 2017;
//   - init / init_if_needed: CreateAccount + InitializeAccount3 / InitializeMint2, or the Associated Token
//     program's Create; on an existing account, Anchor's post-init checks.
import { PROGRAM_IDS } from '../../../ir/types.js';
import { MINT_FIELDS, MINT_SIZE, TOKEN_ACCOUNT_FIELDS, TOKEN_ACCOUNT_SIZE, TOKEN_ACCOUNT_STATE_OFFSET } from '../../../ir/token.js';
import type { Label } from '../assembler.js';
import type { AccountView, InstructionGen } from './context.js';
import { emitInvoke, type CpiSigner } from './invoke.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import { COMPARED_LEFT, COMPARED_RIGHT } from './errors.js';
import { emitJumpIfKeysDiffer, emitKeyCompare, emitOwnerCheck, emitStoredKeyCheck, type KeyAt } from './accounts.js';
import type { Reg } from '../isa.js';
import type { Expr, MintConstraint } from '../../../ir/types.js';
import { RECORD, SOL_BYTES } from './layout.js';
import { emitFindPda } from './seeds.js';
import { emitCreateAccountWithOwner } from './createaccount.js';

const TOKEN_PROGRAM = pubkeyBytes(PROGRAM_IDS.token);
const ATA_PROGRAM = pubkeyBytes(PROGRAM_IDS.associatedToken);
const SPL = {
  mint: { size: MINT_SIZE, fields: MINT_FIELDS, initializedOffset: 45 },
  tokenAccount: { size: TOKEN_ACCOUNT_SIZE, fields: TOKEN_ACCOUNT_FIELDS, initializedOffset: TOKEN_ACCOUNT_STATE_OFFSET },
} as const;
const TOKEN_IX = { initializeAccount3: 18, initializeMint2: 20 } as const;
const MINT_DECIMALS_OFFSET = MINT_FIELDS.find((f) => f.name === 'decimals')!.offset;

export type SplKind = keyof typeof SPL;

export function splKind(view: AccountView): SplKind | null {
  const k = view.param.account.kind;
  if (k === 'mint') return 'mint';
  if (k === 'tokenAccount' || k === 'associatedTokenAccount') return 'tokenAccount';
  return null;
}

/** Offset of a readable SPL field from the record start (record + data + field offset). */
export function splFieldOffset(kind: SplKind, name: string): number {
  const f = SPL[kind].fields.find((x) => x.name === name);
  if (!f) throw new Error(`internal: no ${kind} field ${name}`);
  return RECORD.data + f.offset;
}

/** `Account<TokenAccount | Mint>::try_from` with the record address in r6. */
export function emitSplLoad(g: InstructionGen, view: AccountView): void {
  const name = view.param.name;
  emitOwnerCheck(g, name, TOKEN_PROGRAM, 'token');
  emitUnpackChecks(g, name, splKind(view)!);
}

/** spl_token's unpack: exact length (InvalidAccountData), then initialized (UninitializedAccount). */
function emitUnpackChecks(g: InstructionGen, name: string, kind: SplKind): void {
  const a = g.cg.asm;
  a.ldx(8, 'r3', 'r6', RECORD.dataLen);
  a.jumpIf('jne', 'r3', SPL[kind].size, g.cg.errors.builtin('InvalidAccountData', name));
  a.ldx(1, 'r3', 'r6', RECORD.data + SPL[kind].initializedOffset);
  a.jumpIf('jeq', 'r3', 0, g.cg.errors.builtin('UninitializedAccount', name));
}

/** Non-init token/mint constraints, after seeds and mut (Anchor's order). */
export function emitSplConstraints(g: InstructionGen, view: AccountView): void {
  const { param } = view;
  const errors = g.cg.errors;
  if (param.token) {
    // Anchor 1.x names the account and logs the stored key (Left) and the expected one (Right).
    const named = g.cg.anchor.namesTokenAccountConstraints;
    const fail = (error: 'ConstraintTokenOwner' | 'ConstraintTokenMint') =>
      (named ? errors.anchor(error, param.name, { comparedPubkeys: true }) : errors.anchor(error));
    emitSplKeyCheck(g, param.name, RECORD.data + 32, param.token.authority, fail('ConstraintTokenOwner'), named);
    emitSplKeyCheck(g, param.name, RECORD.data + 0, param.token.mint, fail('ConstraintTokenMint'), named);
  }
  if (param.mint) emitMintChecks(g, view, false);
}

/** associated_token::mint / authority (non-init): owner 2015 then the derived address 2009, both named. */
export function emitAssociatedTokenCheck(g: InstructionGen, view: AccountView): void {
  const at = view.param.associatedToken;
  if (!at) return;
  const a = g.cg.asm;
  const name = view.param.name;
  emitSplKeyCheck(g, name, RECORD.data + 32, at.authority, g.cg.errors.anchor('ConstraintTokenOwner', name, { comparedPubkeys: true }), true);
  const mark = g.cg.frame.mark();
  const expected = g.cg.frame.alloc(32);
  emitAssociatedAddress(g, at.authority, at.mint, expected);
  const differ = a.newLabel(`${name}_not_associated`);
  const same = a.newLabel(`${name}_associated_ok`);
  g.loadRecord('r2', name);
  emitJumpIfKeysDiffer(a, ['r10', expected], ['r2', RECORD.key], ['r3', 'r4'], differ);
  a.jump(same);
  a.bind(differ);
  a.mov(COMPARED_LEFT, 'r2');
  a.add(COMPARED_LEFT, RECORD.key);
  a.mov(COMPARED_RIGHT, 'r10');
  a.add(COMPARED_RIGHT, expected);
  a.jump(g.cg.errors.anchor('ConstraintAssociated', name, { comparedPubkeys: true }));
  a.bind(same);
  g.cg.frame.release(mark);
}

/** r10 + out = the associated token address of (wallet, mint): find_program_address under the ATA program. */
function emitAssociatedAddress(g: InstructionGen, wallet: string, mint: string, out: number): void {
  const a = g.cg.asm;
  const mark = g.cg.frame.mark();
  const slices = g.cg.frame.alloc(3 * SOL_BYTES.size);
  const bump = g.cg.frame.alloc(8);
  g.loadRecord('r1', wallet);
  a.add('r1', RECORD.key);
  a.stx(8, 'r10', slices, 'r1');
  a.st(8, 'r10', slices + 8, 32);
  a.lddwRodata('r1', g.cg.bytes(TOKEN_PROGRAM, 8));
  a.stx(8, 'r10', slices + 16, 'r1');
  a.st(8, 'r10', slices + 24, 32);
  g.loadRecord('r1', mint);
  a.add('r1', RECORD.key);
  a.stx(8, 'r10', slices + 32, 'r1');
  a.st(8, 'r10', slices + 40, 32);
  a.mov('r1', 'r10');
  a.add('r1', slices);
  a.mov('r2', 3);
  a.lddwRodata('r3', g.cg.bytes(ATA_PROGRAM, 8));
  a.mov('r4', 'r10');
  a.add('r4', out);
  a.mov('r5', 'r10');
  a.add('r5', bump);
  a.syscall('sol_try_find_program_address');
  g.cg.frame.release(mark);
}

/** emitStoredKeyCheck for a key stored in an SPL account's data (record + offset). */
function emitSplKeyCheck(g: InstructionGen, account: string, offset: number, target: string, fail: Label, compared: boolean): void {
  emitStoredKeyCheck(g, (r) => {
    g.loadRecord(r, account);
    return offset;
  }, target, fail, compared);
}

/** mint::decimals (2018), mint::authority (2016), mint::freeze_authority (2017); named after init. */
function emitMintChecks(g: InstructionGen, view: AccountView, afterInit: boolean): void {
  const a = g.cg.asm;
  const m = view.param.mint!;
  const name = view.param.name;
  const named = afterInit ? name : undefined;
  const errors = g.cg.errors;
  // A COption<Pubkey> authority: tag 1, then the expected key.
  const checkAuthority = (tagOffset: number, target: Expr, error: Label) => {
    g.loadRecord('r2', name);
    a.ldx(4, 'r3', 'r2', RECORD.data + tagOffset);
    a.jumpIf('jne', 'r3', 1, error);
    g.loadRecord('r2', name);
    const expected = keyAt(g, 'r5', target);
    emitJumpIfKeysDiffer(a, ['r2', RECORD.data + tagOffset + 4], expected, ['r3', 'r4'], error);
  };
  const decimals = () => {
    g.loadRecord('r2', name);
    a.ldx(1, 'r3', 'r2', RECORD.data + MINT_DECIMALS_OFFSET);
    if (m.decimals.kind !== 'int') loadDecimals(g, 'r4', m.decimals);
    const expected = m.decimals.kind === 'int' ? Number(m.decimals.value) : 'r4';
    // After init_if_needed Anchor logs the decimals found (Left) and the ones expected (Right).
    const fail = !afterInit ? errors.anchor('ConstraintMintDecimals') : g.cg.cold(`${name}_decimals_differ`, () => {
      a.mov(COMPARED_LEFT, 'r3');
      a.mov(COMPARED_RIGHT, expected);
      a.jump(errors.anchor('ConstraintMintDecimals', name, { comparedValues: true }));
    });
    a.jumpIf('jne', 'r3', expected, fail);
  };
  // Anchor checks decimals first on existing mints, authorities first after init_if_needed.
  if (!afterInit) decimals();
  checkAuthority(0, { kind: 'accountKey', account: m.authority, type: { kind: 'pubkey' } }, errors.anchor('ConstraintMintMintAuthority', named));
  if (m.freezeAuthority) checkAuthority(46, m.freezeAuthority, errors.anchor('ConstraintMintFreezeAuthority', named));
  if (afterInit) decimals();
}

/** init / init_if_needed of a token account, associated token account or mint. */
export function emitSplInit(g: InstructionGen, view: AccountView): void {
  const a = g.cg.asm;
  const { param } = view;
  const init = param.init!;
  const kind = splKind(view)!;
  let signer: CpiSigner | undefined;
  if (param.pda) {
    emitFindPda(g, param.name, param.pda.seeds);
    signer = { seeds: param.pda.seeds, bumpSlot: view.bumpSlot };
  }
  const created = a.newLabel(`${param.name}_token_created`);
  if (init.ifNeeded) {
    // Only an account still owned by the system program is created.
    g.loadRecord('r6', param.name);
    emitKeyCompare(g, 'r6', RECORD.owner, new Uint8Array(32), created);
  }
  if (param.associatedToken) {
    emitAssociatedCreate(g, init.payer, param.name, param.associatedToken);
  } else {
    emitCreateAccountWithOwner(g, view, SPL[kind].size, 'token', signer);
    if (kind === 'tokenAccount') emitInitializeAccount3(g, param.name, param.token!);
    else emitInitializeMint2(g, param.name, param.mint!);
  }
  a.bind(created);
  if (!init.ifNeeded) return;
  // Anchor's checks after init_if_needed (the freshly created account passes them too).
  g.loadRecord('r6', param.name);
  emitUnpackChecks(g, param.name, kind);
  const name = param.name;
  const errors = g.cg.errors;
  if (kind === 'mint') {
    emitMintChecks(g, view, true);
    emitOwnerProgramCheck(g, name, errors.anchor('ConstraintMintTokenProgram', name, { comparedPubkeys: true }));
    return;
  }
  const link = param.token ?? param.associatedToken!;
  emitSplKeyCheck(g, name, RECORD.data + 0, link.mint, errors.anchor('ConstraintTokenMint', name, { comparedPubkeys: true }), true);
  emitSplKeyCheck(g, name, RECORD.data + 32, link.authority, errors.anchor('ConstraintTokenOwner', name, { comparedPubkeys: true }), true);
  emitOwnerProgramCheck(g, name, errors.anchor(param.associatedToken ? 'ConstraintAssociatedTokenTokenProgram' : 'ConstraintTokenTokenProgram', name, { comparedPubkeys: true }));
  if (param.associatedToken) {
    const mark = g.cg.frame.mark();
    const expected = g.cg.frame.alloc(32);
    emitAssociatedAddress(g, param.associatedToken.authority, param.associatedToken.mint, expected);
    g.loadRecord('r2', name);
    for (let w = 0; w < 4; w++) {
      a.ldx(8, 'r3', 'r10', expected + 8 * w);
      a.ldx(8, 'r4', 'r2', RECORD.key + 8 * w);
      a.jumpIf('jne', 'r3', 'r4', errors.anchor('AccountNotAssociatedTokenAccount', name));
    }
    g.cg.frame.release(mark);
  }
}

/** The account's owner must be the token program (Left = owner, Right = token program). */
function emitOwnerProgramCheck(g: InstructionGen, name: string, fail: Label): void {
  const a = g.cg.asm;
  const ok = a.newLabel(`${name}_token_program_ok`);
  const differ = a.newLabel(`${name}_token_program_differs`);
  g.loadRecord('r6', name);
  emitKeyCompare(g, 'r6', RECORD.owner, TOKEN_PROGRAM, differ);
  a.jump(ok);
  a.bind(differ);
  a.add(COMPARED_LEFT, RECORD.owner);
  a.lddwRodata(COMPARED_RIGHT, g.cg.bytes(TOKEN_PROGRAM, 8));
  a.jump(fail);
  a.bind(ok);
}

function emitInitializeAccount3(g: InstructionGen, account: string, link: { mint: string; authority: string }): void {
  const a = g.cg.asm;
  emitInvoke(g, {
    program: 'token',
    metas: [
      { account, writable: true, signer: false },
      { account: link.mint, writable: false, signer: false },
    ],
    dataLen: 33,
    writeData: (d) => {
      a.st(1, 'r10', d, TOKEN_IX.initializeAccount3);
      g.loadRecord('r2', link.authority);
      copyKey(g, 'r2', RECORD.key, d + 1);
    },
  });
}

function emitInitializeMint2(g: InstructionGen, account: string, m: MintConstraint): void {
  const a = g.cg.asm;
  emitInvoke(g, {
    program: 'token',
    metas: [{ account, writable: true, signer: false }],
    dataLen: 67,
    writeData: (d) => {
      a.st(1, 'r10', d, TOKEN_IX.initializeMint2);
      if (m.decimals.kind === 'int') a.st(1, 'r10', d + 1, Number(m.decimals.value));
      else {
        loadDecimals(g, 'r3', m.decimals);
        a.stx(1, 'r10', d + 1, 'r3');
      }
      g.loadRecord('r2', m.authority);
      copyKey(g, 'r2', RECORD.key, d + 2);
      if (m.freezeAuthority) {
        a.st(1, 'r10', d + 34, 1);
        const [base, offset] = keyAt(g, 'r2', m.freezeAuthority);
        copyKey(g, base, offset, d + 35);
      } else {
        a.st(1, 'r10', d + 34, 0);
        for (let w = 0; w < 4; w++) a.st(8, 'r10', d + 35 + 8 * w, 0);
      }
    },
  });
}

/**
 * The Associated Token program's Create: [payer, ata, wallet, mint, system program, token program]. As
 * anchor-spl's `create`, the instruction names the address derived from (wallet, mint) while the infos are
 * the accounts given: when the account given is another, the runtime refuses the CPI (MissingAccount,
 * "Instruction references an unknown account <derived>") before the ATA program runs.
 */
function emitAssociatedCreate(g: InstructionGen, payer: string, account: string, link: { mint: string; authority: string }): void {
  const a = g.cg.asm;
  const programs = [...g.accounts.values()].filter((v) => v.param.account.kind === 'program');
  const systemProgram = programs.find((v) => v.param.account.kind === 'program' && v.param.account.program === 'system');
  const tokenProgram = programs.find((v) => v.param.account.kind === 'program' && v.param.account.program === 'token');
  if (!systemProgram || !tokenProgram) throw new Error(`internal: ${account} init needs system_program and token_program accounts`);
  const mark = g.cg.frame.mark();
  const derived = g.cg.frame.alloc(32);
  emitAssociatedAddress(g, link.authority, link.mint, derived);
  emitInvoke(g, {
    program: 'associatedToken',
    metas: [
      { account: payer, writable: true, signer: true },
      { account, writable: true, signer: false, instructionKey: derived },
      { account: link.authority, writable: false, signer: false },
      { account: link.mint, writable: false, signer: false },
      { account: systemProgram.param.name, writable: false, signer: false },
      { account: tokenProgram.param.name, writable: false, signer: false },
    ],
    dataLen: 1,
    writeData: (d) => a.st(1, 'r10', d, 0),
  });
  g.cg.frame.release(mark);
}

/** r = the decimals a mint constraint gives: a constant or a u8 argument. */
function loadDecimals(g: InstructionGen, r: Reg, e: Expr): void {
  if (e.kind === 'int') g.cg.asm.mov(r, Number(e.value));
  else if (e.kind === 'arg') {
    const { base, offset } = g.argBase(e.name, r);
    g.cg.asm.ldx(1, r, base, offset);
  } else throw new Error(`internal: mint decimals from a ${e.kind}`);
}

/** Where the key a mint constraint names lies: an account's key in its record, or a Pubkey argument's bytes. */
function keyAt(g: InstructionGen, scratch: Reg, e: Expr): KeyAt {
  if (e.kind === 'accountKey') {
    g.loadRecord(scratch, e.account);
    return [scratch, RECORD.key];
  }
  if (e.kind === 'arg') {
    const { base, offset } = g.argBase(e.name, scratch);
    return [base, offset];
  }
  throw new Error(`internal: a mint authority from a ${e.kind}`);
}

/** Copies the 32-byte key at base + offset to r10 + at. Scratch r0. */
function copyKey(g: InstructionGen, base: Reg, offset: number, at: number): void {
  const a = g.cg.asm;
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r0', base, offset + 8 * w);
    a.stx(8, 'r10', at + 8 * w, 'r0');
  }
}
