import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";
import type { GroupMember } from "./group-dp";
import { countTables, type CountTables } from "./group-counts";
import type { Wish } from "./model";
import { isDaytime } from "./wish-dp";

/**
 * The fixed part of one joint DP (GRP1, group-dp.ts): how states are numbered and what
 * each row of the week offers. Built once per call, so the sweeps — which run again
 * while tracing back — only read flat typed arrays.
 *
 * State index = c·R + r: c encodes every wish's slot count (mixed radix, cap + 1 per
 * wish), r the run state (0 = no open block; else which wish's block is open and its
 * length so far, capped at the minimum block).
 */
export interface GroupGrid extends CountTables {
  n: number;
  /** Run states and count vectors; width = R · C. */
  R: number;
  C: number;
  width: number;
  cap: Int32Array;
  stride: Int32Array;
  block: Int32Array;
  runBase: Int32Array;
  runWish: Int32Array;
  runLen: Int32Array;
  /** Back-pointer kind of each run state as a predecessor: 0 idle, 1 + j a full block of j, else SHORTER. */
  prevKind: Int32Array;
  /** DP rows: the slots some wish may take, and the idle slot after them that closes runs. */
  rows: number;
  slotOfRow: Int32Array;
  isDayEnd: Uint8Array;
  /** The wish that must take the row's slot, or −1. */
  mustOf: Int32Array;
  /** Row r's takers are entries takerStart[r] .. takerStart[r + 1] − 1. */
  takerStart: Int32Array;
  takerWish: Int32Array;
  /** Window part of the score one more slot adds. */
  takerGain: Float64Array;
  /** Tie-break one more slot adds (integers, so sums stay exact). */
  takerTie: Int32Array;
}

/** Back-pointer kind of a run state that is neither idle nor a full block: "one slot shorter". */
export const SHORTER = 15;

/** Most slots each wish can hold: its ideal, or fewer if it has fewer allowed slots. */
export function caps(wishes: readonly Wish[], allowed: readonly Uint8Array[]): number[] {
  return wishes.map((w, j) => {
    if (w.idealSlots < w.blockSlots) return 0;
    let n = 0;
    const mask = allowed[j]!;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) n += mask[s]!;
    return Math.min(w.idealSlots, n);
  });
}

/** Undefined when the required slots cannot all be honoured. */
export function gridOf(members: readonly GroupMember[], crowded?: Uint8Array): GroupGrid | undefined {
  const wishes = members.map((m) => m.wish);
  const allowed = members.map((m) => m.allowed);
  const n = wishes.length;
  const cap = Int32Array.from(caps(wishes, allowed));
  const block = Int32Array.from(wishes, (w) => Math.max(1, w.blockSlots));
  const runBase = new Int32Array(n);
  const runWish: number[] = [-1];
  const runLen: number[] = [0];
  const prevKind: number[] = [0];
  let R = 1;
  for (let j = 0; j < n; j++) {
    runBase[j] = R;
    for (let len = 1; len <= block[j]!; len++) {
      runWish.push(j);
      runLen.push(len);
      prevKind.push(len === block[j] ? 1 + j : SHORTER);
    }
    R += block[j]!;
  }
  const stride = new Int32Array(n);
  let C = 1;
  for (let j = 0; j < n; j++) {
    stride[j] = C;
    C *= cap[j]! + 1;
  }
  const mustSlot = new Int32Array(SLOTS_PER_WEEK).fill(-1);
  for (let j = 0; j < n; j++) {
    const rq = members[j]!.required;
    if (!rq) continue;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      if (!rq[s]) continue;
      if (!allowed[j]![s] || cap[j] === 0 || (mustSlot[s]! >= 0 && mustSlot[s] !== j)) return undefined;
      mustSlot[s] = j;
    }
  }
  // Only slots some wish may take need a DP step; the first idle slot after them closes runs.
  const slotOfRow: number[] = [];
  let isOpen = false;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) {
    let any = false;
    for (let j = 0; j < n && !any; j++) any = cap[j]! > 0 && allowed[j]![s] === 1;
    if (any || isOpen) slotOfRow.push(s);
    isOpen = any && s % SLOTS_PER_DAY !== SLOTS_PER_DAY - 1;
  }
  const rows = slotOfRow.length;
  // Per-slot gain of each wish: its window part (the count part is added at the end).
  const gain = wishes.map((w, j) => (members[j]!.isValued && w.windowShare > 0 ? (w.weight * w.windowShare) / (3 * w.idealSlots) : 0));
  const takerStart = new Int32Array(rows + 1);
  const takerWish: number[] = [];
  const takerGain: number[] = [];
  const takerTie: number[] = [];
  const mustOf = new Int32Array(rows);
  const isDayEnd = new Uint8Array(rows);
  slotOfRow.forEach((s, row) => {
    const must = mustSlot[s]!;
    mustOf[row] = must;
    isDayEnd[row] = s % SLOTS_PER_DAY === SLOTS_PER_DAY - 1 ? 1 : 0;
    const taste = (isDaytime(s) ? 8 : 0) - 16 * Math.min(3, crowded?.[s] ?? 0);
    takerStart[row] = takerWish.length;
    for (let j = 0; j < n; j++) {
      if ((must >= 0 && j !== must) || allowed[j]![s] !== 1 || cap[j] === 0) continue;
      takerWish.push(j);
      takerGain.push(gain[j]! * (wishes[j]!.windowWeight[s] ?? 0));
      takerTie.push(taste + (members[j]!.prefer?.[s] ? 64 : 0));
    }
  });
  takerStart[rows] = takerWish.length;
  const least = Int32Array.from(wishes, (w) => Math.max(1, w.minSlots));
  const counts = countTables(cap, least, rows, takerStart, Int32Array.from(takerWish));
  return {
    n,
    R,
    C,
    width: R * C,
    cap,
    stride,
    block,
    runBase,
    runWish: Int32Array.from(runWish),
    runLen: Int32Array.from(runLen),
    prevKind: Int32Array.from(prevKind),
    rows,
    slotOfRow: Int32Array.from(slotOfRow),
    isDayEnd,
    mustOf,
    takerStart,
    takerWish: Int32Array.from(takerWish),
    takerGain: Float64Array.from(takerGain),
    takerTie: Int32Array.from(takerTie),
    ...counts,
  };
}
