// The native host's flavors: one per Solana line an Anchor release links, since a program's Rust only builds
// against its own release's crates. In: the anchor-lang version a program crate pins. Out: the flavor that
// hosts it (its solana-program-test, its host crates, its folders under src/runtime/native-host with its sdk.rs
// and its Cargo.lock, its cargo target) and the edits that make that anchor-lang show events, return data and
// CPIs off-chain; null for a line no flavor hosts.
//
// Off-chain (not target_os = "solana"), anchor-lang 1.2 and 0.32 drop events (`sol_log_data` is a
// black_box) and return data (solana-cpi's `set_return_data` is a no-op), and 0.32's CPIs go to
// solana-invoke 0.4, which panics off-chain; so the host builds against a copy of those releases with
// those functions routed to the syscall stubs (native-host.ts, patchAnchorLang): what the program does is
// unchanged, the runtime just gets to see it. 0.29–0.31 reach the stubs through solana-program already.

import { parseAnchorVersion, anchorLine } from '../ir/anchor-version.js';

export interface NativeFlavor {
  /** Names its cache entries. */
  name: string;
  /** The Anchor lines (major.minor) it hosts. */
  anchorLines: readonly string[];
  /** What it links, for messages. */
  stack: string;
  /** Its folder under src/runtime/native-host ('' for the default flavor): its Cargo.lock. */
  folder: string;
  /** The folder under src/runtime/native-host of the sdk.rs naming its crates' types (one for Solana 2 and 3). */
  sdkFolder: string;
  /** Appended to the cargo target dir's name: one target per flavor, so none rebuilds another's crates. */
  targetSuffix: string;
  /** The host crate's [dependencies] besides the programs. */
  dependencies: readonly string[];
  /** Anchor line → the (from, to) edits of its anchor-lang src/lib.rs; a line not listed builds unpatched. */
  anchorLangEdits: Readonly<Record<string, readonly (readonly [string, string])[]>>;
}

const PROTOCOL_CRATES = ['base64 = "0.22"', 'bincode = "1"', 'libc = "0.2"', 'serde_json = "1"', 'tokio = { version = "1", features = ["rt", "time"] }'];

/**
 * The split Solana crates sdk.rs names, at `major`, and the log collector crate of that line, which moved
 * (solana-log-collector in 2.x, solana-svm-log-collector in 3.x): named `log_collector` for either, so one
 * sdk.rs serves both lines.
 */
const splitSolanaCrates = (major: string, programTest: string, logCollector: string) => [
  `log_collector = { package = "${logCollector}", version = "=${programTest}" }`,
  ...['account', 'account-info', 'clock', 'instruction', 'program-error', 'pubkey', 'sysvar', 'transaction', 'transaction-error']
    .map((c) => `solana-${c} = "${major}"`),
  `solana-program-runtime = "=${programTest}"`,
  `solana-program-test = "=${programTest}"`,
];

const ANCHOR_1_2_EDITS = [
  [
    '            #[cfg(not(target_os = "solana"))]\n            core::hint::black_box(data);',
    '            #[cfg(not(target_os = "solana"))]\n            crate::compat::solana_sysvar::program_stubs::sol_log_data(data);',
  ],
  [
    '            solana_invoke::{invoke, invoke_signed, invoke_signed_unchecked, invoke_unchecked},\n        };\n',
    '            solana_invoke::{invoke, invoke_signed, invoke_signed_unchecked, invoke_unchecked},\n        };\n' +
      '        #[cfg(not(target_os = "solana"))]\n' +
      '        pub fn set_return_data(data: &[u8]) {\n' +
      '            crate::compat::solana_sysvar::program_stubs::sol_set_return_data(data)\n' +
      '        }\n' +
      '        #[cfg(not(target_os = "solana"))]\n' +
      '        pub fn get_return_data() -> Option<(crate::solana_program::pubkey::Pubkey, Vec<u8>)> {\n' +
      '            crate::compat::solana_sysvar::program_stubs::sol_get_return_data()\n' +
      '        }\n',
  ],
] as const;

/** 0.32: CPIs, events and return data through the stubs, the accounts' RefCells checked as solana-invoke does. */
const ANCHOR_0_32_EDITS = [
  [
    '            #[cfg(not(target_os = "solana"))]\n            core::hint::black_box(data);',
    '            #[cfg(not(target_os = "solana"))]\n            ::solana_sysvar::program_stubs::sol_log_data(data);',
  ],
  [
    '        pub use solana_cpi::*;\n        pub use solana_invoke::{invoke, invoke_signed, invoke_signed_unchecked, invoke_unchecked};\n',
    `        pub use solana_cpi::*;
        #[cfg(target_os = "solana")]
        pub use solana_invoke::{invoke, invoke_signed, invoke_signed_unchecked, invoke_unchecked};
        #[cfg(not(target_os = "solana"))]
        use {::solana_account_info::AccountInfo, ::solana_instruction::Instruction, ::solana_program_error::ProgramResult};
        #[cfg(not(target_os = "solana"))]
        pub fn invoke(instruction: &Instruction, account_infos: &[AccountInfo]) -> ProgramResult {
            invoke_signed(instruction, account_infos, &[])
        }
        #[cfg(not(target_os = "solana"))]
        pub fn invoke_unchecked(instruction: &Instruction, account_infos: &[AccountInfo]) -> ProgramResult {
            invoke_signed_unchecked(instruction, account_infos, &[])
        }
        #[cfg(not(target_os = "solana"))]
        pub fn invoke_signed(instruction: &Instruction, account_infos: &[AccountInfo], signers_seeds: &[&[&[u8]]]) -> ProgramResult {
            for meta in instruction.accounts.iter() {
                if let Some(info) = account_infos.iter().find(|info| *info.key == meta.pubkey) {
                    if meta.is_writable {
                        let _ = info.try_borrow_mut_lamports()?;
                        let _ = info.try_borrow_mut_data()?;
                    } else {
                        let _ = info.try_borrow_lamports()?;
                        let _ = info.try_borrow_data()?;
                    }
                }
            }
            invoke_signed_unchecked(instruction, account_infos, signers_seeds)
        }
        #[cfg(not(target_os = "solana"))]
        pub fn invoke_signed_unchecked(instruction: &Instruction, account_infos: &[AccountInfo], signers_seeds: &[&[&[u8]]]) -> ProgramResult {
            ::solana_sysvar::program_stubs::sol_invoke_signed(instruction, account_infos, signers_seeds)
        }
        #[cfg(not(target_os = "solana"))]
        pub fn set_return_data(data: &[u8]) {
            ::solana_sysvar::program_stubs::sol_set_return_data(data)
        }
        #[cfg(not(target_os = "solana"))]
        pub fn get_return_data() -> Option<(::solana_pubkey::Pubkey, Vec<u8>)> {
            ::solana_sysvar::program_stubs::sol_get_return_data()
        }
`,
  ],
] as const;

export const NATIVE_FLAVORS: readonly NativeFlavor[] = [
  {
    name: 'solana3',
    anchorLines: ['1.2'],
    stack: 'solana-program-test 3.1.12',
    folder: '',
    sdkFolder: '',
    targetSuffix: '',
    dependencies: [...PROTOCOL_CRATES, ...splitSolanaCrates('3', '3.1.12', 'solana-svm-log-collector')],
    anchorLangEdits: { '1.2': ANCHOR_1_2_EDITS },
  },
  {
    name: 'solana2',
    anchorLines: ['0.31', '0.32'],
    stack: 'solana-program-test 2.3.13',
    folder: 'solana2',
    sdkFolder: '',
    targetSuffix: '-solana2',
    dependencies: [...PROTOCOL_CRATES, ...splitSolanaCrates('2', '2.3.13', 'solana-log-collector')],
    anchorLangEdits: { '0.32': ANCHOR_0_32_EDITS },
  },
  {
    name: 'solana1',
    anchorLines: ['0.29', '0.30'],
    stack: 'solana-program-test 1.18.26',
    folder: 'solana1',
    sdkFolder: 'solana1',
    targetSuffix: '-solana1',
    dependencies: [...PROTOCOL_CRATES, ...['sdk', 'program-runtime', 'program-test'].map((c) => `solana-${c} = "=1.18.26"`)],
    anchorLangEdits: {},
  },
];

/** The flavor hosting anchor-lang `version`, or null when none does. */
export function nativeFlavorOf(version: string): NativeFlavor | null {
  const parsed = parseAnchorVersion(version);
  if (!parsed) return null;
  return NATIVE_FLAVORS.find((flavor) => flavor.anchorLines.includes(anchorLine(parsed))) ?? null;
}

/** The Anchor lines the native runtime hosts, each with its solana-program-test. */
export function nativeAnchorSupport(): string {
  return NATIVE_FLAVORS.map((f) => `Anchor ${f.anchorLines.map((l) => `${l}.x`).join(', ')} under ${f.stack}`).join('; ');
}
