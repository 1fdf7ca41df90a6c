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
  /** Per block, R entries each: best value, its tie-break, and (while recording) its back-pointer. */
  value: Float64Array;
  tie: Int32Array;
  back: Uint8Array;
}

export function createLayer(g: GroupGrid): Layer {
  const capacity = Math.min(g.C, 64);
  return {
    blockOf: new Int32Array(g.C).fill(-1),
    counts: new Int32Array(capacity),
    size: 0,
    value: new Float64Array(capacity * g.R),
    tie: new Int32Array(capacity * g.R),
    back: new Uint8Array(capacity * g.R),
  };
}

/** Forgets every state. */
export function clearLayer(layer: Layer): void {
  for (let i = 0; i < layer.size; i++) layer.blockOf[layer.counts[i]!] = -1;
  layer.size = 0;
}

/** Room for at least `wanted` blocks (at least twice the old), keeping the first `size`; returns the layer. */
export function grow(g: GroupGrid, layer: Layer, size: number, wanted = size + 1): Layer {
  const capacity = Math.min(g.C, Math.max(wanted, 2 * layer.counts.length));
  const counts = new Int32Array(capacity);
  counts.set(layer.counts.subarray(0, size));
  const value = new Float64Array(capacity * g.R);
  value.set(layer.value.subarray(0, size * g.R));
  const tie = new Int32Array(capacity * g.R);
  tie.set(layer.tie.subarray(0, size * g.R));
  const back = new Uint8Array(capacity * g.R);
  back.set(layer.back.subarray(0, size * g.R));
  return Object.assign(layer, { counts, value, tie, back });
}

/** A new block for count vector c, every run state unreachable; returns its index. */
export function addBlock(g: GroupGrid, layer: Layer, c: number): number {
  if (layer.size === layer.counts.length) grow(g, layer, layer.size);
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
