import type { GroupGrid } from "./group-grid";

/**
 * One layer of the joint DP (GRP1): the best value of every reachable state after some
 * slot. Only a small share of the count vectors is reachable at any slot (on the bench
 * 1–3 % of states × slots are), so a layer holds a block of R run states only for the
 * count vectors reached, found through `blockOf`; memory and time follow the reachable
 * states, not the product of the ideals.
 */
export interface Layer {
  /** Block of each count vector, −1 when it has none. */
  blockOf: Int32Array;
  /** The count vectors holding a block (ascending once the layer is complete). */
  counts: Int32Array;
  size: number;
  /**
   * Per block, R entries each: best value, its tie-break, and (while recording) its
   * back-pointer. A tie-break adds at most 72 per slot taken and loses at most 48, so over
   * a week's 336 slots it stays within 16 bits.
   */
  value: Float64Array;
  tie: Int16Array;
  back: Uint8Array;
}

/**
 * @param capacity blocks to start with: the widest layer of the week (`widest`) means it
 *   never grows; a pruned DP starts small and grows only as far as it reaches.
 */
export function createLayer(g: GroupGrid, capacity = g.widest): Layer {
  return {
    blockOf: new Int32Array(g.C).fill(-1),
    counts: new Int32Array(capacity),
    size: 0,
    value: new Float64Array(capacity * g.R),
    tie: new Int16Array(capacity * g.R),
    back: new Uint8Array(capacity * g.R),
  };
}

/** Room for at least `wanted` blocks (twice as many, up to the widest layer), keeping the first `size`; returns the layer. */
export function grow(g: GroupGrid, layer: Layer, size: number, wanted: number): Layer {
  const capacity = Math.min(g.widest, Math.max(wanted, 2 * layer.counts.length));
  const counts = new Int32Array(capacity);
  counts.set(layer.counts.subarray(0, size));
  const value = new Float64Array(capacity * g.R);
  value.set(layer.value.subarray(0, size * g.R));
  const tie = new Int16Array(capacity * g.R);
  tie.set(layer.tie.subarray(0, size * g.R));
  const back = new Uint8Array(capacity * g.R);
  back.set(layer.back.subarray(0, size * g.R));
  return Object.assign(layer, { counts, value, tie, back });
}

/** Forgets every state. */
export function clearLayer(layer: Layer): void {
  for (let i = 0; i < layer.size; i++) layer.blockOf[layer.counts[i]!] = -1;
  layer.size = 0;
}

/** A new block for count vector c, every run state unreachable; returns its index. */
export function addBlock(g: GroupGrid, layer: Layer, c: number): number {
  if (layer.size === layer.counts.length) grow(g, layer, layer.size, layer.size + 1);
  const b = layer.size++;
  layer.blockOf[c] = b;
  layer.counts[b] = c;
  layer.value.fill(-Infinity, b * g.R, b * g.R + g.R);
  return b;
}

/** Puts the count vectors in ascending order: the sweep meets states in that fixed order. */
export function sortCounts(layer: Layer): void {
  const { counts, size, blockOf } = layer;
  let isSorted = true;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < size; i++) {
    const c = counts[i]!;
    if (i > 0 && counts[i - 1]! > c) isSorted = false;
    low = Math.min(low, c);
    high = Math.max(high, c);
  }
  if (isSorted) return;
  // Densely packed (small units): reading them off in order beats sorting.
  if (high - low <= 8 * size) {
    let at = 0;
    for (let c = low; c <= high; c++) if (blockOf[c]! >= 0) counts[at++] = c;
    return;
  }
  counts.subarray(0, size).sort();
}

/**
 * Keeps only the `most` count vectors whose best state scores highest by `score(c, value)`
 * (ties: the lower count vector), still in ascending order: a beam. Blocks keep their
 * storage, so this is only for a layer about to be swept from, not added to.
 */
export function keepBest(g: GroupGrid, layer: Layer, most: number, score: (c: number, value: number) => number): void {
  if (layer.size <= most) return;
  const scores = new Float64Array(layer.size);
  for (let i = 0; i < layer.size; i++) {
    const c = layer.counts[i]!;
    const at = layer.blockOf[c]! * g.R;
    let best = -Infinity;
    for (let r = 0; r < g.R; r++) best = Math.max(best, layer.value[at + r]!);
    scores[i] = best === -Infinity ? -Infinity : score(c, best);
  }
  // The most-th best score: every count vector above it stays, and at it the lowest first.
  const threshold = scores.slice().sort()[layer.size - most]!;
  let above = 0;
  for (let i = 0; i < layer.size; i++) if (scores[i]! > threshold) above++;
  let tied = most - above;
  let size = 0;
  for (let i = 0; i < layer.size; i++) {
    const c = layer.counts[i]!;
    const isKept = scores[i]! > threshold || (scores[i] === threshold && tied-- > 0);
    if (isKept) layer.counts[size++] = c;
    else layer.blockOf[c] = -1;
  }
  layer.size = size;
}
