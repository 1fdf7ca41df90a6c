import { isOutOfTime, msLeft, phase, withinBudget, type Budget } from "./budget";
import { startClassCounts, type EarlyCounts } from "./class-schedule";
import { solveBalancedExactly } from "./exact-fallback";
import { jointCapacityBound, reachesJointBound } from "./joint-capacity-bound";
import { scheduleToward } from "./target-schedule";
import type { LpSolver } from "./milp-schedule";
import { buildSlotModel, type PartnerKey, type SchedulerInput, type SlotModel } from "./model";
import { blocksOf, hashBlocks } from "./blocks";
import { planCheckIns } from "./check-ins";
import { explain } from "./explain";
import { fearsAddressed } from "./fears";
import type { ProposalSet, TBlock, TProposal, TProposalKind } from "./proposal";
import { partnerSatisfaction, wishScore as scoreOfWish } from "./satisfaction";
import { planAround, solveExactly, solveOwnBest, type Portfolio, type Solved } from "./portfolio";
import { bestOf, fillLeftovers, isAbove, scoreOf, worseOffFirst, type Objective, type SearchOptions, type Solution } from "./search";
import { rampWeeks } from "./start-small";
import { SideBests } from "./side-bests";
import { searchTogetherPlacements } from "./together-search";
import { unmetWishes } from "./unmet";
import type { WishPlan } from "./wish-dp";

export type { SchedulerInput } from "./model";
export type { ProposalSet } from "./proposal";

/**
 * The compromise-schedule engine (README). Pure and deterministic: the same input gives
 * the same proposals, and infeasible wishes become `unmet` notes, never exceptions.
 */
export function proposeSchedules(input: SchedulerInput, options: ProposeOptions = {}): ProposalSet {
  return withinBudget(options.budget, () => propose(input, options));
}

export interface ProposeOptions {
  /** BUD1: the whole set must be ready within this (no budget: node and effort limits only, deterministic). */
  budget?: Budget;
  /** EXA1: an exact MILP solver for the balanced plan the engine could not prove (the worker passes HiGHS). */
  exact?: LpSolver;
}

/**
 * BUD1: the searches of a set share the budget in this order, each ending by its share of
 * it (counted from the start); what is left after the last is for wording the proposals.
 */
const SHARES = { bestA: 0.08, bestB: 0.16, incumbents: 0.22, balanced: 0.3, exact: 0.85, "equal-share": 0.66, nash: 0.72 } as const;

function propose(input: SchedulerInput, options: ProposeOptions): ProposalSet {
  const model = buildSlotModel(input);
  // CLS2: the fallback's class MILP starts now on the solver's second core, if it has one.
  const early = startClassCounts(model, options.exact, msLeft() * SHARES.exact);
  const solo = {
    A: phase(SHARES.bestA, () => solveOwnBest(model, "A")),
    B: phase(SHARES.bestB, () => solveOwnBest(model, "B")),
  };
  const best = { A: solo.A.satA, B: solo.B.satB };
  // SAT1's shareOfBest must be true: it divides by a proven best, or by an upper bound on
  // an unproven one (the search's open bound) and then says "at least" (isShareAtLeast).
  const shown = { A: shownBest(solo.A, "A"), B: shownBest(solo.B, "B") };
  // INC1/BND2: each partner's own best bounds every search, and each best with the other
  // partner planned around it is a schedule every search must beat.
  const isBestExact = solo.A.isExact && solo.B.isExact;
  const share = (v: number, p: PartnerKey) => (best[p] > 1e-9 ? Math.min(1, v / best[p]) : 1);
  const known: SearchOptions = {
    incumbents: phase(SHARES.incumbents, () => [planAround(model, solo.A, "B"), planAround(model, solo.B, "A")]),
    ...(isBestExact ? { ceiling: best } : {}),
  };
  const soloPlans = [solo.A.plans, solo.B.plans];
  const sides = new SideBests(model);
  const equalShare: Objective = (a, b) => [Math.min(share(a, "A"), share(b, "B")), a + b];
  const nash: Objective = (a, b) => [a * b, a + b];

  const searched = phase(SHARES.balanced, () => solveOrPlace(model, worseOffFirst, known, {}, soloPlans, sides));
  const balancedRaw = searched.isExact ? searched : proveOrImprove(input, model, searched, shown, options.exact, early);
  // Nobody waits for the class MILP any more: the second core is free for the next request.
  early?.cancel();
  const balanced = finish(model, balancedRaw);
  const proposals: TProposal[] = [build(input, model, "balanced", balanced, shown)];
  const full = proposals[0]!.blocks;
  proposals.push(buildStartSmall(input, model, full, balanced, shown));
  // The balanced plan is a schedule the alternatives must beat too (INC1).
  const knownToo: SearchOptions = { ...known, incumbents: [...(known.incumbents ?? []), balancedRaw.plans] };
  for (const [kind, objective] of [["equal-share", equalShare], ["nash", nash]] as const) {
    // OPT3: an alternative is shown only when its optimum is proven, so no proposal shown is
    // Pareto-dominated. When the balanced search could not finish, the week is too crowded
    // for the search to prove an alternative either (on the bench it never did).
    if (!balancedRaw.isExact) break;
    const raw = phase(SHARES[kind], () => solveExactly(model, objective, knownToo, { firstTry: balancedRaw.tried }));
    // Equal share divides by each partner's best: its optimum is proven only if they are.
    const candidate = build(input, model, kind, finish(model, raw, kind === "nash" || isBestExact), shown);
    if (candidate.isExact && proposals.every((p) => p.kind === "start-small" || isMeaningfullyDifferent(p, candidate))) proposals.push(candidate);
  }
  return { timeZone: input.timeZone, proposals };
}

/**
 * The exact search; when it cannot finish, TOG1 (together-search.ts) looks for a better
 * schedule than the search's best, starting from it and the schedules it was given. The
 * result then stays marked inexact: it is the best found, not a proven optimum.
 */
function solveOrPlace(model: SlotModel, objective: Objective, known: SearchOptions, portfolio: Portfolio, soloPlans: WishPlan[][], sides: SideBests): Solved {
  const solved = solveExactly(model, objective, known, portfolio);
  if (solved.isExact) return solved;
  // The search's open bound still bounds every schedule, TOG1's too (EXA1 uses it).
  const placed = placeAround(model, objective, [solved.plans, ...(known.incumbents ?? []), ...soloPlans], sides);
  return { ...placed, tried: -1, ...(solved.bound ? { bound: solved.bound } : {}) };
}

/** TOG1 from the given schedules: its schedule, or the best given if it has none (no together wishes); never exact. */
function placeAround(model: SlotModel, objective: Objective, starts: WishPlan[][], sides: SideBests): Solution {
  const found = searchTogetherPlacements(model, objective, starts, { sides });
  return { ...bestOf(model, objective, found ? [found, ...starts] : starts)!, isExact: false, nodes: 0 };
}

interface Finished {
  plans: WishPlan[];
  isExact: boolean;
}

/** Exact only if the search proved its optimum (and, where the objective needs them, the bests it divides by). */
function finish(model: SlotModel, solution: Solution, isObjectiveExact = true): Finished {
  return { plans: fillLeftovers(model, solution.plans), isExact: solution.isExact && isObjectiveExact };
}

/**
 * The balanced plan the search could not prove: proven after all when it reaches both
 * partners' joint bound (BND3); else, with a solver, the exact fallback (EXA1), which needs
 * no first stage when the plan's level is already as high as any bound allows (EXA2).
 */
function proveOrImprove(
  input: SchedulerInput,
  model: SlotModel,
  searched: Solved,
  shown: Record<PartnerKey, ShownBest>,
  exact?: LpSolver,
  early?: EarlyCounts,
): Solved {
  // BUD1: with no time left at all nothing more is tried, not even this cheap proof.
  if (isOutOfTime()) return searched;
  const joint = jointCapacityBound(model);
  // INC2: a schedule placed toward the bound's split, kept if it beats the search's.
  const toward = scheduleToward(model, joint.targets);
  const best = isAbove(worseOffFirst(toward.satA, toward.satB), worseOffFirst(searched.satA, searched.satB)) ? { ...searched, ...toward } : searched;
  if (reachesJointBound(joint, best.satA, best.satB)) return { ...best, isExact: true };
  if (!exact) return best;
  // No schedule's worse-off partner is above either partner's best, the search's open bound or BND3's.
  const levelAtMost = Math.min(shown.A.value, shown.B.value, best.bound?.[0] ?? Infinity, joint.level);
  return phase(SHARES.exact, () => withExact(input, model, best, exact, levelAtMost, early));
}

/**
 * EXA1: the exact MILP's balanced plan where the engine could not prove its own; the
 * better of the two is kept. Proven when the MILP proved both stages and the plan kept is
 * at least as good as its optimum.
 */
function withExact(input: SchedulerInput, model: SlotModel, searched: Solved, solve: LpSolver, levelAtMost: number, early?: EarlyCounts): Solved {
  const exact = solveBalancedExactly(input, model, solve, searched, levelAtMost, early);
  if (!exact) return searched;
  const milp = scoreOf(model, exact.plans);
  const isMilpBetter = isAbove(worseOffFirst(milp.satA, milp.satB), worseOffFirst(searched.satA, searched.satB));
  const kept = isMilpBetter ? { ...searched, plans: exact.plans, ...milp } : searched;
  return { ...kept, isExact: exact.isOptimal, tried: -1 };
}

/** A partner's best as shown: the proven best, or else an upper bound on it (`isAtLeast`). */
interface ShownBest {
  value: number;
  isAtLeast: boolean;
}

function shownBest(solo: Solved, p: PartnerKey): ShownBest {
  if (solo.isExact) return { value: p === "A" ? solo.satA : solo.satB, isAtLeast: false };
  // partnerFirst(p) puts p's satisfaction first: the open bound's first part bounds p's best.
  return { value: Math.min(100, solo.bound?.[0] ?? 100), isAtLeast: true };
}

/**
 * ALT1: an alternative is shown only if some partner's satisfaction differs by ≥ 5 points,
 * or ≥ 25 % of the scheduled person-hours sit elsewhere, from every proposal already shown.
 */
export const ALT_MIN_POINTS = 5;
export const ALT_MIN_BLOCK_SHARE = 0.25;

export function isMeaningfullyDifferent(a: TProposal, b: TProposal): boolean {
  const dA = Math.abs(a.partners.A.satisfaction - b.partners.A.satisfaction);
  const dB = Math.abs(a.partners.B.satisfaction - b.partners.B.satisfaction);
  if (Math.max(dA, dB) >= ALT_MIN_POINTS) return true;
  const cells = (blocks: readonly TBlock[]) => {
    const set = new Set<string>();
    for (const x of blocks) for (let s = x.startSlot; s < x.endSlot; s++) set.add(`${x.owner}/${x.wishId}/${s}`);
    return set;
  };
  const ca = cells(a.blocks);
  const cb = cells(b.blocks);
  let diff = 0;
  for (const c of ca) if (!cb.has(c)) diff++;
  for (const c of cb) if (!ca.has(c)) diff++;
  const union = ca.size + cb.size - (ca.size + cb.size - diff) / 2;
  return union > 0 && diff / union >= ALT_MIN_BLOCK_SHARE;
}

const TITLES: Record<TProposalKind, string> = {
  balanced: "Balanced",
  "start-small": "Start small",
  "equal-share": "Equal share of each one's best",
  nash: "Most in total",
};

const round1 = (x: number) => Math.round(x * 10) / 10;

function outcomes(
  input: SchedulerInput,
  model: SlotModel,
  blocks: readonly TBlock[],
  sat: Record<PartnerKey, number>,
  shown: Record<PartnerKey, ShownBest>,
) {
  const reassurance = { A: input.partners.A.statement.reassurance, B: input.partners.B.statement.reassurance };
  const checkIns = planCheckIns(blocks, reassurance, model.names);
  const partner = (p: PartnerKey) => ({
    name: model.names[p],
    satisfaction: round1(sat[p]),
    // Rounded down when it is a lower bound, so "at least" stays true.
    shareOfBest: (shown[p].isAtLeast ? Math.floor : Math.round)((shown[p].value > 1e-9 ? Math.min(1, sat[p] / shown[p].value) : 1) * 1000) / 1000,
    ...(shown[p].isAtLeast ? { isShareAtLeast: true } : {}),
    fearsAddressed: fearsAddressed(input.partners[p].statement.fears, p, blocks, checkIns, model.names),
  });
  return { checkIns, partners: { A: partner("A"), B: partner("B") } };
}

function build(
  input: SchedulerInput,
  model: SlotModel,
  kind: TProposalKind,
  done: Finished,
  shown: Record<PartnerKey, ShownBest>,
): TProposal {
  const blocks = blocksOf(model, done.plans);
  const { satA, satB } = scoreOf(model, done.plans);
  const sat = { A: satA, B: satB };
  return {
    id: `${kind}-${hashBlocks(blocks)}`,
    kind,
    title: TITLES[kind],
    blocks,
    ...outcomes(input, model, blocks, sat, shown),
    explanation: explain(model, kind, done.plans, blocks, sat),
    unmet: unmetWishes(model, done.plans),
    isExact: done.isExact,
  };
}

function buildStartSmall(
  input: SchedulerInput,
  model: SlotModel,
  full: readonly TBlock[],
  balanced: Finished,
  shown: Record<PartnerKey, ShownBest>,
): TProposal {
  const weeks = rampWeeks(model, full);
  const first = weeks[0]!;
  const sat = satisfactionOfBlocks(model, first);
  return {
    id: `start-small-${hashBlocks(weeks.flat())}`,
    kind: "start-small",
    title: TITLES["start-small"],
    blocks: first,
    weeks,
    arrivesAt: arrivalOf(model, weeks),
    ...outcomes(input, model, first, sat, shown),
    explanation: [
      ...explain(model, "start-small", balanced.plans, full, sat).slice(0, 1),
      `Week 1 holds ${first.length} of the ${full.length} blocks of the balanced plan; each week adds more until week ${weeks.length} is the full plan.`,
      ...explain(model, "balanced", balanced.plans, full, scoreFromPlans(model, balanced.plans)).slice(1),
    ],
    unmet: unmetWishes(model, balanced.plans),
    isExact: balanced.isExact,
  };
}

function scoreFromPlans(model: SlotModel, plans: WishPlan[]): Record<PartnerKey, number> {
  const { satA, satB } = scoreOf(model, plans);
  return { A: satA, B: satB };
}

/**
 * Where a ramp arrives: its week-1 figures alone would make "start small" look poor beside
 * the plan it grows into, so the last week's figures travel with it.
 */
export function arrivalOf(model: SlotModel, weeks: readonly (readonly TBlock[])[]): Record<PartnerKey, number> {
  const sat = satisfactionOfBlocks(model, weeks.at(-1) ?? []);
  return { A: Math.round(sat.A * 10) / 10, B: Math.round(sat.B * 10) / 10 };
}

/** Satisfaction of any block list (ramp weeks), with the same formula. */
export function satisfactionOfBlocks(model: SlotModel, blocks: readonly TBlock[]): Record<PartnerKey, number> {
  const scores = model.wishes.map((w) => {
    const mine = blocks.filter((b) => b.owner === w.owner && b.wisher === w.partner && b.wishId === w.id);
    let k = 0;
    let omega = 0;
    for (const b of mine) for (let s = b.startSlot; s < b.endSlot; s++) {
      k++;
      omega += w.windowWeight[s] ?? 0;
    }
    return scoreOfWish(w, k, omega);
  });
  return { A: partnerSatisfaction(model.wishes, scores, "A"), B: partnerSatisfaction(model.wishes, scores, "B") };
}
