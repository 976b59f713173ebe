// What bytemuck's Pod (Anchor's zero_copy) cannot hold is reported at the field: a Boolean, a string, a struct
// (PS2044); a FixedArray outside a zero-copy account (PS2045) or without a length (PS2047); padding in the repr(C)
// layout, before a field or at the end, on x86-64 (u128 aligned to 16) or on SBF (PS2046).
// expect: PS2045 at 31:10
// expect: PS2047 at 35:10
// expect: PS2044 at 25:3
// expect: PS2044 at 26:3
// expect: PS2044 at 27:3
// expect: PS2046 at 40:3
// expect: PS2046 at 45:3
// expect: PS2046 at 48:18
import { Account, Boolean, FixedArray, Pubkey, Result, Signer, Str, u8, u64, u128, ZeroCopyAccount } from "@solanaturbine/poseidon";

export default class CaseProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");

  run(admin: Signer, a: Flags): Result {}
}

export interface Point {
  x: u64;
}

export interface Flags extends ZeroCopyAccount {
  open: Boolean;
  name: Str<8>;
  at: Point;
}

export interface Borsh extends Account {
  cells: FixedArray<u64, 4>;
}

export interface NoLength extends ZeroCopyAccount {
  cells: FixedArray<u64>;
}

export interface PaddedBefore extends ZeroCopyAccount {
  small: u8;
  big: u64;
}

export interface PaddedOnX86 extends ZeroCopyAccount {
  count: u64;
  total: u128;
}

export interface PaddedAtEnd extends ZeroCopyAccount {
  count: u64;
  tag: u8;
}
