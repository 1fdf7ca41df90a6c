import { DEFAULT_SLEEP_HOURS, isSleepHalfHour, type TStatement } from "../negotiation/statement";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";
import type { SchedulerInput } from "./model";
import type { TBlock, TProposal } from "./proposal";

/**
 * Independent constraint checker (README "Rules" SCH1–SCH7). It reads the raw statements,
 * not the engine's slot model, so a bug in model.ts cannot hide here.
 */
export interface Violation {
  rule: string;
  message: string;
}

function wishOf(st: TStatement, b: TBlock) {
  return b.owner === "together" ? st.together.find((t) => t.id === b.wishId) : st.needs.find((n) => n.id === b.wishId);
}

export function checkBlocks(input: SchedulerInput, blocks: readonly TBlock[], options: { isRamp?: boolean } = {}): Violation[] {
  const out: Violation[] = [];
  const busy = { A: input.partners.A.statement.busy, B: input.partners.B.statement.busy };
  const used = { A: new Int8Array(SLOTS_PER_WEEK), B: new Int8Array(SLOTS_PER_WEEK) };
  const totals = new Map<string, number>();
  for (const b of blocks) {
    const where = `${b.owner} ${b.wishId} ${b.startSlot}-${b.endSlot}`;
    if (b.startSlot < 0 || b.endSlot > SLOTS_PER_WEEK || b.endSlot <= b.startSlot) {
      out.push({ rule: "SCH5", message: `bad range ${where}` });
      continue;
    }
    if (Math.floor(b.startSlot / SLOTS_PER_DAY) !== Math.floor((b.endSlot - 1) / SLOTS_PER_DAY)) {
      out.push({ rule: "SCH5", message: `crosses midnight ${where}` });
    }
    const wish = wishOf(input.partners[b.wisher].statement, b);
    if (!wish) {
      out.push({ rule: "SCH0", message: `unknown wish ${where}` });
      continue;
    }
    if ((b.endSlot - b.startSlot) * 30 < wish.minBlockMinutes) out.push({ rule: "SCH3", message: `too short ${where}` });
    if (b.owner !== "together" && b.owner !== b.wisher) out.push({ rule: "SCH0", message: `need owned by other ${where}` });
    const people = b.owner === "together" ? (["A", "B"] as const) : [b.owner];
    // WIN1: a together wish that may go only in its windows.
    if (b.owner === "together" && "onlyInWindows" in wish && wish.onlyInWindows && wish.windows.length > 0) {
      for (let s = b.startSlot; s < b.endSlot; s++) {
        const day = Math.floor(s / SLOTS_PER_DAY);
        const h = s % SLOTS_PER_DAY;
        if (!wish.windows.some((w) => w.days.includes(day) && h >= w.startHalfHour && h < w.endHalfHour)) {
          out.push({ rule: "WIN1", message: `outside its windows at ${s} in ${where}` });
          break;
        }
      }
    }
    for (const p of people) {
      const sleep = input.partners[p].statement.sleep ?? DEFAULT_SLEEP_HOURS;
      for (let s = b.startSlot; s < b.endSlot; s++) {
        if (isSleepHalfHour(sleep, s % SLOTS_PER_DAY)) out.push({ rule: "SLP1", message: `${p} asleep at ${s} in ${where}` });
        if (busy[p][s] === "1") out.push({ rule: b.owner === "together" ? "SCH2" : "SCH1", message: `${p} busy at ${s} in ${where}` });
        if (used[p][s]) out.push({ rule: "SCH4", message: `${p} double-booked at ${s} in ${where}` });
        used[p][s] = 1;
      }
    }
    const key = `${b.owner}/${b.wisher}/${b.wishId}`;
    totals.set(key, (totals.get(key) ?? 0) + (b.endSlot - b.startSlot));
  }
  for (const [key, slots] of totals) {
    const [owner, wisher, id] = key.split("/") as [TBlock["owner"], "A" | "B", string];
    const wish = wishOf(input.partners[wisher].statement, { owner, wishId: id } as TBlock)!;
    if (slots > wish.idealHoursPerWeek * 2) out.push({ rule: "SCH6", message: `${key} above ideal` });
    if (!options.isRamp && slots < wish.minHoursPerWeek * 2) out.push({ rule: "SCH7", message: `${key} below minimum` });
  }
  return out;
}

/** Every proposal, and every ramp week (RAMP1: each a subset of the next). */
export function checkProposal(input: SchedulerInput, proposal: TProposal): Violation[] {
  const out = checkBlocks(input, proposal.blocks, { isRamp: proposal.kind === "start-small" });
  const weeks = proposal.weeks ?? [];
  weeks.forEach((week, i) => {
    out.push(...checkBlocks(input, week, { isRamp: i < weeks.length - 1 }));
    const next = weeks[i + 1];
    if (next) {
      const keys = new Set(next.map((b) => JSON.stringify(b)));
      if (!week.every((b) => keys.has(JSON.stringify(b)))) out.push({ rule: "RAMP1", message: `week ${i + 1} not within week ${i + 2}` });
    }
  });
  return out;
}
