import { SHORTER, type GroupGrid } from "./group-grid";
import { addBlock, clearLayer, type Layer } from "./group-layer";
import { checkTime } from "./budget";
import { sweepRow, type Pruning } from "./group-sweep";

/**
 * Back-pointers of the joint DP (GRP1) and the walk back from the best final state to the
 * slots each wish takes. A row keeps one byte per reached state. When a whole week of
 * them would pass the limit, only each day's first layer is kept during the forward
 * sweep, and while tracing back a day's pointers are recomputed from it, the last day
 * first: at midnight every block is closed, so a day's first layer is one value per count
 * vector reached. Memory then stays within the limit (plus the layers) for about twice
 * the forward time.
 */

/** Most bytes of back-pointers one call holds at once (the large joint units; freed after). */
export const BACK_LIMIT = 32_000_000;

/** Bytes a BackLog takes per count vector kept: its count vector, its block, one pointer per run state. */
export function bytesPerKept(g: GroupGrid): number {
  return 8 + g.R;
}

/** Count vectors per page of a BackLog (a few hundred KB): pages fill as rows come, so nothing is copied twice or wasted. */
const PAGE = 16_384;

interface Page {
  /** Per row kept here: its count vectors ascending, and the block each was swept into. */
  counts: Int32Array;
  blocks: Int32Array;
  /** Per row kept here, its layer's pointers block by block. */
  codes: Uint8Array;
}

/** Back-pointers of consecutive rows: per row the count vectors reached (ascending) and R pointers each. */
export class BackLog {
  private readonly pages: Page[] = [];
  /** Per row kept (from `firstRow` on): its page, where it starts there, how many count vectors. */
  private readonly rowPage: number[] = [];
  private readonly rowStart: number[] = [];
  private readonly rowSize: number[] = [];
  private used = 0;
  private size = 0;
  /** @param capacity most count vectors to hold over all its rows: `keep` refuses a row past it */
  constructor(
    private readonly g: GroupGrid,
    readonly firstRow: number,
    private readonly capacity: number,
  ) {}
  /** Keeps the pointers of the next row, just swept into `layer`; false (and nothing kept) past the capacity. */
  keep(layer: Layer): boolean {
    const { R } = this.g;
    const size = layer.size;
    if (this.size + size > this.capacity) return false;
    let page = this.pages[this.pages.length - 1];
    if (!page || this.used + size > page.counts.length) {
      // A small log gets no more than it can ever hold; a wider row, a page of its own.
      const room = Math.max(size, Math.min(PAGE, this.capacity - this.size));
      page = { counts: new Int32Array(room), blocks: new Int32Array(room), codes: new Uint8Array(room * R) };
      this.pages.push(page);
      this.used = 0;
    }
    // A sweep fills blocks 0 .. size − 1, so its pointers are one contiguous copy.
    page.codes.set(layer.back.subarray(0, size * R), this.used * R);
    for (let i = 0; i < size; i++) {
      const c = layer.counts[i]!;
      page.counts[this.used + i] = c;
      page.blocks[this.used + i] = layer.blockOf[c]!;
    }
    this.rowPage.push(this.pages.length - 1);
    this.rowStart.push(this.used);
    this.rowSize.push(size);
    this.used += size;
    this.size += size;
    return true;
  }
  /** The pointer of state (c, r) after `row`. */
  codeAt(row: number, c: number, r: number): number {
    const at = row - this.firstRow;
    const page = this.pages[this.rowPage[at]!]!;
    const start = this.rowStart[at]!;
    let lo = start;
    let hi = start + this.rowSize[at]! - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (page.counts[mid]! < c) lo = mid + 1;
      else hi = mid;
    }
    return page.codes[(start + page.blocks[lo]!) * this.g.R + r]!;
  }
}

/** The states at a day's first row: all idle, one per count vector reached. */
export interface DayStart {
  firstRow: number;
  counts: Int32Array;
  value: Float64Array;
  tie: Int16Array;
}

export function keepDayStart(g: GroupGrid, layer: Layer, row: number): DayStart {
  const counts: number[] = [];
  const value: number[] = [];
  const tie: number[] = [];
  for (let i = 0; i < layer.size; i++) {
    const c = layer.counts[i]!;
    const at = layer.blockOf[c]! * g.R;
    if (layer.value[at] === -Infinity) continue;
    counts.push(c);
    value.push(layer.value[at]!);
    tie.push(layer.tie[at]!);
  }
  return { firstRow: row, counts: Int32Array.from(counts), value: Float64Array.from(value), tie: Int16Array.from(tie) };
}

function restoreDayStart(g: GroupGrid, layer: Layer, start: DayStart): void {
  clearLayer(layer);
  start.counts.forEach((c, i) => {
    const at = addBlock(g, layer, c) * g.R;
    layer.value[at] = start.value[i]!;
    layer.tie[at] = start.tie[i]!;
  });
}

/** Walks back from the best final state; `slots` per wish come out latest first. */
class Tracer {
  readonly slots: number[][];
  private c: number;
  private r = 0;
  constructor(
    private readonly g: GroupGrid,
    finalC: number,
  ) {
    this.slots = Array.from({ length: g.n }, () => []);
    this.c = finalC;
  }
  /** Rows `to − 1` down to `from`, whose pointers `back` holds. */
  walk(back: BackLog, from: number, to: number): void {
    const { stride, runBase, block, slotOfRow } = this.g;
    for (let row = to - 1; row >= from; row--) {
      const code = back.codeAt(row, this.c, this.r);
      const took = (code & 15) - 1;
      const kind = code >> 4;
      if (took >= 0) {
        this.slots[took]!.push(slotOfRow[row]!);
        this.c -= stride[took]!;
      }
      if (kind === 0) this.r = 0;
      // A day's last state is idle even when its pointer came from a block closed at midnight.
      else if (kind === SHORTER) this.r = this.r > 0 ? this.r - 1 : runBase[took]! + block[took]! - 2;
      else this.r = runBase[kind - 1]! + block[kind - 1]! - 1;
    }
  }
}

/** When the forward sweep kept every row's pointers. */
export function traceWhole(g: GroupGrid, back: BackLog, finalC: number): number[][] {
  const tracer = new Tracer(g, finalC);
  tracer.walk(back, 0, g.rows);
  return tracer.slots;
}

/**
 * Recomputes pointers day by day from `starts` (the layers kept at each day's first row),
 * the last day first. A day whose pointers pass `backLimit` (by the layer sizes the
 * forward sweep saw, `sizes`) is done in chunks, the last first, each re-swept from the day's start.
 */
export function traceByDays(
  g: GroupGrid,
  layers: [Layer, Layer],
  starts: readonly (DayStart | undefined)[],
  sizes: Int32Array,
  finalC: number,
  backLimit: number,
  prune?: Pruning,
): number[][] {
  const tracer = new Tracer(g, finalC);
  let end = g.rows;
  for (let day = starts.length - 1; day >= 0; day--) {
    const start = starts[day];
    if (!start) continue;
    const first = start.firstRow;
    for (let to = end; to > first; ) {
      let from = to - 1;
      let bytes = sizes[from]! * bytesPerKept(g);
      while (from > first && bytes + sizes[from - 1]! * bytesPerKept(g) <= backLimit) bytes += sizes[--from]! * bytesPerKept(g);
      let kept = 0;
      for (let row = from; row < to; row++) kept += sizes[row]!;
      const back = new BackLog(g, from, kept);
      let [cur, next] = layers;
      restoreDayStart(g, cur, start);
      for (let row = first; row < to; row++) {
        checkTime();
        sweepRow(g, cur, next, row, row >= from, prune);
        if (row >= from) back.keep(next);
        [cur, next] = [next, cur];
      }
      tracer.walk(back, from, to);
      to = from;
    }
    end = first;
  }
  return tracer.slots;
}
