import type { TNeed, TStatement, TTogetherWish, TWindow } from "../../negotiation/statement";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../../week/slots";
import type { SchedulerInput } from "../model";
import { maximalInput, realisticInput, realisticStatement, seededRandom } from "./statements";

/**
 * The bench's harder week shapes (dev-only), beside `realisticInput`: many small needs,
 * preferred windows that conflict, night shifts, a parent's school runs, one partner very
 * busy, and the schema's maximum sizes. Each is seeded and deterministic.
 */
export const SHAPES = ["realistic", "many-small", "conflicting-windows", "night-shift", "school-runs", "very-busy", "schema-max"] as const;
export type Shape = (typeof SHAPES)[number];

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

function setBusy(grid: string[], day: number, from: number, to: number, value: "0" | "1"): void {
  for (let h = Math.max(0, from); h < Math.min(SLOTS_PER_DAY, to); h++) grid[day * SLOTS_PER_DAY + h] = value;
}

/** Six to eight needs of one to three hours, short blocks, most with a window. */
function manySmallNeeds(rng: Rng, st: TStatement): TStatement {
  const count = int(rng, 6, 8);
  const needs: TNeed[] = Array.from({ length: count }, (_, i) => {
    const block = [30, 60, 60, 90][int(rng, 0, 3)]!;
    const ideal = Math.max(block / 60, int(rng, 2, 6) / 2);
    // Optional, or at least one block.
    const min = rng() < 0.5 ? 0 : block / 60;
    return {
      id: `small-${i + 1}`,
      label: `Small need ${i + 1}`,
      kind: "other",
      minHoursPerWeek: min,
      idealHoursPerWeek: ideal,
      minBlockMinutes: block,
      windows: rng() < 0.8 ? [{ days: [int(rng, 0, 6)], startHalfHour: int(rng, 34, 40), endHalfHour: 44, weight: int(rng, 1, 3) }] : [],
      priority: int(rng, 1, 5),
    };
  });
  return { ...st, needs };
}

/** Both partners' needs and the together wish all prefer the same evenings and weekend mornings. */
const CONTESTED: TWindow[] = [
  { days: [1, 3], startHalfHour: 36, endHalfHour: 44, weight: 3 },
  { days: [5, 6], startHalfHour: 18, endHalfHour: 26, weight: 3 },
];
function conflictingWindows(st: TStatement): TStatement {
  return {
    ...st,
    needs: st.needs.map((n) => ({ ...n, windows: CONTESTED })),
    together: st.together.map((t): TTogetherWish => ({ ...t, windows: CONTESTED })),
  };
}

/** Works nights (22:00–06:00 four nights a week) and sleeps into the early afternoon. */
function nightShift(rng: Rng, st: TStatement): TStatement {
  const grid = new Array<string>(SLOTS_PER_WEEK).fill("0");
  const start = int(rng, 0, 2);
  for (let d = start; d < start + 4; d++) {
    setBusy(grid, d, 44, 48, "1");
    setBusy(grid, (d + 1) % 7, 0, 12, "1");
    setBusy(grid, (d + 1) % 7, 12, 26, "1");
  }
  return { ...st, busy: grid.join("") };
}

/** Free school runs are not free: 07:30–09:00 and 15:00–17:00 on weekdays. */
function schoolRuns(st: TStatement): TStatement {
  const grid = st.busy.split("");
  for (let d = 0; d < 5; d++) {
    setBusy(grid, d, 15, 18, "1");
    setBusy(grid, d, 30, 34, "1");
  }
  return { ...st, busy: grid.join("") };
}

/** Free only two weekday evenings and one weekend afternoon. */
function veryBusy(rng: Rng, st: TStatement): TStatement {
  const grid = new Array<string>(SLOTS_PER_WEEK).fill("1");
  setBusy(grid, int(rng, 0, 2), 38, 46, "0");
  setBusy(grid, int(rng, 3, 4), 38, 46, "0");
  setBusy(grid, int(rng, 5, 6), 26, 36, "0");
  return { ...st, busy: grid.join("") };
}

export function shapedInput(shape: Shape, seed: number): SchedulerInput {
  if (shape === "realistic") return realisticInput(seed);
  if (shape === "schema-max") return maximalInput();
  const rng = seededRandom(seed ^ 0x5eed);
  let a = realisticStatement(rng);
  let b = realisticStatement(rng);
  if (shape === "many-small") [a, b] = [manySmallNeeds(rng, a), manySmallNeeds(rng, b)];
  if (shape === "conflicting-windows") [a, b] = [conflictingWindows(a), conflictingWindows(b)];
  if (shape === "night-shift") b = nightShift(rng, b);
  if (shape === "school-runs") a = schoolRuns(a);
  if (shape === "very-busy") b = veryBusy(rng, b);
  return { partners: { A: { name: "Ana", statement: a }, B: { name: "Ben", statement: b } }, timeZone: "Europe/Berlin" };
}
