import { SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import type { PartnerKey, SlotModel } from "./model";
import { solveExactly } from "./portfolio";
import { partnerFirst } from "./search";
import type { WishPlan } from "./wish-dp";

const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

/**
 * Each partner's best needs around given together time, remembered per placement: a
 * partner's side changes only when together time moves onto hours they could use.
 */
export class SideBests {
  private readonly memo: Record<PartnerKey, Map<string, WishPlan[]>> = { A: new Map(), B: new Map() };
  /** Exact bests with the time taken away when they were planned, for reuse (see `best`). */
  private readonly entries: Record<PartnerKey, { taken: Uint8Array; plans: WishPlan[]; slots: number[] }[]> = { A: [], B: [] };

  constructor(private readonly model: SlotModel) {}

  best(p: PartnerKey, taken: Uint8Array): WishPlan[] {
    const free = p === "A" ? this.model.freeA : this.model.freeB;
    let key = "";
    for (let s = 0; s < SLOTS_PER_WEEK; s++) if (taken[s] && free[s]) key += `${s},`;
    const known = this.memo[p].get(key);
    if (known) return known;
    // Fewer free hours never help: a plan that was best with less taken away and does not
    // touch what is taken now is still best.
    for (const entry of this.entries[p]) {
      if (!isWithin(entry.taken, taken, free) || entry.slots.some((s) => taken[s])) continue;
      this.memo[p].set(key, entry.plans);
      return entry.plans;
    }
    const wishes = this.model.wishes;
    const found = solveExactly(
      this.model,
      partnerFirst(p),
      { isActive: (i) => wishes[i]!.owner === p, blocked: { A: taken, B: taken } },
      { isOnePartner: true },
    );
    this.memo[p].set(key, found.plans);
    if (found.isExact) {
      const slots = found.plans.flatMap((plan, i) => (wishes[i]!.owner === p ? plan.slots : []));
      this.entries[p].push({ taken: taken.slice(), plans: found.plans, slots });
    }
    return found.plans;
  }
}

/** Is every slot of `inner` that is free for the partner also in `outer`? */
function isWithin(inner: Uint8Array, outer: Uint8Array, free: Uint8Array): boolean {
  for (let s = 0; s < SLOTS_PER_WEEK; s++) if (inner[s] && free[s] && !outer[s]) return false;
  return true;
}
