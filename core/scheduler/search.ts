import { SLOTS_PER_WEEK as WEEK_SLOTS_PER_WEEK } from "../week/slots";
import { occupies, type PartnerKey, type SlotModel } from "./model";
import { OutOfTime, checkTime, isOutOfTime } from "./budget";
import { capacityBound } from "./capacity-bound";
import { greedy, repair } from "./leftovers";
import { totalWeight } from "./satisfaction";
import { scoreOf } from "./score";

export { fillLeftovers } from "./leftovers";
export { scoreOf } from "./score";
import { groupWork, planGroup, type GroupMember } from "./group-dp";
import { planWishWithin, type WishPlan } from "./wish-dp";

// Local copies: hot loops read these, and an imported binding may cost a getter per read.
const SLOTS_PER_WEEK = WEEK_SLOTS_PER_WEEK;

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

/** The balanced proposal's objective (leximin): the worse-off partner first, the total as the tie-break. */
export const worseOffFirst: Objective = (a, b) => [Math.min(a, b), a + b];

/** One partner's satisfaction first, the other's as the tie-break: that partner's own best. */
export function partnerFirst(p: PartnerKey): Objective {
  return p === "A" ? (a, b) => [a, b] : (a, b) => [b, a];
}

/** The best of some schedules under an objective (the first of equals), with both satisfactions. */
export function bestOf(model: SlotModel, objective: Objective, schedules: readonly WishPlan[][]): { plans: WishPlan[]; satA: number; satB: number } | undefined {
  let best: { plans: WishPlan[]; satA: number; satB: number } | undefined;
  for (const plans of schedules) {
    const sat = scoreOf(model, plans);
    if (!best || isAbove(objective(sat.satA, sat.satB), objective(best.satA, best.satB))) best = { plans, ...sat };
  }
  return best;
}

export interface Solution {
  plans: WishPlan[];
  satA: number;
  satB: number;
  /** False when a limit or the time budget stopped the search before it proved its optimum. */
  isExact: boolean;
  nodes: number;
  /** When not exact: the objective no schedule can beat (the best-first search's open bound). */
  bound?: ObjectiveKey;
}

/**
 * Items: item i < n is wish i itself; item n + i is the stand-in of together wish i on
 * the other partner's time once the wish is split (LNK1). A unit is a set of items on one
 * person's time planned jointly and exactly (GRP1); its id is its lowest item.
 */
interface Unit {
  items: number[];
  plans: WishPlan[];
  /** Linked-count key (wishes split in this unit) of `plans`. */
  key: number;
  table: Map<number, number>;
  owner?: PartnerKey;
  linked: number[];
}

interface SearchNode {
  allowed: Uint8Array[];
  required: (Uint8Array | undefined)[];
  isSplit: Uint8Array;
  unitOf: Int16Array;
  units: Map<number, Unit>;
  /** One plan per item (stand-ins of unsplit wishes stay empty). */
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


export interface SearchOptions {
  /** Wishes left out of the search entirely (e.g. the other partner's, for "best for A"). */
  isActive?: (index: number) => boolean;
  nodeLimit?: number;
  /** Most joint-DP states (summed over every unit planned) before giving up like the node limit. */
  effortLimit?: number;
  /** Largest joint DP (run states × count states) a unit may have (GRP1). */
  groupLimit?: number;
  /** Let the other partner's together wish join a unit as a linked stand-in (LNK1). */
  isLinking?: boolean;
  /** Time each person has already given away (for planning one partner around the other). */
  blocked?: Record<PartnerKey, Uint8Array>;
  /** Feasible schedules known beforehand: the best is returned once no node can beat it (INC1). */
  incumbents?: WishPlan[][];
  /** Each partner's exact best satisfaction: no schedule does better (BND2). */
  ceiling?: Record<PartnerKey, number>;
}

/** Past these the search stops and repairs greedily (`isExact: false`); never reached on the bench. */
export const NODE_LIMIT = 3000;
export const GROUP_LIMIT = 20_000;
/** Most combinations of linked together-wish counts a node may enumerate (LNK1). */
const LINK_LIMIT = 4096;

const OTHER: Record<PartnerKey, PartnerKey> = { A: "B", B: "A" };

export function searchBest(model: SlotModel, objective: Objective, options: SearchOptions = {}): Solution {
  const nodeLimit = options.nodeLimit ?? NODE_LIMIT;
  const groupLimit = options.groupLimit ?? GROUP_LIMIT;
  const effortLimit = options.effortLimit ?? Infinity;
  const wishes = model.wishes;
  const n = wishes.length;
  const weightOf = { A: totalWeight(wishes, "A"), B: totalWeight(wishes, "B") };
  // Place value of each together wish's slot count in a linked-count key.
  const radix = new Array<number>(n).fill(0);
  let place = 1;
  wishes.forEach((w, i) => {
    if (w.kind !== "together") return;
    radix[i] = place;
    place *= w.idealSlots + 1;
  });
  const wishOf = (item: number) => (item < n ? item : item - n);
  const timelinesOf = (item: number, isSplit: Uint8Array): PartnerKey[] => {
    const w = wishes[wishOf(item)]!;
    if (item >= n) return [OTHER[w.partner]];
    if (w.owner !== "together") return [w.owner];
    return isSplit[item] ? [w.partner] : ["A", "B"];
  };
  const itemsOf = (unitOf: Int16Array, id: number) => {
    const out: number[] = [];
    for (let it = 0; it < 2 * n; it++) if (unitOf[it] === id) out.push(it);
    return out;
  };
  const crowdingOf = (items: number[], isSplit: Uint8Array, unitOf: Int16Array, plans: WishPlan[]) => {
    const crowd = new Uint8Array(SLOTS_PER_WEEK);
    const mine = new Set(items.flatMap((it) => timelinesOf(it, isSplit)));
    for (let it = 0; it < 2 * n; it++) {
      if (unitOf[it] === unitOf[items[0]!] || unitOf[it]! < 0) continue;
      if (!timelinesOf(it, isSplit).some((p) => mine.has(p))) continue;
      for (const s of plans[it]!.slots) crowd[s] = Math.min(255, crowd[s]! + 1);
    }
    return crowd;
  };

  /** Plans one unit inside the node's masks; undefined when its required slots cannot be met. */
  const solveUnit = (node: Omit<SearchNode, "units" | "satA" | "satB" | "key" | "order">, id: number, forcedKey?: number): Unit | undefined => {
    const items = itemsOf(node.unitOf, id);
    const crowd = crowdingOf(items, node.isSplit, node.unitOf, node.plans);
    const first = wishes[wishOf(items[0]!)]!;
    if (items.length === 1 && items[0]! < n && !node.isSplit[items[0]!]) {
      effort += (first.idealSlots + 1) * (first.blockSlots + 1);
      const plan = planWishWithin(first, node.allowed[id]!, node.required[id], crowd);
      if (!plan) return undefined;
      return { items, plans: [plan], key: 0, table: new Map([[0, first.weight * plan.score]]), owner: first.partner, linked: [] };
    }
    const members: GroupMember[] = items.map((it) => {
      const i = wishOf(it);
      const twin = node.isSplit[i] ? node.plans[it < n ? n + i : i] : undefined;
      const prefer = twin ? new Uint8Array(SLOTS_PER_WEEK) : undefined;
      if (twin && prefer) for (const s of twin.slots) prefer[s] = 1;
      return {
        wish: wishes[i]!,
        allowed: node.allowed[i]!,
        required: node.required[i],
        isValued: it < n,
        linkRadix: node.isSplit[i] ? radix[i]! : 0,
        ...(prefer ? { prefer } : {}),
      };
    });
    effort += groupWork(members.map((m) => m.wish), members.map((m) => m.allowed));
    const result = planGroup(members, crowd, forcedKey);
    if (!result) return undefined;
    const valued = items.find((it) => it < n);
    return {
      items,
      plans: result.plans,
      key: result.key,
      table: result.table,
      ...(valued !== undefined ? { owner: wishes[valued]!.partner } : {}),
      linked: [...new Set(items.map(wishOf).filter((i) => node.isSplit[i]))],
    };
  };

  let order = 0;
  let effort = 0;
  /**
   * Bound of a node: every unit at its best, the units tied together only by the slot counts
   * of split together wishes (LNK1): the best combination of those counts under the objective.
   */
  const complete = (base: Omit<SearchNode, "satA" | "satB" | "key" | "order">): SearchNode | undefined => {
    const split = wishes.map((_, i) => i).filter((i) => base.isSplit[i]);
    const units = [...base.units.values()];
    const capA = capacityBound(model, base.allowed, base.plans.slice(0, n), "A");
    const capB = capacityBound(model, base.allowed, base.plans.slice(0, n), "B");
    const ceilA = (options.ceiling?.A ?? Infinity) + 1e-9;
    const ceilB = (options.ceiling?.B ?? Infinity) + 1e-9;
    const counts = new Array<number>(split.length).fill(0);
    let best: { key: ObjectiveKey; counts: number[]; satA: number; satB: number } | undefined;
    for (;;) {
      const value = { A: 0, B: 0 };
      let isFeasible = true;
      for (const u of units) {
        let key = 0;
        for (const i of u.linked) key += counts[split.indexOf(i)]! * radix[i]!;
        const v = u.table.get(key);
        if (v === undefined) {
          isFeasible = false;
          break;
        }
        if (u.owner) value[u.owner] += v;
      }
      if (isFeasible) {
        const satA = weightOf.A > 0 ? (100 * value.A) / weightOf.A : 100;
        const satB = weightOf.B > 0 ? (100 * value.B) / weightOf.B : 100;
        const key = objective(Math.min(satA, capA, ceilA), Math.min(satB, capB, ceilB));
        if (!best || isAbove(key, best.key)) best = { key, counts: counts.slice(), satA, satB };
      }
      let d = 0;
      while (d < split.length && counts[d] === wishes[split[d]!]!.idealSlots) counts[d++] = 0;
      if (d === split.length) break;
      counts[d]!++;
    }
    if (!best) return undefined;
    const plans = base.plans.slice();
    for (const u of units) {
      let key = 0;
      for (const i of u.linked) key += best.counts[split.indexOf(i)]! * radix[i]!;
      const unit = key === u.key ? u : solveUnit({ ...base, plans }, u.items[0]!, key);
      if (!unit) return undefined;
      unit.items.forEach((it, t) => (plans[it] = unit.plans[t]!));
    }
    return { ...base, plans, satA: best.satA, satB: best.satB, key: best.key, order: order++ };
  };

  /** A child: masks/units changed; `touched` units are re-planned, the rest shared. */
  const child = (parent: SearchNode, change: Partial<Pick<SearchNode, "allowed" | "required" | "isSplit" | "unitOf">>, touched: number[]): SearchNode | undefined => {
    // A node can have many children, each re-planning units: the deadline is checked per child.
    checkTime();
    const base = { ...parent, ...change, plans: parent.plans.slice(), units: new Map(parent.units) };
    for (const [id, u] of parent.units) if (touched.includes(id) || base.unitOf[id] !== id || u.items.some((it) => base.unitOf[it] !== id)) base.units.delete(id);
    const ids = new Set<number>();
    for (let it = 0; it < 2 * n; it++) if (base.unitOf[it]! >= 0 && !base.units.has(base.unitOf[it]!)) ids.add(base.unitOf[it]!);
    for (const id of ids) {
      const unit = solveUnit(base, id);
      if (!unit) return undefined;
      base.units.set(id, unit);
      unit.items.forEach((it, t) => (base.plans[it] = unit.plans[t]!));
    }
    return complete(base);
  };

  const allowed = allowedMasks(model, options);
  const known = bestOf(model, objective, options.incumbents ?? []);
  const incumbent: Solution | undefined = known && { ...known, isExact: true, nodes: 0 };
  const incumbentKey = incumbent && objective(incumbent.satA, incumbent.satB);
  /** Past the node limit: the better of the incumbent and a greedy repair, marked inexact. */
  const giveUp = (plans: WishPlan[], nodes: number): Solution => {
    const repaired = repair(model, plans, nodes, allowed);
    if (incumbent && incumbentKey && !isAbove(objective(repaired.satA, repaired.satB), incumbentKey)) return { ...incumbent, isExact: false, nodes };
    return repaired;
  };
  const unitOf = new Int16Array(2 * n).fill(-1);
  for (let i = 0; i < n; i++) unitOf[i] = i;
  const plans: WishPlan[] = Array.from({ length: 2 * n }, () => ({ score: 0, slots: [], windowSum: 0 }));
  const rootBase = { allowed, required: new Array<Uint8Array | undefined>(n).fill(undefined), isSplit: new Uint8Array(n), unitOf, plans, units: new Map<number, Unit>() };
  // Root: plan in order, steering ties away from slots earlier wishes took.
  for (let i = 0; i < n; i++) {
    const unit = solveUnit(rootBase, i)!;
    rootBase.units.set(i, unit);
    plans[i] = unit.plans[0]!;
  }
  const heap = new NodeHeap();
  const root = complete(rootBase);
  if (root) heap.push(root);
  let nodes = 0;
  let last = root;
  try {
    return branch();
  } catch (error) {
    // BUD1: a joint DP ran past the deadline; the node popped last still bounds every schedule left.
    if (!(error instanceof OutOfTime) || !last) throw error;
    return { ...giveUp(last.plans.slice(0, n), nodes), bound: last.key };
  }

  function branch(): Solution {
    for (;;) {
      const node = heap.pop();
      if (!node) return incumbent ? { ...incumbent, nodes } : repair(model, plans.slice(0, n), nodes, allowed);
      last = node;
      nodes++;
      // INC1: no node left can beat the incumbent, so it is optimal.
      if (incumbent && incumbentKey && !isAbove(node.key, incumbentKey)) return { ...incumbent, nodes };
      const collision = findCollision(node, n, timelinesOf);
      const mismatch = collision ? undefined : findMismatch(node, n);
      if (!collision && mismatch === undefined) {
        const sat = scoreOf(model, node.plans.slice(0, n));
        return { plans: node.plans.slice(0, n), ...sat, isExact: true, nodes };
      }
      // Best-first: the node popped bounds every schedule not yet seen.
      if (nodes >= nodeLimit || effort >= effortLimit || isOutOfTime()) return { ...giveUp(node.plans.slice(0, n), nodes), bound: node.key };
      const push = (c: SearchNode | undefined) => c && heap.push(c);
      if (mismatch) {
        // LNK1: the two copies of a split together wish disagree on a slot: it takes it, or not.
        const { wish: i, slot: s } = mismatch;
        const touched = [node.unitOf[i]!, node.unitOf[n + i]!];
        const rq = node.required.slice();
        rq[i] = rq[i]?.slice() ?? new Uint8Array(SLOTS_PER_WEEK);
        rq[i]![s] = 1;
        push(child(node, { required: rq }, touched));
        const al = node.allowed.slice();
        al[i] = al[i]!.slice();
        al[i]![s] = 0;
        push(child(node, { allowed: al }, touched));
        continue;
      }
      const { person: p, slot: s, items: contenders } = collision!;
      // GRP1/LNK1: whatever collides on p's time is planned jointly on p's time from now on;
      // the other partner's together wish joins as a stand-in whose count stays linked.
      const isSplit = node.isSplit.slice();
      const unitOf2 = node.unitOf.slice();
      const onP = contenders.map((it) => {
        const i = wishOf(it);
        const w = wishes[i]!;
        if (it < n && w.owner === "together" && w.partner !== p && !isSplit[i] && options.isLinking !== false) {
          isSplit[i] = 1;
          return n + i;
        }
        return it;
      });
      const isMergeable = onP.every((it) => it >= n || wishes[it]!.owner !== "together" || wishes[it]!.partner === p || isSplit[it]);
      let links = isMergeable ? 1 : Infinity;
      for (let i = 0; i < n; i++) if (isSplit[i]) links *= wishes[i]!.idealSlots + 1;
      const merging = new Set(onP.map((it) => (it >= n && unitOf2[it]! < 0 ? it : unitOf2[it]!)));
      const id = Math.min(...merging);
      for (let it = 0; it < 2 * n; it++) if (merging.has(unitOf2[it]!) || merging.has(it)) unitOf2[it] = id;
      for (const it of onP) unitOf2[it] = id;
      const group = itemsOf(unitOf2, id);
      const work = groupWork(group.map((it) => wishes[wishOf(it)]!), group.map((it) => node.allowed[wishOf(it)]!));
      if (links <= LINK_LIMIT && work <= groupLimit) {
        const newlySplit = wishes.map((_, i) => i).filter((i) => isSplit[i] && !node.isSplit[i]);
        const touched = [id, ...newlySplit.map((i) => unitOf2[i]!)];
        push(child(node, { isSplit, unitOf: unitOf2 }, touched));
        continue;
      }
      // Too large to plan jointly: branch on the slot — one child per contender that takes
      // it, one where none does. The children partition the subtree.
      const contenderWishes = [...new Set(contenders.map(wishOf))];
      const touched = [...new Set(contenderWishes.flatMap((i) => [node.unitOf[i]!, node.unitOf[n + i]!]).filter((u) => u >= 0))];
      for (const keep of [...contenderWishes, -1]) {
        const al = node.allowed.slice();
        const rq = node.required.slice();
        for (const j of contenderWishes) {
          if (j === keep) {
            rq[j] = rq[j]?.slice() ?? new Uint8Array(SLOTS_PER_WEEK);
            rq[j]![s] = 1;
          } else {
            al[j] = al[j]!.slice();
            al[j]![s] = 0;
          }
        }
        push(child(node, { allowed: al, required: rq }, touched));
      }
    }
  }
}

/** Where each wish may go under the options: its free time, less blocked time; nowhere if inactive. */
export function allowedMasks(model: SlotModel, options: Pick<SearchOptions, "isActive" | "blocked">): Uint8Array[] {
  return model.wishes.map((w, i) => {
    if (!(options.isActive?.(i) ?? true)) return new Uint8Array(SLOTS_PER_WEEK);
    const blocked = options.blocked;
    if (!blocked) return w.free;
    const mask = w.free.slice();
    for (let s = 0; s < SLOTS_PER_WEEK; s++) if ((occupies(w, "A") && blocked.A[s]) || (occupies(w, "B") && blocked.B[s])) mask[s] = 0;
    return mask;
  });
}

/**
 * BUD1, past the deadline: the best known schedule, or each wish in turn at its best in
 * the time the ones before it left. Feasible, never exact, and as cheap as one wish DP each.
 */
export function quickSchedule(model: SlotModel, objective: Objective, options: SearchOptions): Solution {
  const allowed = allowedMasks(model, options);
  const known = bestOf(model, objective, [greedy(model, allowed), ...(options.incumbents ?? [])])!;
  return { ...known, isExact: false, nodes: 0 };
}

export function isAbove(a: ObjectiveKey, b: ObjectiveKey): boolean {
  if (a[0] > b[0] + EPS) return true;
  if (a[0] < b[0] - EPS) return false;
  return a[1] > b[1] + EPS;
}

interface Collision {
  person: PartnerKey;
  slot: number;
  items: number[];
}

function findCollision(node: SearchNode, n: number, timelinesOf: (item: number, isSplit: Uint8Array) => PartnerKey[]): Collision | undefined {
  for (const p of ["A", "B"] as PartnerKey[]) {
    const holder = new Int16Array(SLOTS_PER_WEEK).fill(-1);
    for (let it = 0; it < 2 * n; it++) {
      if (node.unitOf[it]! < 0 || !timelinesOf(it, node.isSplit).includes(p)) continue;
      for (const s of node.plans[it]!.slots) {
        if (holder[s]! >= 0) {
          const items: number[] = [];
          for (let jt = 0; jt < 2 * n; jt++) {
            if (node.unitOf[jt]! < 0 || !timelinesOf(jt, node.isSplit).includes(p)) continue;
            if (node.plans[jt]!.slots.includes(s)) items.push(jt);
          }
          return { person: p, slot: s, items };
        }
        holder[s] = it;
      }
    }
  }
  return undefined;
}

/** First slot where the two copies of a split together wish differ (LNK1). */
function findMismatch(node: SearchNode, n: number): { wish: number; slot: number } | undefined {
  for (let i = 0; i < n; i++) {
    if (!node.isSplit[i]) continue;
    const a = new Set(node.plans[i]!.slots);
    const b = new Set(node.plans[n + i]!.slots);
    for (let s = 0; s < SLOTS_PER_WEEK; s++) if (a.has(s) !== b.has(s)) return { wish: i, slot: s };
  }
  return undefined;
}

