// The workspace manifests of Anchor's template, for one program.
// In: the Program. Out: the text of Anchor.toml, the workspace Cargo.toml and programs/<name>/Cargo.toml,
// pinned to the anchor-lang release the program targets (src/ir/anchor-version.ts; with `init-if-needed`
// only when an account uses it) and, when the program uses SPL Token, the same anchor-spl release with
// only the features it needs; the program crate's default features are the ones the build enables. Anchor.toml
// turns on the PDA seeds in `anchor build`'s IDL under the key the release reads, so that the IDL Anchor writes
// there has the seeds ours has.
import { programAnchorFacts, targetAnchorVersion, versionText } from '../../ir/anchor-version.js';
import type { Program } from '../../ir/types.js';
import { anchorSplFeatures } from './token.js';

export function anchorToml(program: Program): string {
  return `[toolchain]
anchor_version = "${versionText(targetAnchorVersion(program))}"

[features]
${programAnchorFacts(program).idlSeedsFeature} = true
skip-lint = false

[programs.localnet]
${program.name} = "${program.programId}"

[provider]
cluster = "localnet"
wallet = "~/.config/solana/id.json"
`;
}

/** Anchor's workspace manifest: release builds keep overflow checks on, like the template. */
export function workspaceCargoToml(): string {
  return `[workspace]
members = ["programs/*"]
resolver = "2"

[profile.release]
overflow-checks = true
lto = "fat"
codegen-units = 1

[profile.release.build-override]
opt-level = 3
incremental = false
codegen-units = 1
`;
}

export function programCargoToml(program: Program): string {
  const version = versionText(targetAnchorVersion(program));
  const initIfNeeded = program.instructions.some((ix) => ix.accounts.some((a) => a.init?.ifNeeded));
  const anchorLang = initIfNeeded
    ? `anchor-lang = { version = "=${version}", features = ["init-if-needed"] }`
    : `anchor-lang = "=${version}"`;
  const splFeatures = anchorSplFeatures(program);
  const anchorSpl = splFeatures
    ? `anchor-spl = { version = "=${version}", default-features = false, features = [${splFeatures.map((f) => `"${f}"`).join(', ')}] }
`
    : '';
  // Anchor's zero_copy derives bytemuck's Pod and Zeroable in the program crate; arrays longer than 32 need
  // min_const_generics (the dependency line anchor-attribute-account's docs give).
  const bytemuck = program.stateAccounts.some((s) => s.zeroCopy)
    ? 'bytemuck = { version = "1.17", features = ["derive", "min_const_generics"] }\n'
    : '';
  const idlBuild = ['anchor-lang/idl-build', ...(splFeatures ? ['anchor-spl/idl-build'] : [])].map((f) => `"${f}"`).join(', ');
  // The build's features (src/ir/features.ts) are the crate's default ones, so `anchor build` builds what
  // the .so does. anchor-debug, custom-heap and custom-panic are cfg names Anchor's macros test in the
  // program crate.
  const defaults = (program.features ?? []).map((f) => `"${f}"`).join(', ');
  return `[package]
name = "${program.name}"
version = "0.1.0"
description = "Created with Anchor"
edition = "2021"

[lib]
crate-type = ["cdylib", "lib"]
name = "${program.name}"

[features]
default = [${defaults}]
cpi = ["no-entrypoint"]
no-entrypoint = []
no-idl = []
no-log-ix-name = []
idl-build = [${idlBuild}]
anchor-debug = []
custom-heap = []
custom-panic = []

[dependencies]
${anchorLang}
${anchorSpl}${bytemuck}
[lints.rust]
unexpected_cfgs = { level = "warn", check-cfg = ['cfg(target_os, values("solana"))'] }
`;
}
