import { SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel } from "./model";
import { isOutOfTime } from "./budget";
import { isAbove, partnerFirst, quickSchedule, searchBest, type Objective, type ObjectiveKey, type SearchOptions, type Solution } from "./search";
import type { WishPlan } from "./wish-dp";

/**
 * The exact search run in configurations from cheap to costly (README "Engine"); every
 * one is exact when it finishes, and the first that finishes wins. Slot branching alone is
 * fastest when wishes barely compete; joint units (GRP1) win when one partner's wishes
 * crowd the same hours, large ones when a whole crowded timeline must be one unit.
 * Linked stand-ins (LNK1) come last: they rarely finish, but sometimes only they do.
 */
const TRIES: readonly SearchOptions[] = [
  // A short GRP1 probe first: the root is the same node in every configuration, and when
  // one partner's wishes crowd the same hours a merge or two closes the search at once,
  // where slot branching would spend its whole budget first.
  { groupLimit: 8000, isLinking: false, nodeLimit: 4 },
  { groupLimit: 0, nodeLimit: 150 },
  { groupLimit: 8000, isLinking: false, nodeLimit: 40, effortLimit: 40_000 },
  // Large joint DPs: one partner's whole crowded timeline as one unit. Costly per node, so
  // bounded by DP states rather than nodes alone.
  { groupLimit: 150_000, isLinking: false, nodeLimit: 20, effortLimit: 200_000 },
  { groupLimit: 8000, isLinking: true, nodeLimit: 10, effortLimit: 30_000 },
  // The largest: a timeline of four or five wishes, several all-or-nothing, as one unit of
  // up to 8 M states (group-dp keeps only the states reached and drops those that cannot
  // beat a schedule it knows, so such a unit takes milliseconds).
  { groupLimit: 8_000_000, isLinking: false, nodeLimit: 10, effortLimit: 16_000_000 },
];
/**
 * Both partners' wishes: cheap to costly. Without the largest units: with them (50 nodes)
 * only 2 of the 19 unproven sets of seeds 1 and 2 closed, for seconds on the others.
 */
const ORDER = [0, 1, 2, 3, 4];
/**
 * A partner's own best: after the probe, the whole crowded timeline as one unit at once —
 * on the bench it proves every such best the probe does not, in 3–5 nodes, where slot
 * branching and the smaller units mostly spend their budgets first. No LNK1: there is no
 * other partner's together wish to link.
 */
const ONE_PARTNER_ORDER = [0, 5, 1, 2, 3];

export interface Solved extends Solution {
  /** Index of the configuration that finished (−1 if none): a hint for the next search of the same week. */
  tried: number;
}

export interface Portfolio {
  /** Configuration to run first (the one that finished a search of the same week). */
  firstTry?: number;
  /** Only one partner's wishes are active (their own best): see ONE_PARTNER_ORDER. */
  isOnePartner?: boolean;
}

export function solveExactly(model: SlotModel, objective: Objective, options: SearchOptions = {}, portfolio: Portfolio = {}): Solved {
  // BUD1: with no time left, no search at all.
  if (isOutOfTime()) return { ...quickSchedule(model, objective, options), tried: -1 };
  let best: Solution | undefined;
  let nodes = 0;
  const order = portfolio.isOnePartner ? ONE_PARTNER_ORDER : ORDER;
  const tries = order.map((i) => ({ t: TRIES[i]!, i }));
  const first = tries.findIndex(({ i }) => i === portfolio.firstTry);
  if (first > 0) tries.unshift(...tries.splice(first, 1));
  let bound: ObjectiveKey | undefined;
  for (const { t, i } of tries) {
    const found = searchBest(model, objective, { ...options, ...t });
    nodes += found.nodes;
    if (found.isExact || isAtCeiling(found, options.ceiling)) return { ...found, isExact: true, nodes, tried: i };
    if (!best || isAbove(objective(found.satA, found.satB), objective(best.satA, best.satB))) best = found;
    // Every configuration's open bound holds: the lowest is the tightest.
    if (found.bound && (!bound || isAbove(bound, found.bound))) bound = found.bound;
    // BUD1: past the deadline the first configuration's best is the answer.
    if (isOutOfTime()) break;
  }
  return { ...best!, nodes, tried: -1, ...(bound ? { bound } : {}) };
}

/** A partner's own best: only their wishes active, their satisfaction first. */
export function solveOwnBest(model: SlotModel, p: PartnerKey): Solved {
  return solveExactly(model, partnerFirst(p), { isActive: (i) => model.wishes[i]!.partner === p }, { isOnePartner: true });
}

/**
 * A schedule at both partners' exact bests (BND2) is optimal for every objective monotone
 * in both satisfactions, however the search that found it ended.
 */
function isAtCeiling(found: Solution, ceiling: SearchOptions["ceiling"]): boolean {
  return ceiling !== undefined && found.satA >= ceiling.A - 1e-9 && found.satB >= ceiling.B - 1e-9;
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
  // Only a starting point for the exact searches: any feasible schedule will do, so stay cheap.
  const rest = searchBest(model, partnerFirst(second), { isActive: (i) => model.wishes[i]!.partner === second, blocked, groupLimit: 0, nodeLimit: 40 });
  return model.wishes.map((w, i) => (w.partner === second ? rest.plans[i]! : first.plans[i]!));
}

