// Which host flavor runs a program natively, chosen from the anchor-lang release its crate pins, and what
// `poseidon test --runtime native` says of a release no flavor hosts (src/runtime/native-flavors.ts,
// src/runtime/project.ts). The flavors themselves run in tests/execution/anchor-versions.test.ts and HFMMT.
import { describe, expect, it } from 'vitest';
import { nativeFlavorOf } from '../../src/runtime/native-flavors.js';
import { nativeAnchorRefusal } from '../../src/runtime/project.js';

describe('native host flavors', () => {
  it.each([
    ['1.2.2', 'solana-program-test 3.1.12'],
    ['0.32.1', 'solana-program-test 2.3.13'],
    ['0.32.0', 'solana-program-test 2.3.13'],
    ['0.31.1', 'solana-program-test 2.3.13'],
  ])('anchor-lang %s runs under %s, and --runtime native accepts it', (version, stack) => {
    expect(nativeFlavorOf(version)?.stack).toBe(stack);
    expect(nativeAnchorRefusal('counter', version, 'programs/counter/Cargo.toml')).toBeNull();
  });
});
