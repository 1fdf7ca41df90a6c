import { DEFAULT_SLEEP_HOURS, isSleepHalfHour, type TNeed, type TStatement, type TTogetherWish, type TWindow } from "../negotiation/statement";
import { SLOTS_PER_DAY, SLOTS_PER_WEEK } from "../week/slots";

/**
 * The slot model (README "Model"): every wish of either partner becomes one `Wish`
 * over the 336 half-hour slots of the week. Hours are counted in slots, so the engine
 * and the MILP oracle share one discrete model.
 */
export type PartnerKey = "A" | "B";
export type BlockOwner = PartnerKey | "together";

export interface SchedulerInput {
  partners: { A: { name: string; statement: TStatement }; B: { name: string; statement: TStatement } };
  timeZone: string;
}

export interface Wish {
  /** Unique within an input: "A:need:<id>" or "B:together:<id>". */
  key: string;
  /** Whose satisfaction this wish counts towards. */
  partner: PartnerKey;
  owner: BlockOwner;
  kind: "need" | "together";
  id: string;
  label: string;
  needKind?: TNeed["kind"];
  minSlots: number;
  idealSlots: number;
  blockSlots: number;
  /** Priority weight in the partner's average (needs: their priority; together wishes: 3). */
  weight: number;
  /** Share of the wish score that comes from preferred windows (0.25 with windows, else 0). */
  windowShare: number;
  /** Best window weight covering each slot, 0–3. */
  windowWeight: Uint8Array;
  /** 1 where the wish may be placed: its owner's (or both partners') free slots. */
  free: Uint8Array;
  hasWindows: boolean;
}

export interface SlotModel {
  wishes: Wish[];
  freeA: Uint8Array;
  freeB: Uint8Array;
  names: Record<PartnerKey, string>;
}

export const TOGETHER_WEIGHT = 3;
export const WINDOW_SHARE = 0.25;

/** SCH1 and SLP1: free is neither marked busy nor within the person's sleep hours. */
function freeMask(statement: TStatement): Uint8Array {
  const { busy } = statement;
  const sleep = statement.sleep ?? DEFAULT_SLEEP_HOURS;
  const free = new Uint8Array(SLOTS_PER_WEEK);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) free[s] = busy.charCodeAt(s) === 48 && !isSleepHalfHour(sleep, s % SLOTS_PER_DAY) ? 1 : 0;
  return free;
}

/** WIN1: a wish that may go only in its windows is free only there. */
function withinWindows(free: Uint8Array, windows: Uint8Array): Uint8Array {
  const mask = new Uint8Array(SLOTS_PER_WEEK);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) mask[s] = free[s]! && windows[s]! > 0 ? 1 : 0;
  return mask;
}

function windowMask(windows: TWindow[]): Uint8Array {
  const mask = new Uint8Array(SLOTS_PER_WEEK);
  for (const w of windows) {
    for (const day of w.days) {
      for (let h = w.startHalfHour; h < w.endHalfHour; h++) {
        const s = day * SLOTS_PER_DAY + h;
        if (w.weight > (mask[s] ?? 0)) mask[s] = w.weight;
      }
    }
  }
  return mask;
}

function wishOf(
  partner: PartnerKey,
  kind: "need" | "together",
  source: TNeed | TTogetherWish,
  free: Uint8Array,
): Wish {
  const hasWindows = source.windows.length > 0;
  const need = kind === "need" ? (source as TNeed) : undefined;
  const windowWeight = windowMask(source.windows);
  const isOnlyInWindows = !need && (source as TTogetherWish).onlyInWindows === true && hasWindows;
  return {
    key: `${partner}:${kind}:${source.id}`,
    partner,
    owner: kind === "need" ? partner : "together",
    kind,
    id: source.id,
    label: source.label,
    ...(need ? { needKind: need.kind } : {}),
    minSlots: Math.round(source.minHoursPerWeek * 2),
    idealSlots: Math.round(source.idealHoursPerWeek * 2),
    blockSlots: source.minBlockMinutes / 30,
    weight: need ? need.priority : TOGETHER_WEIGHT,
    windowShare: hasWindows ? WINDOW_SHARE : 0,
    windowWeight,
    free: isOnlyInWindows ? withinWindows(free, windowWeight) : free,
    hasWindows,
  };
}

export function buildSlotModel(input: SchedulerInput): SlotModel {
  const freeA = freeMask(input.partners.A.statement);
  const freeB = freeMask(input.partners.B.statement);
  const joint = new Uint8Array(SLOTS_PER_WEEK);
  for (let s = 0; s < SLOTS_PER_WEEK; s++) joint[s] = (freeA[s] ?? 0) & (freeB[s] ?? 0);
  const wishes: Wish[] = [];
  const seen = new Set<string>();
  for (const partner of ["A", "B"] as const) {
    const st = input.partners[partner].statement;
    const free = partner === "A" ? freeA : freeB;
    for (const need of st.needs) wishes.push(wishOf(partner, "need", need, free));
    for (const t of st.together) wishes.push(wishOf(partner, "together", t, joint));
  }
  // Duplicate ids inside one statement would make blocks ambiguous; suffix them stably.
  for (const w of wishes) {
    let key = w.key;
    for (let n = 2; seen.has(key); n++) key = `${w.key}#${n}`;
    w.key = key;
    seen.add(key);
  }
  return {
    wishes,
    freeA,
    freeB,
    names: { A: input.partners.A.name, B: input.partners.B.name },
  };
}

/** Does this wish occupy partner `p` when scheduled? Together time occupies both. */
export function occupies(w: Wish, p: PartnerKey): boolean {
  return w.owner === "together" || w.owner === p;
}

/** 1 on the wish's free slots that lie in a run of them within one day at least one block long. */
export function blockRoom(w: Wish): Uint8Array {
  const room = new Uint8Array(SLOTS_PER_WEEK);
  for (let s = 0; s < SLOTS_PER_WEEK; ) {
    let end = s;
    while (end < SLOTS_PER_WEEK && w.free[end] && Math.floor(end / SLOTS_PER_DAY) === Math.floor(s / SLOTS_PER_DAY)) end++;
    if (end - s >= w.blockSlots) room.fill(1, s, end);
    s = Math.max(end, s + 1);
  }
  return room;
}
