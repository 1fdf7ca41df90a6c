import type { GroupBound } from "./group-bound";
import type { GroupGrid } from "./group-grid";
import { clearLayer, grow, sortCounts, type Layer } from "./group-layer";

/**
 * One step of the joint DP of GRP1 (group-dp.ts): every state of the slot before →
 * every state after one more slot, optionally writing each state's back-pointer. Kept
 * apart from the planning around it because it is the engine's hottest loop: the large
 * joint units run it on millions of states per slot, and again while tracing back.
 */

const EPS = 1e-10;
/** Per taker of the row: where the current block's successor starts in `to` (−1 none, −2 not looked up yet). */
const targetAt = new Int32Array(16);

/** Branch and bound inside the DP: drop states whose value plus `bound` is below `cut`. */
export interface Pruning {
  bound: GroupBound;
  cut: number;
}

/**
 * Advances the DP by one row: every state of `from` → `to`. While recording, each state
 * reached gets its back-pointer in `to.back`: (wish taken + 1) | (kind of the run state
 * before << 4). States are met in a fixed order (count vectors ascending, then run
 * state, then taker) and only a strictly better candidate replaces the best so far, so
 * the schedule chosen is the same however often a row is swept.
 */
export function sweepRow(g: GroupGrid, from: Layer, to: Layer, row: number, isRecording = false, prune?: Pruning): void {
  const { R, stride, block, runBase, runWish, runLen, prevKind, fullMask, lastRow, widest } = g;
  const t0 = g.takerStart[row]!;
  const t1 = g.takerStart[row + 1]!;
  clearLayer(to);
  const { takerWish, takerGain, takerTie } = g;
  const fromBlockOf = from.blockOf;
  const fromCounts = from.counts;
  const fromValue = from.value;
  const fromTie = from.tie;
  const toBlockOf = to.blockOf;
  let { counts: toCounts, value: toValue, tie: toTie, back: toBack } = to;
  let toSize = 0;
  /** Where the states of count vector `c` start in `to`, opening its block on first use. */
  const blockStart = (c: number): number => {
    let tb = toBlockOf[c]!;
    if (tb < 0) {
      tb = toSize++;
      toBlockOf[c] = tb;
      toCounts[tb] = c;
      for (let x = tb * R, e = x + R; x < e; x++) toValue[x] = -Infinity;
    }
    return tb * R;
  };
  // A slot some wish must take (the search's branch) leaves no idle choice.
  const mayIdle = g.mustOf[row]! < 0;
  for (let i = 0; i < from.size; i++) {
    const c = fromCounts[i]!;
    // Past its last row a state cannot end valid any more (SCH7): dropped.
    const last = lastRow[c]!;
    if (last < row) continue;
    // Room for every successor, so that no block is added while the arrays are in locals.
    if (toSize + 1 + t1 - t0 > toCounts.length && toCounts.length < widest) ({ counts: toCounts, value: toValue, tie: toTie, back: toBack } = grow(g, to, toSize, toSize + 1 + t1 - t0));
    const full = fullMask[c]!;
    let idleAt = -2;
    for (let t = t0; t < t1; t++) targetAt[t - t0] = -2;
    const fb = fromBlockOf[c]! * R;
    // States whose bound falls short of a schedule already known are dropped (they and
    // their successors stay unreachable); the best states never are, nor their pointers.
    const threshold = prune ? prune.cut - prune.bound.at(row, c) : -Infinity;
    for (let r = 0; r < R; r++) {
      const v = fromValue[fb + r]!;
      if (v === -Infinity || v < threshold) continue;
      const tie = fromTie[fb + r]!;
      const open = runWish[r]!;
      const isClosed = open < 0 || runLen[r]! >= block[open]!;
      const kind = prevKind[r]! << 4;
      if (isClosed) {
        if (idleAt === -2) {
          idleAt = -1;
          if (mayIdle && last > row) idleAt = blockStart(c);
        }
        const at = idleAt;
        if (at >= 0) {
          if (beats(v, tie, toValue, toTie, at)) {
            toValue[at] = v;
            toTie[at] = tie;
            if (isRecording) toBack[at] = kind;
          }
        }
      }
      for (let t = t0; t < t1; t++) {
        const j = takerWish[t]!;
        let nr: number;
        if (open === j) nr = runBase[j]! + Math.min(runLen[r]! + 1, block[j]!) - 1;
        else if (isClosed) nr = runBase[j]!;
        else continue;
        let base = targetAt[t - t0]!;
        if (base === -2) {
          base = -1;
          const toC = c + stride[j]!;
          if (((full >> j) & 1) === 0 && lastRow[toC]! > row) base = blockStart(toC);
          targetAt[t - t0] = base;
        }
        if (base < 0) continue;
        const at = base + nr;
        const nv = v + takerGain[t]!;
        const nt = tie + takerTie[t]!;
        if (beats(nv, nt, toValue, toTie, at)) {
          toValue[at] = nv;
          toTie[at] = nt;
          if (isRecording) toBack[at] = (j + 1) | kind;
        }
      }
    }
  }
  // Layers grow up to the widest layer a week can reach (group-counts): past it, an invariant broke.
  if (toSize > toCounts.length) throw new Error(`joint DP layer overflow: ${toSize} > ${toCounts.length}`);
  to.size = toSize;
  // Blocks never cross midnight: at a day's end only finished blocks survive, as idle.
  if (g.isDayEnd[row]) {
    for (let b = 0; b < toSize; b++) {
      const idle = b * R;
      for (let r = 1; r < R; r++) {
        const at = idle + r;
        const v = toValue[at]!;
        if (v !== -Infinity && runLen[r]! >= block[runWish[r]!]!) {
          if (beats(v, toTie[at]!, toValue, toTie, idle)) {
            toValue[idle] = v;
            toTie[idle] = toTie[at]!;
            if (isRecording) toBack[idle] = toBack[at]!;
          }
        }
        toValue[at] = -Infinity;
      }
    }
  }
  sortCounts(to);
}

/**
 * Does (v, tie) replace the best so far at `at`? Better by more than EPS, or as good
 * within EPS with a higher tie-break. One function for every site, so the compiler sees
 * all its uses (a rarely taken copy would be compiled without type feedback and thrash).
 */
function beats(v: number, tie: number, values: Float64Array, ties: Int16Array, at: number): boolean {
  const old = values[at]!;
  return v > old + EPS || (v > old - EPS && tie > ties[at]!);
}
