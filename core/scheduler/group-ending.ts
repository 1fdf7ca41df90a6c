import type { GroupGrid } from "./group-grid";
import type { Layer } from "./group-layer";
import type { GroupMember } from "./group-dp";
import { wishScore } from "./satisfaction";

const EPS = 1e-10;

export interface Ending {
  /** Count vector of the best final state (−1: no schedule ends valid). */
  c: number;
  /** Its value: window gains plus every wish's count score. */
  value: number;
  /** Its linked-count key. */
  key: number;
  /** Best value for every linked-count key that some schedule reaches. */
  table: Map<number, number>;
}

/**
 * The best way the week can end (after the last row): every wish with nothing or between
 * its minimum and its ideal (SCH6, SCH7), each adding its count score.
 * @param forcedKey only endings with exactly these linked counts may be chosen
 */
export function bestEnding(g: GroupGrid, last: Layer, members: readonly GroupMember[], forcedKey?: number): Ending {
  const { n, R } = g;
  let bestC = -1;
  let bestV = -Infinity;
  let bestTie = -Infinity;
  let bestKey = 0;
  const table = new Map<number, number>();
  for (let i = 0; i < last.size; i++) {
    const c = last.counts[i]!;
    const at = last.blockOf[c]! * R;
    const v0 = last.value[at]!;
    if (v0 === -Infinity) continue;
    let rest = c;
    let v = v0;
    let key = 0;
    let isValid = true;
    for (let j = 0; j < n && isValid; j++) {
      const size = g.cap[j]! + 1;
      const k = rest % size;
      rest = (rest - k) / size;
      const w = members[j]!.wish;
      key += k * members[j]!.linkRadix;
      if (k === 0) continue;
      if (k < Math.max(1, w.minSlots)) isValid = false;
      else if (members[j]!.isValued) v += w.weight * wishScore(w, k, 0);
    }
    if (!isValid) continue;
    const seen = table.get(key);
    if (seen === undefined || v > seen) table.set(key, v);
    if (forcedKey !== undefined && key !== forcedKey) continue;
    if (v > bestV + EPS || (v > bestV - EPS && last.tie[at]! > bestTie)) {
      bestV = v;
      bestC = c;
      bestTie = last.tie[at]!;
      bestKey = key;
    }
  }
  return { c: bestC, value: bestV, key: bestKey, table };
}
