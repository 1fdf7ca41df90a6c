import { checkTime } from "./budget";
import type { GroupBound } from "./group-bound";
import type { GroupMember } from "./group-dp";
import { bestEnding } from "./group-ending";
import type { GroupGrid } from "./group-grid";
import { addBlock, createLayer, keepBest } from "./group-layer";
import { sweepRow } from "./group-sweep";

/** Count vectors the beam keeps after each row. */
const BEAM = 64;

/**
 * The value of a good schedule of the group, found fast: the joint DP keeping after each
 * row only the BEAM count vectors whose best state looks most promising (its value plus
 * the bound on the rest of the week). Every state it keeps is a real partial schedule, so
 * its best ending is a schedule the exact DP can prune against; −∞ when the beam ends
 * nowhere valid.
 */
export function beamValue(g: GroupGrid, bound: GroupBound, members: readonly GroupMember[]): number {
  // Room for the beam and its successors, so the layers rarely need to grow.
  const wide = Math.min(g.widest, BEAM * (1 + g.n));
  let cur = createLayer(g, wide);
  let next = createLayer(g, wide);
  cur.value[addBlock(g, cur, 0) * g.R] = 0;
  for (let row = 0; row < g.rows; row++) {
    checkTime();
    sweepRow(g, cur, next, row);
    keepBest(g, next, BEAM, (c, value) => value + bound.at(row + 1, c));
    [cur, next] = [next, cur];
  }
  return bestEnding(g, cur, members).value;
}
