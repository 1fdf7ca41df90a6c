import { SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel } from "./model";
import { searchBest, type Objective, type SearchOptions, type Solution } from "./search";
import type { WishPlan } from "./wish-dp";

/**
 * The exact search run in configurations from cheap to costly (README "Engine"); every
 * one is exact when it finishes, and the first that finishes wins. Slot branching alone is
 * fastest when wishes barely compete; joint units (GRP1) win when one partner's wishes
 * crowd the same hours; linked stand-ins (LNK1) when a together wish crowds the other's.
 */
const TRIES: readonly SearchOptions[] = [
  { groupLimit: 0, nodeLimit: 150 },
  { groupLimit: 8000, isLinking: false, nodeLimit: 40 },
  { groupLimit: 8000, isLinking: true, nodeLimit: 10 },
];

export function solveExactly(model: SlotModel, objective: Objective, options: SearchOptions = {}): Solution {
  let best: Solution | undefined;
  let nodes = 0;
  for (const tries of TRIES) {
    const found = searchBest(model, objective, { ...options, ...tries });
    nodes += found.nodes;
    if (found.isExact) return { ...found, nodes };
    if (!best || isBetter(objective(found.satA, found.satB), objective(best.satA, best.satB))) best = found;
  }
  return { ...best!, nodes };
}

function isBetter(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] > b[0] + 1e-9 || (a[0] > b[0] - 1e-9 && a[1] > b[1] + 1e-9);
}

/**
 * INC1: one partner's best schedule kept as it is, the other partner planned around it.
 * Always feasible; when both partners reach their own best this way the schedule is
 * optimal for every proposal at once.
 */
export function planAround(model: SlotModel, first: Solution, second: PartnerKey): WishPlan[] {
  const blocked: Record<PartnerKey, Uint8Array> = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK) };
  model.wishes.forEach((w, i) => {
    if (w.partner === second) return;
    for (const s of first.plans[i]!.slots) {
      if (occupies(w, "A")) blocked.A[s] = 1;
      if (occupies(w, "B")) blocked.B[s] = 1;
    }
  });
  const mine: Objective = second === "A" ? (a, b) => [a, b] : (a, b) => [b, a];
  // Only a starting point for the exact searches: any feasible schedule will do, so stay cheap.
  const rest = searchBest(model, mine, { isActive: (i) => model.wishes[i]!.partner === second, blocked, groupLimit: 0, nodeLimit: 40 });
  return model.wishes.map((w, i) => (w.partner === second ? rest.plans[i]! : first.plans[i]!));
}

