import type { TBlock, TPartnerKey, TProposal } from "../scheduler/proposal";

/**
 * What changed from one agreement version to the next, in facts the page can put into plain
 * sentences ("Sam's run moved from Tuesday 19:00–21:00 to Wednesday 18:00–20:00; together
 * time +1 h a week"). Versions are never overwritten (VER1), so the diff is always between
 * two agreements as they were made. Pure and free of schemas: it runs in the browser.
 */
export type TSpan = { startSlot: number; endSlot: number };

export type TWishChange =
  | { kind: "moved"; owner: TBlock["owner"]; wisher: TPartnerKey; label: string; before: TSpan[]; after: TSpan[] }
  | { kind: "resized"; owner: TBlock["owner"]; wisher: TPartnerKey; label: string; before: TSpan[]; after: TSpan[] }
  | { kind: "added"; owner: TBlock["owner"]; wisher: TPartnerKey; label: string; after: TSpan[] }
  | { kind: "dropped"; owner: TBlock["owner"]; wisher: TPartnerKey; label: string; before: TSpan[] };

export type TAgreementDiff = {
  /** One entry per wish whose blocks changed, in the order of the newer week. */
  wishes: TWishChange[];
  /** Change in weekly slots for each kind of time, only where it changed. */
  totals: Array<{ owner: TBlock["owner"]; deltaSlots: number }>;
  /** The staying-in-touch plan, when its wording changed. */
  checkIns: { before: string; after: string } | null;
  /** Whether the newer version is a different plan at all (a new version may repeat the old week). */
  isSame: boolean;
};

type TWishBlocks = { key: string; owner: TBlock["owner"]; wisher: TPartnerKey; label: string; spans: TSpan[] };

/** The week a plan arrives at: a "start small" plan's last week, otherwise its only week. */
export function arrivedWeekOf(proposal: Pick<TProposal, "blocks" | "weeks">): readonly TBlock[] {
  return proposal.weeks?.at(-1) ?? proposal.blocks;
}

export function diffAgreements(
  before: Pick<TProposal, "blocks" | "weeks" | "checkIns">,
  after: Pick<TProposal, "blocks" | "weeks" | "checkIns">,
): TAgreementDiff {
  const old = groupByWish(arrivedWeekOf(before));
  const next = groupByWish(arrivedWeekOf(after));
  const oldByKey = new Map(old.map((w) => [w.key, w]));
  const matched = new Set<string>();
  const wishes: TWishChange[] = [];

  for (const wish of next) {
    // A wish keeps its id across rounds when its statement was edited rather than rewritten;
    // a rewritten one is recognised by whose it is and what it is called.
    const previous = oldByKey.get(wish.key) ?? old.find((w) => !matched.has(w.key) && w.owner === wish.owner && sameLabel(w.label, wish.label));
    if (!previous) {
      wishes.push({ kind: "added", owner: wish.owner, wisher: wish.wisher, label: wish.label, after: wish.spans });
      continue;
    }
    matched.add(previous.key);
    if (sameSpans(previous.spans, wish.spans)) continue;
    const kind = slotsOf(previous.spans) === slotsOf(wish.spans) ? "moved" : "resized";
    wishes.push({ kind, owner: wish.owner, wisher: wish.wisher, label: wish.label, before: previous.spans, after: wish.spans });
  }
  for (const wish of old) {
    if (!matched.has(wish.key)) wishes.push({ kind: "dropped", owner: wish.owner, wisher: wish.wisher, label: wish.label, before: wish.spans });
  }

  const totals = (["A", "B", "together"] as const)
    .map((owner) => ({ owner, deltaSlots: ownedSlots(next, owner) - ownedSlots(old, owner) }))
    .filter((t) => t.deltaSlots !== 0);
  const checkIns = before.checkIns.summary === after.checkIns.summary ? null : { before: before.checkIns.summary, after: after.checkIns.summary };
  return { wishes, totals, checkIns, isSame: wishes.length === 0 && checkIns === null };
}

function groupByWish(blocks: readonly TBlock[]): TWishBlocks[] {
  const groups = new Map<string, TWishBlocks>();
  for (const block of blocks) {
    const key = `${block.owner}:${block.wishId}`;
    const group = groups.get(key) ?? { key, owner: block.owner, wisher: block.wisher, label: block.label, spans: [] };
    group.spans.push({ startSlot: block.startSlot, endSlot: block.endSlot });
    groups.set(key, group);
  }
  for (const group of groups.values()) group.spans.sort((a, b) => a.startSlot - b.startSlot);
  return [...groups.values()];
}

function sameLabel(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function sameSpans(a: readonly TSpan[], b: readonly TSpan[]): boolean {
  return a.length === b.length && a.every((span, i) => span.startSlot === b[i]!.startSlot && span.endSlot === b[i]!.endSlot);
}

function slotsOf(spans: readonly TSpan[]): number {
  return spans.reduce((n, s) => n + s.endSlot - s.startSlot, 0);
}

function ownedSlots(wishes: readonly TWishBlocks[], owner: TBlock["owner"]): number {
  return wishes.filter((w) => w.owner === owner).reduce((n, w) => n + slotsOf(w.spans), 0);
}
