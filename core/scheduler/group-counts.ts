/**
 * What the joint DP (GRP1) knows of every count vector before it sweeps: which wishes
 * hold their cap, the last row from which it can still end valid, and so how many count
 * vectors a layer can hold after each row — layers and back-pointer logs are then
 * allocated once, at their largest size, instead of growing (and leaving garbage) mid-sweep.
 */
export interface CountTables {
  /** Per count vector: bit j set when wish j holds its cap. */
  fullMask: Int32Array;
  /**
   * Per count vector: the last row from which it can still end valid. A wish holding some
   * slots but fewer than its minimum must get the rest from the rows left (SCH7), and
   * every slot serves one wish; past this row the state is dropped.
   */
  lastRow: Int32Array;
  /** Per row: most count vectors the layer after it can hold (reachable by then, still valid after). */
  mostAfter: Int32Array;
  /** The largest layer: max(1, mostAfter). */
  widest: number;
}

/**
 * @param least smallest count each wish may end with when it gets anything: max(1, min)
 * @param takerStart row r's takers (wishes that may take its slot) are takerWish[takerStart[r] ..]
 */
export function countTables(cap: Int32Array, least: Int32Array, rows: number, takerStart: Int32Array, takerWish: Int32Array): CountTables {
  const n = cap.length;
  // lastFor[j][d]: the last row from which wish j may still take d slots; lastAny[d] the same for slots of any wish.
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
  // firstFor[j][k]: the first row after which wish j can hold k slots; firstAny[k] the same for all wishes together.
  const firstFor = Array.from({ length: n }, (_, j) => new Int32Array(cap[j]! + 1).fill(rows));
  const firstAny = new Int32Array(rows + 2).fill(rows);
  const seen = new Int32Array(n);
  let anySeen = 0;
  for (let j = 0; j < n; j++) firstFor[j]![0] = 0;
  firstAny[0] = 0;
  for (let row = 0; row < rows; row++) {
    for (let t = takerStart[row]!; t < takerStart[row + 1]!; t++) {
      const j = takerWish[t]!;
      if (++seen[j]! <= cap[j]!) firstFor[j]![seen[j]!] = row;
    }
    if (takerStart[row + 1]! > takerStart[row]!) firstAny[++anySeen] = row;
  }
  // Per wish and count k, at offset[j] + k: what that count alone says (first row it can be
  // held after, last row it can still end valid from, slots it still owes, full or not).
  const offset = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) offset[j + 1] = offset[j]! + cap[j]! + 1;
  const firstOf = new Int32Array(offset[n]!);
  const lastOf = new Int32Array(offset[n]!);
  const owesOf = new Int32Array(offset[n]!);
  const fullOf = new Int32Array(offset[n]!);
  for (let j = 0; j < n; j++) {
    for (let k = 0; k <= cap[j]!; k++) {
      const isShort = k > 0 && k < least[j]!;
      firstOf[offset[j]! + k] = firstFor[j]![k]!;
      lastOf[offset[j]! + k] = isShort ? lastFor[j]![least[j]! - k]! : rows;
      owesOf[offset[j]! + k] = isShort ? least[j]! - k : 0;
      fullOf[offset[j]! + k] = k === cap[j] ? 1 << j : 0;
    }
  }
  let C = 1;
  for (let j = 0; j < n; j++) C *= cap[j]! + 1;
  const fullMask = new Int32Array(C);
  const lastRow = new Int32Array(C);
  // Count vector c is in the layers after rows first(c) .. lastRow[c] − 1.
  const enters = new Int32Array(rows + 1);
  // Level j combines the counts of wishes j .. n − 1; when a count changes only the levels
  // below it are redone, so each count vector costs O(1) on average.
  const sum = new Int32Array(n + 1);
  const first = new Int32Array(n + 1);
  const last = new Int32Array(n + 1).fill(rows);
  const owed = new Int32Array(n + 1);
  const mask = new Int32Array(n + 1);
  const kOf = new Int32Array(n);
  let changed = n - 1;
  for (let c = 0; c < C; c++) {
    if (c > 0) {
      let j = 0;
      while (kOf[j] === cap[j]) kOf[j++] = 0;
      kOf[j]!++;
      changed = j;
    }
    for (let j = changed; j >= 0; j--) {
      const at = offset[j]! + kOf[j]!;
      sum[j] = sum[j + 1]! + kOf[j]!;
      first[j] = Math.max(first[j + 1]!, firstOf[at]!);
      last[j] = Math.min(last[j + 1]!, lastOf[at]!);
      owed[j] = owed[j + 1]! + owesOf[at]!;
      mask[j] = mask[j + 1]! | fullOf[at]!;
    }
    fullMask[c] = mask[0]!;
    const lastC = owed[0]! > rows ? -1 : Math.min(last[0]!, lastAny[owed[0]!]!);
    lastRow[c] = lastC;
    const firstC = Math.max(first[0]!, sum[0]! > rows ? rows : firstAny[sum[0]!]!);
    if (firstC < lastC) {
      enters[firstC]!++;
      enters[lastC]!--;
    }
  }
  const mostAfter = new Int32Array(rows);
  let widest = 1;
  for (let row = 0, held = 0; row < rows; row++) {
    held += enters[row]!;
    mostAfter[row] = held;
    widest = Math.max(widest, held);
  }
  return { fullMask, lastRow, mostAfter, widest };
}
