// Creating the account of an `init` field, as Anchor's generated create_account does, in one shared
// routine. In: payer and account records, space, owner program, optional PDA signer seeds. Out: the call
// site (a small block on the handler's frame + `call create_account`) and the routine:
//   - 0 lamports: CreateAccount(payer → account, rent-exempt minimum, space, owner);
//   - already funded: payer ≠ account (else 4101), top up to max(minimum, 1), Allocate, Assign (the
//     system program fails with custom error 0 when the account is already in use: Anchor's "double init");
//     Anchor 1.x instead makes one CreateAccountAllowPrefund call, which recent system programs (LiteSVM's)
//     run and solana-bankrun's (Solana 1.18) rejects with InvalidInstructionData, as it would 1.x's own.
// The rent-exempt minimum comes from the Rent sysvar: (128 + space) × lamports_per_byte_year × threshold,
// for the two thresholds clusters use (2.0, and 1.0 after SIMD-0194); sBPF v0 has no floats.
import { PROGRAM_IDS } from '../../../ir/types.js';
import type { Label, RodataRef } from '../assembler.js';
import type { Reg } from '../isa.js';
import type { AccountView, Codegen, InstructionGen } from './context.js';
import { emitJumpIfKeysDiffer } from './accounts.js';
import { emitRequestCall, emitSignerSeeds, loadSignersAddress, type CpiSigner } from './invoke.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import { StackFrame } from './frame.js';
import { ACCOUNT_STORAGE_OVERHEAD, RECORD, RENT, RENT_THRESHOLD_ONE, RENT_THRESHOLD_TWO, SYSTEM_IX } from './layout.js';

/** Who a created account belongs to: this program, or the SPL Token program (token accounts, mints). */
export type SystemOwner = 'self' | 'token';

/** The call-site block: +0 payer record*, +8 account record*, +16 space, +24 owner id*, +32 SolSignerSeeds* or 0. */
const BLOCK = { payer: 0, account: 8, space: 16, owner: 24, signers: 32, size: 40 } as const;
const STATUS = { ok: 0, payerIsAccount: 1, unsupportedRent: 2 } as const;

export function emitCreateAccountWithOwner(g: InstructionGen, view: AccountView, space: number, owner: SystemOwner, signer?: CpiSigner): void {
  emitCreateAccount(g, { account: view.param.name, payer: view.param.init!.payer }, space, owner, signer);
}

/** The same for any account parameter and payer (a mint TokenProgram.initializeMint creates). */
export function emitCreateAccount(g: InstructionGen, who: { account: string; payer: string }, space: number, owner: SystemOwner, signer?: CpiSigner): void {
  const a = g.cg.asm;
  const frame = g.cg.frame;
  const mark = frame.mark();
  const signers = signer ? emitSignerSeeds(g, signer) : null;
  const block = frame.alloc(BLOCK.size);
  g.loadRecord('r1', who.payer);
  a.stx(8, 'r10', block + BLOCK.payer, 'r1');
  g.loadRecord('r1', who.account);
  a.stx(8, 'r10', block + BLOCK.account, 'r1');
  a.st(8, 'r10', block + BLOCK.space, space);
  a.lddwRodata('r1', owner === 'self' ? g.programIdRef() : g.cg.bytes(pubkeyBytes(PROGRAM_IDS.token), 8));
  a.stx(8, 'r10', block + BLOCK.owner, 'r1');
  if (signers === null) a.st(8, 'r10', block + BLOCK.signers, 0);
  else {
    loadSignersAddress(g, 'r1', signers);
    a.stx(8, 'r10', block + BLOCK.signers, 'r1');
  }
  a.mov('r1', 'r10');
  a.add('r1', block);
  a.call(createAccountRoutine(g.cg));
  const errors = g.cg.errors;
  a.jumpIf('jeq', 'r0', STATUS.payerIsAccount, errors.anchor('TryingToInitPayerAsProgramAccount'));
  a.jumpIf('jeq', 'r0', STATUS.unsupportedRent, errors.builtin('UnsupportedSysvar'));
  frame.release(mark);
}

/** What the funded path of the routine works with (see createAccountRoutine). */
interface RoutineParts {
  system: RodataRef;
  payer: (r: Reg) => void;
  account: (r: Reg) => void;
  copyOwner: (at: number) => void;
}

/**
 * Anchor 1.x's funded path, with r3 = the account's lamports and r7 = max(minimum, 1): one
 * CreateAccountAllowPrefund (u32 13 | u64 top-up | u64 space | owner) signed by the account, the payer
 * among its accounts only when there is something to pay (anchor-lang's create_account_allow_prefund).
 */
function emitCreateAllowPrefund(cg: Codegen, frame: StackFrame, data: number, parts: RoutineParts): void {
  const a = cg.asm;
  const { createAccountAllowPrefund: ix } = SYSTEM_IX;
  const owed = a.newLabel('prefund_owed');
  const filled = a.newLabel('prefund_filled');
  a.jumpIf('jlt', 'r3', 'r7', owed);
  a.mov('r7', 0);
  a.jump(filled);
  a.bind(owed);
  a.sub('r7', 'r3');
  a.bind(filled);
  a.st(4, 'r10', data, ix.index);
  a.stx(8, 'r10', data + 4, 'r7');
  a.ldx(8, 'r1', 'r6', BLOCK.space);
  a.stx(8, 'r10', data + 12, 'r1');
  parts.copyOwner(data + 20);
  const unpaid = a.newLabel('prefund_unpaid');
  a.jumpIf('jeq', 'r7', 0, unpaid);
  const account = { load: parts.account, writable: true, signer: true };
  emitRequestCall(cg, frame, {
    programId: parts.system, accounts: [account, { load: parts.payer, writable: true, signer: true }],
    data, dataLen: ix.size, signers: { reg: 'r9' },
  });
  a.mov('r0', STATUS.ok);
  a.exit();
  a.bind(unpaid);
  emitRequestCall(cg, frame, { programId: parts.system, accounts: [account], data, dataLen: ix.size, signers: { reg: 'r9' } });
  a.mov('r0', STATUS.ok);
  a.exit();
}

function createAccountRoutine(cg: Codegen): Label {
  return cg.helper('create_account', () => {
    const a = cg.asm;
    const frame = new StackFrame();
    const rent = frame.alloc(RENT.size);
    const data = frame.alloc(SYSTEM_IX.createAccount.size);
    const funded = a.newLabel('create_funded');
    const thresholdOne = a.newLabel('create_threshold_one');
    const system = cg.bytes(pubkeyBytes(PROGRAM_IDS.system), 8);
    const payer = (r: Reg) => a.ldx(8, r, 'r6', BLOCK.payer);
    const account = (r: Reg) => a.ldx(8, r, 'r6', BLOCK.account);
    const copyOwner = (at: number) => {
      a.ldx(8, 'r2', 'r6', BLOCK.owner);
      for (let w = 0; w < 4; w++) {
        a.ldx(8, 'r3', 'r2', 8 * w);
        a.stx(8, 'r10', at + 8 * w, 'r3');
      }
    };
    a.mov('r6', 'r1');
    a.ldx(8, 'r9', 'r6', BLOCK.signers);
    // r7 = the rent-exempt minimum
    a.mov('r1', 'r10');
    a.add('r1', rent);
    a.syscall('sol_get_rent_sysvar');
    a.ldx(8, 'r7', 'r6', BLOCK.space);
    a.add('r7', ACCOUNT_STORAGE_OVERHEAD);
    a.ldx(8, 'r1', 'r10', rent + RENT.lamportsPerByteYear);
    a.mul('r7', 'r1');
    a.ldx(8, 'r1', 'r10', rent + RENT.exemptionThreshold);
    a.lddw('r2', RENT_THRESHOLD_ONE);
    a.jumpIf('jeq', 'r1', 'r2', thresholdOne);
    a.lddw('r2', RENT_THRESHOLD_TWO);
    const unsupported = a.newLabel('create_unsupported_rent');
    a.jumpIf('jne', 'r1', 'r2', unsupported);
    a.mul('r7', 2);
    a.bind(thresholdOne);
    a.ldx(8, 'r2', 'r6', BLOCK.account);
    a.ldx(8, 'r3', 'r2', RECORD.lamports);
    a.jumpIf('jne', 'r3', 0, funded);
    // CreateAccount: u32 0 | u64 lamports | u64 space | owner
    a.st(4, 'r10', data, SYSTEM_IX.createAccount.index);
    a.stx(8, 'r10', data + 4, 'r7');
    a.ldx(8, 'r1', 'r6', BLOCK.space);
    a.stx(8, 'r10', data + 12, 'r1');
    copyOwner(data + 20);
    emitRequestCall(cg, frame, {
      programId: system,
      accounts: [{ load: payer, writable: true, signer: true }, { load: account, writable: true, signer: true }],
      data, dataLen: SYSTEM_IX.createAccount.size, signers: { reg: 'r9' },
    });
    a.mov('r0', STATUS.ok);
    a.exit();

    a.bind(funded);
    const differ = a.newLabel('create_payer_differs');
    a.ldx(8, 'r2', 'r6', BLOCK.account);
    a.ldx(8, 'r3', 'r6', BLOCK.payer);
    emitJumpIfKeysDiffer(a, ['r2', RECORD.key], ['r3', RECORD.key], ['r4', 'r5'], differ);
    a.mov('r0', STATUS.payerIsAccount);
    a.exit();
    a.bind(differ);
    // top-up = max(minimum, 1) − lamports, when positive
    const noTopUp = a.newLabel('create_no_top_up');
    const atLeastOne = a.newLabel('create_minimum_positive');
    a.jumpIf('jne', 'r7', 0, atLeastOne);
    a.mov('r7', 1);
    a.bind(atLeastOne);
    a.ldx(8, 'r3', 'r2', RECORD.lamports);
    if (cg.anchor.initsPrefundedAccountInOneCall) {
      emitCreateAllowPrefund(cg, frame, data, { system, payer, account, copyOwner });
      a.bind(unsupported);
      a.mov('r0', STATUS.unsupportedRent);
      a.exit();
      return;
    }
    a.jumpIf('jge', 'r3', 'r7', noTopUp);
    a.sub('r7', 'r3');
    a.st(4, 'r10', data, SYSTEM_IX.transfer.index);
    a.stx(8, 'r10', data + 4, 'r7');
    emitRequestCall(cg, frame, {
      programId: system,
      accounts: [{ load: payer, writable: true, signer: true }, { load: account, writable: true, signer: false }],
      data, dataLen: SYSTEM_IX.transfer.size, signers: null,
    });
    a.bind(noTopUp);
    // Allocate: u32 8 | u64 space
    a.st(4, 'r10', data, SYSTEM_IX.allocate.index);
    a.ldx(8, 'r1', 'r6', BLOCK.space);
    a.stx(8, 'r10', data + 4, 'r1');
    emitRequestCall(cg, frame, {
      programId: system, accounts: [{ load: account, writable: true, signer: true }],
      data, dataLen: SYSTEM_IX.allocate.size, signers: { reg: 'r9' },
    });
    // Assign: u32 1 | owner
    a.st(4, 'r10', data, SYSTEM_IX.assign.index);
    copyOwner(data + 4);
    emitRequestCall(cg, frame, {
      programId: system, accounts: [{ load: account, writable: true, signer: true }],
      data, dataLen: SYSTEM_IX.assign.size, signers: { reg: 'r9' },
    });
    a.mov('r0', STATUS.ok);
    a.exit();
    a.bind(unsupported);
    a.mov('r0', STATUS.unsupportedRent);
    a.exit();
  });
}
