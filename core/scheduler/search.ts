import { SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel } from "./model";
import { partnerSatisfaction } from "./satisfaction";
import { planWish, planWishWithin, type WishPlan } from "./wish-dp";

/**
 * Exact best-first branch and bound over slot collisions (README "Engine").
 * Relaxation: every wish planned on its own (wish-dp), which is an upper bound for
 * both partners at once. If the relaxed plans do not collide, they are feasible and
 * optimal for the whole subtree; otherwise we branch on one contested slot of one
 * person: one child per contender that must take the slot (the others may not), and
 * one child in which none of them may. The children partition the subtree, so no
 * schedule is explored twice.
 * Any objective that never decreases when either partner's satisfaction rises is
 * maximised exactly, so the first collision-free node popped is optimal.
 */
export type ObjectiveKey = readonly [number, number];
export type Objective = (satA: number, satB: number) => ObjectiveKey;

export interface Solution {
  plans: WishPlan[];
  satA: number;
  satB: number;
  /** False only if the node limit was hit and a greedy repair was used. */
  isExact: boolean;
  nodes: number;
}

interface SearchNode {
  allowed: Uint8Array[];
  required: (Uint8Array | undefined)[];
  plans: WishPlan[];
  satA: number;
  satB: number;
  key: ObjectiveKey;
  order: number;
}

const EPS = 1e-9;

function better(a: SearchNode, b: SearchNode): boolean {
  if (a.key[0] > b.key[0] + EPS) return true;
  if (a.key[0] < b.key[0] - EPS) return false;
  if (a.key[1] > b.key[1] + EPS) return true;
  if (a.key[1] < b.key[1] - EPS) return false;
  // Among equal bounds go deepest first: a tight bound then reaches a leaf at once.
  return a.order < b.order;
}

class NodeHeap {
  private items: SearchNode[] = [];
  get size(): number {
    return this.items.length;
  }
  push(n: SearchNode): void {
    const a = this.items;
    a.push(n);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!better(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): SearchNode | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && better(a[l]!, a[m]!)) m = l;
        if (r < a.length && better(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

interface Collision {
  contenders: number[];
  slot: number;
}

function findCollision(model: SlotModel, plans: WishPlan[]): Collision | undefined {
  for (const p of ["A", "B"] as PartnerKey[]) {
    const holder = new Int16Array(SLOTS_PER_WEEK).fill(-1);
    for (let i = 0; i < plans.length; i++) {
      if (!occupies(model.wishes[i]!, p)) continue;
      for (const s of plans[i]!.slots) {
        if (holder[s]! >= 0) {
          const contenders = model.wishes
            .map((w, j) => j)
            .filter((j) => occupies(model.wishes[j]!, p) && plans[j]!.slots.includes(s));
          return { contenders, slot: s };
        }
        holder[s] = i;
      }
    }
  }
  return undefined;
}

/** How many other wishes of the same person(s) hold each slot: the DP's tie-break. */
function crowding(model: SlotModel, plans: WishPlan[], self: number): Uint8Array {
  const crowd = new Uint8Array(SLOTS_PER_WEEK);
  const me = model.wishes[self]!;
  plans.forEach((plan, j) => {
    if (j === self) return;
    const other = model.wishes[j]!;
    if (!(occupies(other, "A") && occupies(me, "A")) && !(occupies(other, "B") && occupies(me, "B"))) return;
    for (const s of plan.slots) crowd[s] = Math.min(255, (crowd[s] ?? 0) + 1);
  });
  return crowd;
}

export function scoreOf(model: SlotModel, plans: WishPlan[]): { satA: number; satB: number } {
  const scores = plans.map((p) => p.score);
  return {
    satA: partnerSatisfaction(model.wishes, scores, "A"),
    satB: partnerSatisfaction(model.wishes, scores, "B"),
  };
}

export interface SearchOptions {
  /** Wishes left out of the search entirely (e.g. the other partner's, for "best for A"). */
  isActive?: (index: number) => boolean;
  nodeLimit?: number;
}

export function searchBest(model: SlotModel, objective: Objective, options: SearchOptions = {}): Solution {
  const nodeLimit = options.nodeLimit ?? 150;
  const n = model.wishes.length;
  const allowed = model.wishes.map((w, i) => (options.isActive?.(i) ?? true ? w.free : new Uint8Array(SLOTS_PER_WEEK)));
  const plans: WishPlan[] = [];
  for (let i = 0; i < n; i++) {
    plans.push({ score: 0, slots: [], windowSum: 0 });
  }
  // Root: plan in order, steering ties away from slots earlier wishes took.
  for (let i = 0; i < n; i++) plans[i] = planWish(model.wishes[i]!, allowed[i]!, crowding(model, plans, i));
  let order = 0;
  const make = (al: Uint8Array[], rq: (Uint8Array | undefined)[], pl: WishPlan[]): SearchNode => {
    const { satA, satB } = scoreOf(model, pl);
    const boundA = Math.min(satA, capacityBound(model, al, pl, "A"));
    const boundB = Math.min(satB, capacityBound(model, al, pl, "B"));
    return { allowed: al, required: rq, plans: pl, satA, satB, key: objective(boundA, boundB), order: order++ };
  };
  const heap = new NodeHeap();
  heap.push(make(allowed, new Array<Uint8Array | undefined>(n).fill(undefined), plans));
  let nodes = 0;
  for (;;) {
    const node = heap.pop()!;
    nodes++;
    const collision = findCollision(model, node.plans);
    if (!collision) return { plans: node.plans, satA: node.satA, satB: node.satB, isExact: true, nodes };
    if (nodes >= nodeLimit) return repair(model, node.plans, nodes);
    const s = collision.slot;
    for (const keep of [...collision.contenders, -1]) {
      const al = node.allowed.slice();
      const rq = node.required.slice();
      const pl = node.plans.slice();
      let isFeasible = true;
      for (const j of collision.contenders) {
        if (j === keep) {
          const must = rq[j]?.slice() ?? new Uint8Array(SLOTS_PER_WEEK);
          must[s] = 1;
          rq[j] = must;
          continue;
        }
        const mask = al[j]!.slice();
        mask[s] = 0;
        al[j] = mask;
      }
      for (const j of collision.contenders) {
        const plan = planWishWithin(model.wishes[j]!, al[j]!, rq[j], crowding(model, pl, j));
        if (!plan) {
          isFeasible = false;
          break;
        }
        pl[j] = plan;
      }
      if (isFeasible) heap.push(make(al, rq, pl));
    }
  }
}

/**
 * Second bound (BND1): a partner's wishes cannot together take more slots than the
 * partner has left to give them. Knapsack over that partner's wishes with each wish's
 * best score for every k (from wish-dp). Never above the relaxation; equal to it when the
 * relaxed plans do not collide, so the search stays exact.
 */
function capacityBound(model: SlotModel, allowed: Uint8Array[], plans: WishPlan[], p: PartnerKey): number {
  const mine: number[] = [];
  const union = new Uint8Array(SLOTS_PER_WEEK);
  model.wishes.forEach((w, i) => {
    if (w.partner !== p) return;
    mine.push(i);
    const mask = allowed[i]!;
    for (let s = 0; s < SLOTS_PER_WEEK; s++) if (mask[s] && w.free[s]) union[s] = 1;
  });
  let cap = 0;
  for (let s = 0; s < SLOTS_PER_WEEK; s++) cap += union[s]!;
  let demand = 0;
  for (const i of mine) demand += plans[i]!.slots.length;
  if (demand <= cap) return Infinity;
  let best = new Float64Array(cap + 1);
  let totalWeight = 0;
  for (const i of mine) {
    const w = model.wishes[i]!;
    totalWeight += w.weight;
    const table = plans[i]!.byK;
    if (!table) return Infinity;
    const next = new Float64Array(cap + 1).fill(-Infinity);
    for (let c = 0; c <= cap; c++) {
      const base = best[c]!;
      if (base === -Infinity) continue;
      for (let k = 0; k < table.length && c + k <= cap; k++) {
        const v = table[k]!;
        if (v === -Infinity) continue;
        const nv = base + w.weight * v;
        if (nv > next[c + k]!) next[c + k] = nv;
      }
    }
    best = next;
  }
  let top = -Infinity;
  for (const v of best) if (v > top) top = v;
  return totalWeight > 0 ? (100 * top) / totalWeight : 100;
}

/** Safety net past the node limit: keep plans in order, re-plan the rest around them. */
function repair(model: SlotModel, plans: WishPlan[], nodes: number): Solution {
  const taken: Record<PartnerKey, Uint8Array> = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK) };
  const out: WishPlan[] = [];
  model.wishes.forEach((w, i) => {
    const mask = new Uint8Array(SLOTS_PER_WEEK);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      const clash = (occupies(w, "A") && taken.A[s]) || (occupies(w, "B") && taken.B[s]);
      mask[s] = w.free[s] && !clash && plans[i]!.slots.length > 0 ? 1 : 0;
    }
    const plan = planWish(w, mask);
    for (const s of plan.slots) {
      if (occupies(w, "A")) taken.A[s] = 1;
      if (occupies(w, "B")) taken.B[s] = 1;
    }
    out.push(plan);
  });
  return { plans: out, ...scoreOf(model, out), isExact: false, nodes };
}

/** Leftover time: give unscheduled wishes at least their minimum where it fits (never hurts). */
export function fillLeftovers(model: SlotModel, plans: WishPlan[]): WishPlan[] {
  const taken: Record<PartnerKey, Uint8Array> = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK) };
  model.wishes.forEach((w, i) => {
    for (const s of plans[i]!.slots) {
      if (occupies(w, "A")) taken.A[s] = 1;
      if (occupies(w, "B")) taken.B[s] = 1;
    }
  });
  return plans.map((plan, i) => {
    if (plan.slots.length > 0) return plan;
    const w = model.wishes[i]!;
    const mask = new Uint8Array(SLOTS_PER_WEEK);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) {
      const clash = (occupies(w, "A") && taken.A[s]) || (occupies(w, "B") && taken.B[s]);
      mask[s] = w.free[s] && !clash ? 1 : 0;
    }
    const filled = planWish(w, mask, undefined, true);
    for (const s of filled.slots) {
      if (occupies(w, "A")) taken.A[s] = 1;
      if (occupies(w, "B")) taken.B[s] = 1;
    }
    return filled;
  });
}
