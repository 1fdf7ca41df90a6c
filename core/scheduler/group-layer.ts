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
   * back-pointer. A tie-break adds at most 72 per slot taken and loses at most 48, so
   * over a week's 336 slots it stays within 16 bits.
   */
  value: Float64Array;
  tie: Int16Array;
  back: Uint8Array;
}

/** Room for the widest layer of the week (`widest`), so a sweep never grows one. */
export function createLayer(g: GroupGrid): Layer {
  const capacity = g.widest;
  return {
    blockOf: new Int32Array(g.C).fill(-1),
    counts: new Int32Array(capacity),
    size: 0,
    value: new Float64Array(capacity * g.R),
    tie: new Int16Array(capacity * g.R),
    back: new Uint8Array(capacity * g.R),
  };
}

/** Forgets every state. */
export function clearLayer(layer: Layer): void {
  for (let i = 0; i < layer.size; i++) layer.blockOf[layer.counts[i]!] = -1;
  layer.size = 0;
}

/** A new block for count vector c, every run state unreachable; returns its index. */
export function addBlock(g: GroupGrid, layer: Layer, c: number): number {
  const b = layer.size++;
  layer.blockOf[c] = b;
  layer.counts[b] = c;
  layer.value.fill(-Infinity, b * g.R, b * g.R + g.R);
  return b;
}

/** Puts the count vectors in ascending order: the sweep meets states in that fixed order. */
export function sortCounts(layer: Layer): void {
  const counts = layer.counts;
  // Blocks are often created in order already; a check is cheaper than the sort.
  for (let i = 1; i < layer.size; i++) {
    if (counts[i - 1]! > counts[i]!) {
      counts.subarray(0, layer.size).sort();
      return;
    }
  }
}
