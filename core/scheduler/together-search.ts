import { SLOTS_PER_WEEK } from "../week/slots";
import type { PartnerKey, SlotModel, Wish } from "./model";
import { isOutOfTime } from "./budget";
import { scoreOf } from "./score";
import { isAbove, type Objective, type ObjectiveKey } from "./search";
import { SideBests } from "./side-bests";
import { allowedFor, replacements, swaps, takenBy, type Placed } from "./together-moves";
import { planWish, type WishPlan } from "./wish-dp";

export interface TogetherSearchOptions {
  /** Most rounds of re-placing (each screens every re-placement of every together wish). */
  rounds?: number;
  /** Moves judged exactly per round by each measure, screened and hoped-for (each costs up to two one-partner searches). */
  exactPerRound?: number;
  /** Each partner's bests around together time, shared by the searches of one proposal set. */
  sides?: SideBests;
}

/**
 * TOG1 (README "Engine") — a heuristic on the one thing that ties the partners together.
 * Once the together blocks are fixed, each partner's needs are a problem of their own: the
 * best schedule for a placement of together time is each partner's exact best around it.
 * So this searches placements of together time only, each judged by both partners' bests
 * around it, and hill-climbs over moves that re-place one together wish (each count from
 * its ideal down to its minimum, or none; where its windows are best, away from the hours
 * one or both partners' needs use now, or as any single block) or let two trade places.
 *
 * It proves nothing. It runs when the exact search gives up, whose best schedule (often a
 * greedy repair, or one partner's best with the other planned around it) could leave the
 * worse-off partner far below what the week allows.
 */
export function searchTogetherPlacements(
  model: SlotModel,
  objective: Objective,
  starts: readonly WishPlan[][],
  options: TogetherSearchOptions = {},
): WishPlan[] | undefined {
  const together = indicesOwnedBy(model, "together");
  if (together.length === 0 || starts.length === 0 || isOutOfTime()) return undefined;
  const rounds = options.rounds ?? 4;
  const exactPerRound = options.exactPerRound ?? 3;
  const sides = options.sides ?? new SideBests(model);

  const keyOf = (plans: WishPlan[]): ObjectiveKey => {
    const { satA, satB } = scoreOf(model, plans);
    return objective(satA, satB);
  };
  const judge = (placement: WishPlan[]): Judged => {
    const taken = takenBy(together, placement);
    const plans = compose(model, placement, (p) => sides.best(p, taken));
    return { placement, plans, key: keyOf(plans) };
  };

  let current = judge(starts[0]!);
  for (const start of starts.slice(1)) {
    if (isOutOfTime()) return current.plans;
    const judged = judge(start);
    if (isAbove(judged.key, current.key)) current = judged;
  }
  // Each partner's needs with no together time in the way: more than any placement leaves
  // them, so a placement whose together wishes cannot lift the objective even then is not
  // worth judging exactly.
  const open = new Uint8Array(SLOTS_PER_WEEK);
  const unhindered = { A: sides.best("A", open), B: sides.best("B", open) };
  const consider = (placement: WishPlan[]) => {
    if (!isAbove(keyOf(compose(model, placement, (p) => unhindered[p])), current.key)) return false;
    const judged = judge(placement);
    if (!isAbove(judged.key, current.key)) return false;
    current = judged;
    return true;
  };
  for (let round = 0; round < rounds && !isOutOfTime(); round++) {
    // Screen every re-placement cheaply (a schedule, so never an overestimate), then
    // judge the most promising exactly.
    const screened: Judged[] = [];
    for (const i of together) {
      for (const placement of [...replacements(model, together, current, i), ...swaps(model, together, current, i)]) {
        if (isOutOfTime()) break;
        const plans = screen(model, together, current, placement);
        screened.push({ placement, plans, key: keyOf(plans) });
      }
    }
    screened.sort(byKeyDescending);
    let isImproved = false;
    const top = screened[0];
    if (top && isAbove(top.key, current.key)) {
      current = top;
      isImproved = true;
    }
    // The most promising by each measure: screened (the needs in the way re-planned one by
    // one, which cannot drop or move a whole need), and hoped-for (the needs left where
    // they are, as if nothing were in their way: what a partner's re-planned side could at
    // best give back).
    const needsNow = current.plans;
    const hoped = screened.map((c) => ({ ...c, key: keyOf(compose(model, c.placement, () => needsNow)) })).sort(byKeyDescending);
    const chosen = new Set([...screened.slice(0, exactPerRound), ...hoped.slice(0, exactPerRound)].map((c) => c.placement));
    for (const placement of chosen) if (!isOutOfTime() && consider(placement)) isImproved = true;
    if (!isImproved) break;
  }
  return current.plans;
}

interface Judged extends Placed {
  key: ObjectiveKey;
}

function byKeyDescending(a: { key: ObjectiveKey }, b: { key: ObjectiveKey }): number {
  return isAbove(a.key, b.key) ? -1 : isAbove(b.key, a.key) ? 1 : 0;
}

function indicesOwnedBy(model: SlotModel, owner: Wish["owner"]): number[] {
  return model.wishes.flatMap((w, i) => (w.owner === owner ? [i] : []));
}

/** A whole schedule: the together wishes as `placement` has them, each partner's needs from `needs`. */
function compose(model: SlotModel, placement: readonly WishPlan[], needs: (p: PartnerKey) => readonly WishPlan[]): WishPlan[] {
  return model.wishes.map((w, i) => (w.owner === "together" ? placement[i]! : needs(w.owner)[i]!));
}

/**
 * A placement judged quickly: each partner's needs stay where they are unless the new
 * together time takes their hours, and those are re-planned one by one around the rest.
 */
function screen(model: SlotModel, together: readonly number[], current: Placed, placement: WishPlan[]): WishPlan[] {
  const taken = takenBy(together, placement);
  const plans = compose(model, placement, () => current.plans);
  for (const p of ["A", "B"] as const) {
    const mine = indicesOwnedBy(model, p);
    const hit = mine.filter((i) => plans[i]!.slots.some((s) => taken[s]));
    if (hit.length === 0) continue;
    const used = taken.slice();
    for (const i of mine) if (!hit.includes(i)) for (const s of plans[i]!.slots) used[s] = 1;
    for (const i of hit) {
      plans[i] = planWish(model.wishes[i]!, allowedFor(model.wishes[i]!, used));
      for (const s of plans[i]!.slots) used[s] = 1;
    }
  }
  return plans;
}
