import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";
import type { GroupMember } from "./group-dp";
import type { Wish } from "./model";

/**
 * The fixed part of one joint DP (GRP1, group-dp.ts): how states are numbered and what
 * each row of the week offers. Built once per call, so the sweeps — which run again
 * while tracing back — only read flat typed arrays.
 *
 * State index = c·R + r: c encodes every wish's slot count (mixed radix, cap + 1 per
 * wish), r the run state (0 = no open block; else which wish's block is open and its
 * length so far, capped at the minimum block).
 */
export interface GroupGrid {
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
  /** Rows with a taker before this row: no wish can hold more slots than that yet. */
  seenBefore: Int32Array;
  /** Per count vector: bit j set when wish j holds its cap. */
  fullMask: Int32Array;
  /**
   * Per count vector: the last row from which it can still end valid. A wish holding some
   * slots but fewer than its minimum must get the rest from the rows left (SCH7), and
   * every slot serves one wish; past this row the state is dropped.
   */
  lastRow: Int32Array;
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

/** Daytime (08:00–22:00) is preferred among schedules that score the same (as wish-dp). */
function isDaytime(s: number): boolean {
  const h = s % SLOTS_PER_DAY;
  return h >= 16 && h < 44;
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
  const seenBefore = new Int32Array(rows);
  let seen = 0;
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
    seenBefore[row] = seen;
    if (takerWish.length > takerStart[row]!) seen++;
  });
  takerStart[rows] = takerWish.length;
  const { fullMask, lastRow } = countTables(cap, Int32Array.from(wishes, (w) => Math.max(1, w.minSlots)), rows, takerStart, takerWish);
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
    seenBefore,
    fullMask,
    lastRow,
  };
}

/** `fullMask` and `lastRow` of every count vector (see GroupGrid). */
function countTables(cap: Int32Array, least: Int32Array, rows: number, takerStart: Int32Array, takerWish: readonly number[]) {
  const n = cap.length;
  // lastFor[j][d]: the last row from which wish j still has d takeable rows; lastAny likewise for any wish.
  const lastFor = Array.from({ length: n }, (_, j) => new Int32Array(least[j]! + 1).fill(-1));
  const lastAny = new Int32Array(rows + 2).fill(-1);
  const left = new Int32Array(n);
  let anyLeft = 0;
  for (let row = rows; row >= 0; row--) {
    if (row < rows) {
      for (let t = takerStart[row]!; t < takerStart[row + 1]!; t++) left[takerWish[t]!]!++;
      if (takerStart[row + 1]! > takerStart[row]!) anyLeft++;
    }
    for (let j = 0; j < n; j++) for (let d = 0; d <= Math.min(left[j]!, least[j]!); d++) if (lastFor[j]![d]! < 0) lastFor[j]![d] = row;
    if (lastAny[anyLeft]! < 0) lastAny[anyLeft] = row;
  }
  for (let d = rows; d >= 0; d--) lastAny[d] = Math.max(lastAny[d]!, lastAny[d + 1]!);
  let C = 1;
  for (let j = 0; j < n; j++) C *= cap[j]! + 1;
  const fullMask = new Int32Array(C);
  const lastRow = new Int32Array(C);
  const kOf = new Int32Array(n);
  for (let c = 0; c < C; c++) {
    if (c > 0) {
      let j = 0;
      while (kOf[j] === cap[j]) kOf[j++] = 0;
      kOf[j]!++;
    }
    let mask = 0;
    let last = rows;
    let owed = 0;
    for (let j = 0; j < n; j++) {
      const k = kOf[j]!;
      if (k === cap[j]) mask |= 1 << j;
      if (k === 0 || k >= least[j]!) continue;
      owed += least[j]! - k;
      last = Math.min(last, lastFor[j]![least[j]! - k]!);
    }
    fullMask[c] = mask;
    lastRow[c] = owed > rows ? -1 : Math.min(last, lastAny[owed]!);
  }
  return { fullMask, lastRow };
}
