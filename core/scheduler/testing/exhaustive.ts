import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../../week/slots";
import { buildSlotModel, occupies, type SchedulerInput, type Wish } from "../model";
import { wishScore } from "../satisfaction";
import { scoreOf } from "../score";
import type { WishPlan } from "../wish-dp";

/**
 * Exhaustive oracle for tiny instances: every valid slot set of every wish (SCH3, SCH6,
 * SCH7 per wish), combined without overlaps (SCH4). Returns every reachable
 * (satA, satB) pair with a schedule reaching it. Only for instances with a handful of free slots per wish.
 */
function slotSetsOf(w: Wish): number[][] {
  const free: number[] = [];
  for (let s = 0; s < SLOTS_PER_WEEK; s++) if (w.free[s]) free.push(s);
  if (free.length > 14) throw new Error("instance too large for the exhaustive oracle");
  const sets: number[][] = [];
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const slots = free.filter((_, i) => mask & (1 << i));
    const k = slots.length;
    if (k > 0 && (k < w.minSlots || k > w.idealSlots)) continue;
    let ok = true;
    let run = 0;
    for (let i = 0; i <= slots.length && ok; i++) {
      const s = slots[i];
      const prev = slots[i - 1];
      const continues = s !== undefined && prev !== undefined && s === prev + 1 && s % SLOTS_PER_DAY !== 0;
      if (i > 0 && !continues) {
        if (run < w.blockSlots) ok = false;
        run = 0;
      }
      run++;
    }
    if (ok) sets.push(slots);
  }
  return sets;
}

/** The leximin optimum among outcomes: the highest level, then the largest total at it (within 10⁻⁶). */
export function leximinOf(outcomes: readonly { satA: number; satB: number }[]): { level: number; total: number } {
  const level = Math.max(...outcomes.map((o) => Math.min(o.satA, o.satB)));
  const total = Math.max(...outcomes.filter((o) => Math.min(o.satA, o.satB) >= level - 1e-6).map((o) => o.satA + o.satB));
  return { level, total };
}

export function allOutcomes(input: SchedulerInput): Array<{ satA: number; satB: number; plans: WishPlan[] }> {
  const model = buildSlotModel(input);
  const options = model.wishes.map(slotSetsOf);
  const out: Array<{ satA: number; satB: number; plans: WishPlan[] }> = [];
  const plans: WishPlan[] = model.wishes.map(() => ({ score: 0, slots: [], windowSum: 0 }));
  const used = { A: new Uint8Array(SLOTS_PER_WEEK), B: new Uint8Array(SLOTS_PER_WEEK) };
  const walk = (i: number) => {
    if (i === model.wishes.length) {
      out.push({ ...scoreOf(model, plans), plans: [...plans] });
      return;
    }
    const w = model.wishes[i]!;
    for (const slots of options[i]!) {
      const people = (["A", "B"] as const).filter((p) => occupies(w, p));
      if (slots.some((s) => people.some((p) => used[p][s]))) continue;
      for (const s of slots) for (const p of people) used[p][s] = 1;
      let omega = 0;
      for (const s of slots) omega += w.windowWeight[s] ?? 0;
      plans[i] = { score: wishScore(w, slots.length, omega), slots: [...slots], windowSum: omega };
      walk(i + 1);
      for (const s of slots) for (const p of people) used[p][s] = 0;
    }
  };
  walk(0);
  return out;
}
