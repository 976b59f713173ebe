// Reading the parts of Anchor.toml `anchor test` uses: [scripts] test, [provider] wallet, [[test.genesis]],
// in the TOML spellings Anchor.toml files use (basic and literal strings, comments, multi-line arrays).
import { describe, expect, it } from 'vitest';
import { readAnchorTestSettings } from '../../src/cli/anchor-toml.js';

describe('Anchor.toml test settings', () => {
  it('reads the test script, the wallet and every [[test.genesis]] program', () => {
    const toml = `[toolchain]
anchor_version = "0.30.1" # pinned

[workspace]
members = [
  "programs/a", # the first
  "programs/b",
]

[provider]
cluster = "Localnet"
wallet = '~/.config/solana/id.json'

[scripts]
test = "yarn run ts-mocha -p ./tsconfig.json -t 1000000 \\"tests/**/*.ts\\""

[[test.genesis]]
address = "metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"
program = "tests/fixtures/mpl_token_metadata.so"

[[test.genesis]]
address = "11111111111111111111111111111112"
program = "a.so"
`;
    expect(readAnchorTestSettings(toml)).toEqual({
      ok: true,
      settings: {
        testScript: 'yarn run ts-mocha -p ./tsconfig.json -t 1000000 "tests/**/*.ts"',
        wallet: '~/.config/solana/id.json',
        genesis: [
          { address: 'metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s', program: 'tests/fixtures/mpl_token_metadata.so' },
          { address: '11111111111111111111111111111112', program: 'a.so' },
        ],
        unsupported: [],
      },
    });
  });

  it('gives null for a missing script or wallet, and names the tables only a real validator can load', () => {
    const settings = readAnchorTestSettings('[test.validator]\nurl = "https://api.mainnet-beta.solana.com"\n\n[[test.validator.clone]]\naddress = "x"\n');

    expect(settings).toEqual({ ok: true, settings: { testScript: null, wallet: null, genesis: [], unsupported: ['test.validator.clone'] } });
  });

  it('says which line it cannot read', () => {
    expect([
      readAnchorTestSettings('[scripts]\ntest\n'),
      readAnchorTestSettings('[[test.genesis]]\naddress = "x"\n'),
      readAnchorTestSettings('[workspace]\nmembers = [\n  "a",\n'),
    ]).toEqual([
      { ok: false, error: 'line 2: expected a [table] or key = value' },
      { ok: false, error: 'line 1: a [[test.genesis]] entry needs address and program' },
      { ok: false, error: 'line 2: unclosed [ or { in the value of members' },
    ]);
  });
});
