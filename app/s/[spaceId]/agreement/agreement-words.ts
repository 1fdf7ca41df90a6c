import type { TBlock, TPartnerKey, TProposal } from "../../../../core/scheduler/proposal";
import { clockTime, longDate } from "../../../../core/time/viewer-time";
import type { TPeople } from "../proposals/proposal-words";
import { describeBlockTime, describeDuration } from "../proposals/week-plan";

/** "Thursday 24 December 2026", in the viewer's own zone. */
export function describeDate(instant: string, timeZone: string): string {
  return longDate(instant, timeZone, "en-GB");
}

/** "Thursday 26 November 2026 at 20:15", in the viewer's own zone. */
export function describeMoment(instant: string, timeZone: string): string {
  return `${longDate(instant, timeZone, "en-GB")} at ${clockTime(instant, timeZone)}`;
}

/** "Lisbon" for "Europe/Lisbon", "New York" for "America/New_York"; a zone without a city keeps its name. */
export function placeOf(timeZone: string): string {
  return timeZone.includes("/") ? timeZone.split("/").pop()!.replace(/_/g, " ") : timeZone;
}

/** "Agreement v1". */
export function agreementTitle(version: number): string {
  return `Agreement v${version}`;
}

/**
 * "Ana and Ben chose “Balanced”, as Ana adjusted it." The agreement has its own version number
 * in the title; the plan's version would be a second number in the same sentence.
 */
export function choiceText(proposal: { title: string; adjustedBy: string | null }, people: TPeople): string {
  const adjuster = [people.A, people.B].find((p) => p.id === proposal.adjustedBy)?.name;
  return `${people.A.name} and ${people.B.name} chose “${proposal.title}”${adjuster ? `, as ${adjuster} adjusted it` : ""}.`;
}

export type TGivesAndGets = { key: TPartnerKey; name: string; gets: string[]; gives: string[] };

function byWish(blocks: readonly TBlock[]): Array<{ label: string; slots: number; times: string[] }> {
  const groups = new Map<string, { label: string; slots: number; times: string[] }>();
  for (const b of blocks) {
    const group = groups.get(b.wishId + b.owner) ?? { label: b.label, slots: 0, times: [] };
    group.slots += b.endSlot - b.startSlot;
    group.times.push(describeBlockTime(b));
    groups.set(b.wishId + b.owner, group);
  }
  return [...groups.values()];
}

/**
 * What each partner gets (their own time, the time together) and gives (room for the
 * other's time, and wishes let wait) under a plan, in plain sentences.
 */
export function givesAndGets(proposal: TProposal, people: TPeople): TGivesAndGets[] {
  return (["A", "B"] as const).map((key) => {
    const other = key === "A" ? "B" : "A";
    const mine = byWish(proposal.blocks.filter((b) => b.owner === key));
    const together = byWish(proposal.blocks.filter((b) => b.owner === "together"));
    const theirs = proposal.blocks.filter((b) => b.owner === other).reduce((n, b) => n + b.endSlot - b.startSlot, 0);
    const gets = [
      ...mine.map((g) => `${g.label}: ${describeDuration(g.slots)} a week (${g.times.join("; ")})`),
      ...together.map((g) => `${g.label}, together: ${describeDuration(g.slots)} a week (${g.times.join("; ")})`),
    ];
    const gives = [
      ...(theirs > 0 ? [`Room for ${people[other].name}’s own time: ${describeDuration(theirs)} a week`] : []),
      ...proposal.unmet.filter((u) => u.partner === key).map((u) => `Lets “${u.label}” wait for now`),
    ];
    return { key, name: people[key].name, gets, gives };
  });
}
