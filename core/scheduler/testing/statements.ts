import type { TNeed, TStatement, TTogetherWish, TWindow } from "../../negotiation/statement";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../../week/slots";
import type { SchedulerInput } from "../model";

/**
 * Test-data builders and a seeded, realistic generator shared by the tests and the
 * bench (dev-only: imported by *.test.ts and bench/, never by the engine).
 */
export function aNeed(over: Partial<TNeed> = {}): TNeed {
  return {
    id: "alone",
    label: "Time alone",
    kind: "alone",
    minHoursPerWeek: 2,
    idealHoursPerWeek: 4,
    minBlockMinutes: 60,
    windows: [],
    priority: 3,
    ...over,
  };
}

export function aTogetherWish(over: Partial<TTogetherWish> = {}): TTogetherWish {
  return {
    id: "date",
    label: "Date night",
    minHoursPerWeek: 2,
    idealHoursPerWeek: 3,
    minBlockMinutes: 120,
    windows: [],
    ...over,
  };
}

/** A busy grid that is busy everywhere except the given [startSlot, endSlot) ranges. */
export function freeOnly(ranges: Array<[number, number]>): string {
  const grid = new Array<string>(SLOTS_PER_WEEK).fill("1");
  for (const [a, b] of ranges) for (let s = a; s < b; s++) grid[s] = "0";
  return grid.join("");
}

export function aStatement(over: Partial<TStatement> = {}): TStatement {
  return {
    appreciation: "You make me laugh.",
    needs: [aNeed()],
    together: [],
    fears: [],
    reassurance: { frequency: "at-start-and-end", channel: "text", words: "A quick text is enough." },
    busy: "0".repeat(SLOTS_PER_WEEK),
    ...over,
  };
}

export function anInput(a: Partial<TStatement> = {}, b: Partial<TStatement> = {}): SchedulerInput {
  return {
    partners: { A: { name: "Ana", statement: aStatement(a) }, B: { name: "Ben", statement: aStatement(b) } },
    timeZone: "Europe/Lisbon",
  };
}

/** mulberry32: small, seeded, deterministic. */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** Work (weekdays, some with commute), sleep, sometimes childcare evenings or a weekend shift. */
function realisticBusy(rng: Rng): string {
  const grid = new Array<string>(SLOTS_PER_WEEK).fill("0");
  const busy = (day: number, a: number, b: number) => {
    for (let h = Math.max(0, a); h < Math.min(SLOTS_PER_DAY, b); h++) grid[day * SLOTS_PER_DAY + h] = "1";
  };
  const sleepFrom = int(rng, 44, 47);
  const wake = int(rng, 12, 16);
  const workStart = int(rng, 15, 20);
  const workEnd = workStart + int(rng, 16, 20);
  for (let d = 0; d < 7; d++) {
    busy(d, 0, wake + (d >= 5 ? 2 : 0));
    busy(d, sleepFrom, SLOTS_PER_DAY);
    if (d < 5) busy(d, workStart, workEnd);
  }
  if (rng() < 0.3) for (let d = 0; d < 5; d++) if (rng() < 0.5) busy(d, 34, 40);
  if (rng() < 0.2) busy(int(rng, 5, 6), 18, 34);
  return grid.join("");
}

function aWindow(rng: Rng): TWindow {
  const kind = pick(rng, ["evening", "weekend", "morning", "lunch"] as const);
  const weight = int(rng, 1, 3);
  if (kind === "evening") return { days: [int(rng, 0, 4), int(rng, 0, 4)].filter((d, i, a) => a.indexOf(d) === i), startHalfHour: 36, endHalfHour: 45, weight };
  if (kind === "weekend") return { days: rng() < 0.5 ? [5, 6] : [int(rng, 5, 6)], startHalfHour: 18, endHalfHour: 40, weight };
  if (kind === "morning") return { days: [0, 1, 2, 3, 4], startHalfHour: 12, endHalfHour: 17, weight };
  return { days: [int(rng, 0, 4)], startHalfHour: 24, endHalfHour: 28, weight };
}

const NEED_LABELS = [
  ["alone", "Time alone"],
  ["friends", "Seeing friends"],
  ["hobby", "Climbing"],
  ["rest", "Quiet reading"],
  ["other", "Music practice"],
] as const;

export function realisticStatement(rng: Rng, opts: { isCramped?: boolean } = {}): TStatement {
  const needCount = int(rng, 2, 4);
  const needs: TNeed[] = [];
  for (let i = 0; i < needCount; i++) {
    const [kind, label] = NEED_LABELS[(i + int(rng, 0, 4)) % NEED_LABELS.length]!;
    const block = pick(rng, [30, 60, 60, 90, 120, 180]);
    const ideal = Math.max(block / 60, int(rng, 2, 16) / 2);
    const min = opts.isCramped ? ideal : Math.max(0, Math.min(ideal, pick(rng, [0, block / 60, ideal / 2, ideal])));
    const minOk = min === 0 || min * 60 >= block ? min : block / 60;
    needs.push({
      id: `need-${i + 1}`,
      label,
      kind,
      minHoursPerWeek: Math.round(Math.min(ideal, minOk) * 2) / 2,
      idealHoursPerWeek: Math.round(ideal * 2) / 2,
      minBlockMinutes: block,
      windows: rng() < 0.7 ? [aWindow(rng)].concat(rng() < 0.3 ? [aWindow(rng)] : []) : [],
      priority: int(rng, 1, 5),
    });
  }
  const together: TTogetherWish[] = [];
  if (rng() < 0.7) {
    const ideal = int(rng, 4, 8) / 2;
    together.push({
      id: "together-1",
      label: pick(rng, ["Date night", "Long walk", "Cooking together"]),
      minHoursPerWeek: Math.min(ideal, pick(rng, [0, 1.5, 2])),
      idealHoursPerWeek: ideal,
      minBlockMinutes: pick(rng, [60, 90, 120]),
      windows: rng() < 0.8 ? [{ days: [4, 5], startHalfHour: 38, endHalfHour: 46, weight: int(rng, 2, 3) }] : [],
    });
  }
  const fears = (["neglected", "abandoned", "disconnected", "trust", "jealousy"] as const)
    .filter(() => rng() < 0.35)
    .map((kind) => ({ kind, intensity: int(rng, 1, 5), words: `I worry about feeling ${kind}.` }));
  return {
    appreciation: "I value how we laugh together.",
    needs,
    together,
    fears,
    reassurance: {
      frequency: pick(rng, ["none", "at-start-and-end", "once-midway", "every-two-hours"] as const),
      channel: pick(rng, ["text", "call", "voice-note", "photo", "any"] as const),
      words: "Let me know you are okay.",
    },
    busy: realisticBusy(rng),
  };
}

/** One couple; about one in six has an infeasible corner (cramped minimums or no shared evening). */
export function realisticInput(seed: number): SchedulerInput {
  const rng = seededRandom(seed);
  const isCramped = rng() < 0.15;
  const a = realisticStatement(rng, { isCramped });
  const b = realisticStatement(rng);
  if (rng() < 0.1) {
    // B works evenings: no shared evening for a date night.
    const grid = b.busy.split("");
    for (let d = 0; d < 7; d++) for (let h = 34; h < 48; h++) grid[d * SLOTS_PER_DAY + h] = "1";
    b.busy = grid.join("");
  }
  return { partners: { A: { name: "Ana", statement: a }, B: { name: "Ben", statement: b } }, timeZone: "Europe/Berlin" };
}

/**
 * The largest input the statement schema allows, as a couple could send it (BUD1): eight
 * needs of 60 h and three together wishes of 40 h each, every one with six windows over
 * the whole week, six fears at full length, and nothing marked busy.
 */
export function maximalInput(): SchedulerInput {
  const windows = (offset: number): TWindow[] =>
    Array.from({ length: 6 }, (_, j) => ({ days: [0, 1, 2, 3, 4, 5, 6], startHalfHour: offset + j * 7, endHalfHour: offset + j * 7 + 6, weight: 1 + (j % 3) }));
  const needs = Array.from({ length: 8 }, (_, i) =>
    aNeed({ id: `need-${i + 1}`, label: `Need ${i + 1}`.padEnd(80, "."), minHoursPerWeek: 30, idealHoursPerWeek: 60, minBlockMinutes: 30 + 30 * i, windows: windows(i % 3), priority: 1 + (i % 5) }),
  );
  const together = Array.from({ length: 3 }, (_, i) =>
    aTogetherWish({ id: `together-${i + 1}`, label: `Together ${i + 1}`.padEnd(80, "."), minHoursPerWeek: 20, idealHoursPerWeek: 40, minBlockMinutes: 60 * (i + 1), windows: windows(3 + i) }),
  );
  const fears = (["neglected", "abandoned", "disconnected", "trust", "jealousy", "other"] as const).map((kind) => ({ kind, intensity: 5, words: "w".repeat(500) }));
  const statement = aStatement({ appreciation: "a".repeat(1000), needs, together, fears });
  return anInput(statement, statement);
}
