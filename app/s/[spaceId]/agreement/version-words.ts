import type { TAgreementDiff, TSpan, TWishChange } from "../../../../core/negotiation/agreement-diff";
import type { TBlock, TPartnerKey } from "../../../../core/scheduler/proposal";
import type { TPeople } from "../proposals/proposal-words";
import { describeBlockTime, describeDuration } from "../proposals/week-plan";

/**
 * The plain words for what changed between two agreement versions (VER2): one sentence per
 * changed wish, then the weekly totals, then staying in touch.
 */
export function describeDiff(diff: TAgreementDiff, people: TPeople, myKey: TPartnerKey | null, previousVersion: number): string[] {
  if (diff.isSame) return [`The same week as version ${previousVersion}.`];
  return [
    ...diff.wishes.map((change) => describeWishChange(change, people, myKey)),
    ...diff.totals.map((t) => `${capitalise(timeOf(t.owner, people, myKey))} ${signed(t.deltaSlots)} a week.`),
    ...(diff.checkIns ? [`Staying in touch, now: ${diff.checkIns.after}`] : []),
  ];
}

function describeWishChange(change: TWishChange, people: TPeople, myKey: TPartnerKey | null): string {
  const wish = wishName(change, people, myKey);
  switch (change.kind) {
    case "moved":
      return `${wish} moved from ${times(change.before)} to ${times(change.after)}.`;
    case "resized":
      return `${wish} went from ${describeDuration(slots(change.before))} (${times(change.before)}) to ${describeDuration(slots(change.after))} a week (${times(change.after)}).`;
    case "added":
      return `New: ${lowerFirst(wish)}, ${times(change.after)}.`;
    case "dropped":
      return `No longer in the week: ${lowerFirst(wish)} (${times(change.before)}).`;
  }
}

/** "Sam’s “Run”", "Your “Run”", "“Date night” together". */
function wishName(change: Pick<TWishChange, "owner" | "label">, people: TPeople, myKey: TPartnerKey | null): string {
  if (change.owner === "together") return `“${change.label}” together`;
  return change.owner === myKey ? `Your “${change.label}”` : `${people[change.owner].name}’s “${change.label}”`;
}

function timeOf(owner: TBlock["owner"], people: TPeople, myKey: TPartnerKey | null): string {
  if (owner === "together") return "together time";
  return owner === myKey ? "your own time" : `${people[owner].name}’s own time`;
}

function times(spans: readonly TSpan[]): string {
  return spans.map(describeBlockTime).join(" and ");
}

function slots(spans: readonly TSpan[]): number {
  return spans.reduce((n, s) => n + s.endSlot - s.startSlot, 0);
}

function signed(deltaSlots: number): string {
  return `${deltaSlots > 0 ? "+" : "−"}${describeDuration(Math.abs(deltaSlots))}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // "Your “Run”" reads "your “Run”" mid-sentence; names and quotes stay as they are.
  return text.startsWith("Your ") ? `your ${text.slice(5)}` : text;
}
