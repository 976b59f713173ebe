// Static memory planning for generated code: slots in the 4 KiB stack frame (addressed r10 - n) and in
// the 32 KiB heap (addressed from HEAP_START). In: sizes requested while generating code. Out: fixed
// offsets; nothing is allocated at run time. Per-instruction regions are reset with mark()/release().
import { FRAME_SIZE, HEAP_SIZE } from './layout.js';

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;

/** A bump plan over one region: how many bytes are in use now, and the most ever in use. */
abstract class RegionPlan {
  protected used = 0;
  private peak = 0;

  constructor(private readonly limit: number, private readonly region: string) {}

  /**
   * Moves the in-use mark to `used` bytes. The limits check bounds both regions before code generation
   * (limits/memory.ts), so past the region's size that bound is wrong: a bug, not a user's program.
   */
  protected grow(used: number): void {
    this.used = used;
    this.peak = Math.max(this.peak, used);
    if (this.peak > this.limit) throw new Error(`internal: ${this.region} overflow (${this.peak} > ${this.limit} bytes)`);
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

export class StackFrame extends RegionPlan {
  constructor() {
    super(FRAME_SIZE, 'stack frame');
  }

  /** Reserves `size` bytes; returns the (negative) offset from r10 of the slot's first byte. */
  alloc(size: number, align = 8): number {
    this.grow(alignUp(this.used + size, align));
    return -this.used;
  }
}

export class HeapPlan extends RegionPlan {
  constructor() {
    super(HEAP_SIZE, 'heap plan');
  }

  /** Reserves `size` bytes; returns the offset from HEAP_START. */
  alloc(size: number, align = 8): number {
    const at = alignUp(this.used, align);
    this.grow(at + size);
    return at;
  }
}
