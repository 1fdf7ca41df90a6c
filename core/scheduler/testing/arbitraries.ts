import fc from "fast-check";
import type { TNeed, TStatement, TTogetherWish, TWindow } from "../../negotiation/statement";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../../week/slots";
import type { SchedulerInput } from "../model";
import { aStatement } from "./statements";

/** fast-check arbitraries for statements; `days`/`maxFree` keep instances small when asked. */
const windowArb = (days: number): fc.Arbitrary<TWindow> =>
  fc
    .record({ day: fc.integer({ min: 0, max: days - 1 }), start: fc.integer({ min: 0, max: 46 }), len: fc.integer({ min: 1, max: 12 }), weight: fc.integer({ min: 1, max: 3 }) })
    .map(({ day, start, len, weight }) => ({ days: [day], startHalfHour: start, endHalfHour: Math.min(48, start + len), weight }));

const hoursArb = (maxSlots: number) =>
  fc.record({ ideal: fc.integer({ min: 1, max: maxSlots }), minShare: fc.integer({ min: 0, max: 4 }), block: fc.integer({ min: 1, max: 4 }) }).map(({ ideal, minShare, block }) => {
    const min = Math.floor((ideal * minShare) / 4);
    const minOk = min === 0 ? 0 : Math.max(min, Math.min(block, ideal));
    return { idealHoursPerWeek: ideal / 2, minHoursPerWeek: Math.min(ideal, minOk) / 2, minBlockMinutes: Math.min(block, Math.max(1, minOk || block)) * 30 };
  });

const needArb = (i: number, days: number, maxSlots: number): fc.Arbitrary<TNeed> =>
  fc.record({ h: hoursArb(maxSlots), windows: fc.array(windowArb(days), { maxLength: 2 }), priority: fc.integer({ min: 1, max: 5 }) }).map(({ h, windows, priority }) => ({
    id: `need-${i}`,
    label: `Need ${i}`,
    kind: "alone" as const,
    ...h,
    windows,
    priority,
  }));

const togetherArb = (days: number, maxSlots: number): fc.Arbitrary<TTogetherWish> =>
  fc.record({ h: hoursArb(maxSlots), windows: fc.array(windowArb(days), { maxLength: 1 }) }).map(({ h, windows }) => ({ id: "date", label: "Date night", ...h, windows }));

/** Busy everywhere except `freeCount` random slots inside the first `days` days. */
const busyArb = (days: number, freeCount: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: days * SLOTS_PER_DAY - 1 }), { maxLength: freeCount }).map((free) => {
    const grid = new Array<string>(SLOTS_PER_WEEK).fill("1");
    for (const s of free) grid[s] = "0";
    return grid.join("");
  });

/** Free time as a few contiguous stretches: realistic shape, still small. */
const stretchBusyArb = (days: number, stretches: number) =>
  fc.array(fc.record({ day: fc.integer({ min: 0, max: days - 1 }), start: fc.integer({ min: 0, max: 44 }), len: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: stretches }).map((xs) => {
    const grid = new Array<string>(SLOTS_PER_WEEK).fill("1");
    for (const { day, start, len } of xs) for (let h = start; h < Math.min(48, start + len); h++) grid[day * SLOTS_PER_DAY + h] = "0";
    return grid.join("");
  });

export interface ArbOptions {
  days: number;
  maxNeeds: number;
  maxSlots: number;
  freeCount?: number;
  stretches?: number;
}

export const statementArb = (o: ArbOptions): fc.Arbitrary<TStatement> =>
  fc
    .record({
      needCount: fc.integer({ min: 1, max: o.maxNeeds }),
      needs: fc.tuple(...Array.from({ length: o.maxNeeds }, (_, i) => needArb(i + 1, o.days, o.maxSlots))),
      together: fc.array(togetherArb(o.days, o.maxSlots), { maxLength: 1 }),
      busy: o.freeCount !== undefined ? busyArb(o.days, o.freeCount) : stretchBusyArb(o.days, o.stretches ?? 4),
      frequency: fc.constantFrom("none", "at-start-and-end", "once-midway", "every-two-hours" as const),
    })
    .map(({ needCount, needs, together, busy, frequency }) =>
      aStatement({ needs: needs.slice(0, needCount), together, busy, reassurance: { frequency, channel: "text", words: "" } }),
    );

export const inputArb = (o: ArbOptions): fc.Arbitrary<SchedulerInput> =>
  fc.tuple(statementArb(o), statementArb(o)).map(([a, b]) => ({
    partners: { A: { name: "Ana", statement: a }, B: { name: "Ben", statement: b } },
    timeZone: "Europe/Lisbon",
  }));
