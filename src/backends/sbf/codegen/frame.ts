// Static memory planning for generated code: slots in the 4 KiB stack frame (addressed r10 - n) and in
// the 32 KiB heap (addressed from HEAP_START). In: sizes requested while generating code. Out: fixed
// offsets; nothing is allocated at run time. Per-instruction regions are reset with mark()/release().
import { FRAME_SIZE, HEAP_SIZE } from './layout.js';

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

export class StackFrame {
  private used = 0;
  private peak = 0;

  /** Reserves `size` bytes; returns the (negative) offset from r10 of the slot's first byte. */
  alloc(size: number, align = 8): number {
    this.used = alignUp(this.used + size, align);
    this.peak = Math.max(this.peak, this.used);
    if (this.peak > FRAME_SIZE) throw new Error(`internal: stack frame overflow (${this.peak} > ${FRAME_SIZE} bytes)`);
    return -this.used;
  }

  mark(): number {
    return this.used;
  }

  release(mark: number): void {
    this.used = mark;
  }

  get peakBytes(): number {
    return this.peak;
  }
}

export class HeapPlan {
  private used = 0;
  private peak = 0;

  /** Reserves `size` bytes; returns the offset from HEAP_START. */
  alloc(size: number, align = 8): number {
    const at = alignUp(this.used, align);
    this.used = at + size;
    this.peak = Math.max(this.peak, this.used);
    if (this.peak > HEAP_SIZE) throw new Error(`internal: heap plan overflow (${this.peak} > ${HEAP_SIZE} bytes)`);
    return at;
  }

  mark(): number {
    return this.used;
  }

  release(mark: number): void {
    this.used = mark;
  }

  get peakBytes(): number {
    return this.peak;
  }
}
