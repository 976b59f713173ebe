// UTF-8 validation, as Rust's `String::from_utf8` (which borsh uses for every String) accepts it: no
// overlong forms, no surrogates, nothing above U+10FFFF. In: nothing. Out: the helper routine
//   utf8_valid(r1 = bytes, r2 = length) → r0 = 0 when valid, 1 otherwise.
import type { Label } from '../assembler.js';
import type { Codegen } from './context.js';

export function utf8Valid(cg: Codegen): Label {
  return cg.helper('utf8_valid', () => {
    const a = cg.asm;
    const next = a.newLabel('utf8_next');
    const invalid = a.newLabel('utf8_invalid');
    const valid = a.newLabel('utf8_valid_end');
    const continuation = a.newLabel('utf8_continuation');
    // r1 = cursor, r2 = end, r3 = lead byte, r4 = continuation bytes still expected,
    // r5 = the allowed range [r6, r7] of the first continuation byte (narrower after E0, ED, F0, F4)
    a.add('r2', 'r1');
    a.bind(next);
    a.jumpIf('jge', 'r1', 'r2', valid);
    a.ldx(1, 'r3', 'r1', 0);
    a.add('r1', 1);
    a.jumpIf('jlt', 'r3', 0x80, next);
    a.mov('r6', 0x80);
    a.mov('r7', 0xbf);
    const lead = (from: number, to: number, count: number, lo = 0x80, hi = 0xbf): void => {
      const skip = a.newLabel(`utf8_not_${from.toString(16)}`);
      a.jumpIf('jlt', 'r3', from, skip);
      a.jumpIf('jgt', 'r3', to, skip);
      a.mov('r4', count);
      if (lo !== 0x80) a.mov('r6', lo);
      if (hi !== 0xbf) a.mov('r7', hi);
      a.jump(continuation);
      a.bind(skip);
    };
    lead(0xc2, 0xdf, 1);
    lead(0xe0, 0xe0, 2, 0xa0);
    lead(0xe1, 0xec, 2);
    lead(0xed, 0xed, 2, 0x80, 0x9f);
    lead(0xee, 0xef, 2);
    lead(0xf0, 0xf0, 3, 0x90);
    lead(0xf1, 0xf3, 3);
    lead(0xf4, 0xf4, 3, 0x80, 0x8f);
    a.jump(invalid);
    // continuation bytes: the first within [r6, r7], the others within [0x80, 0xbf]
    a.bind(continuation);
    const more = a.newLabel('utf8_more');
    a.bind(more);
    a.jumpIf('jge', 'r1', 'r2', invalid);
    a.ldx(1, 'r3', 'r1', 0);
    a.add('r1', 1);
    a.jumpIf('jlt', 'r3', 'r6', invalid);
    a.jumpIf('jgt', 'r3', 'r7', invalid);
    a.mov('r6', 0x80);
    a.mov('r7', 0xbf);
    a.sub('r4', 1);
    a.jumpIf('jne', 'r4', 0, more);
    a.jump(next);
    a.bind(invalid);
    a.mov('r0', 1);
    a.exit();
    a.bind(valid);
    a.mov('r0', 0);
    a.exit();
  });
}
