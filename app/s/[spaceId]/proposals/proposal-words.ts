import type { TProposalsState, TVersionedProposal } from "../../../../core/negotiation/proposals";
import type { TBlock, TPartnerKey, TProposal } from "../../../../core/scheduler/proposal";

/**
 * The product's words for proposals and choices, in one place so that every screen
 * (cards, details, the agreement, the live announcements) says the same thing.
 */
export type TPerson = { id: string; name: string };
export type TPeople = { A: TPerson; B: TPerson; counsellorIds: string[] };

export function partnerKeyOf(people: TPeople, participantId: string): TPartnerKey | null {
  if (people.A.id === participantId) return "A";
  if (people.B.id === participantId) return "B";
  return null;
}

/** Whose block, in words, for the viewer: "You", "Ana", "Together". */
export function ownerText(owner: TBlock["owner"], people: TPeople, myKey: TPartnerKey | null): string {
  if (owner === "together") return "Together";
  return owner === myKey ? "You" : people[owner].name;
}

/** "Ana’s time" / "Your time" / "Together": the short tag on a block. */
export function ownerTag(owner: TBlock["owner"], people: TPeople, myKey: TPartnerKey | null): string {
  if (owner === "together") return "Together";
  return owner === myKey ? "Your time" : `${people[owner].name}’s time`;
}

export function percent(value: number): string {
  return `${Math.round(value)}%`;
}

/**
 * Where a "start small" plan arrives, beside its week-1 figures: "By week 4: you 95%, Ben 100%".
 * Null for a plan that does not grow.
 */
export function arrivalText(proposal: Pick<TProposal, "weeks" | "arrivesAt">, people: TPeople, myKey: TPartnerKey | null): string | null {
  const weeks = proposal.weeks?.length ?? 0;
  if (weeks < 2 || !proposal.arrivesAt) return null;
  const name = (key: TPartnerKey) => (key === myKey ? "you" : people[key].name);
  return `By week ${weeks}: ${name("A")} ${percent(proposal.arrivesAt.A)}, ${name("B")} ${percent(proposal.arrivesAt.B)}`;
}

/** "95% of the best possible for you" / "… for Ben". */
export function shareOfBestText(shareOfBest: number, name: string, isMe: boolean): string {
  return `${Math.round(shareOfBest * 100)}% of the best possible for ${isMe ? "you" : name}`;
}

/** Who changed a proposal: `adjustedBy` holds a participant id (older data may hold a name). */
export function adjusterName(proposal: Pick<TVersionedProposal, "adjustedBy">, people: TPeople): string | null {
  const by = proposal.adjustedBy;
  if (!by) return null;
  return [people.A, people.B].find((p) => p.id === by)?.name ?? by;
}

/** "Version 1" or "Version 3 · adjusted by Ana". */
export function versionText(proposal: Pick<TVersionedProposal, "version" | "adjustedBy">, people: TPeople): string {
  const by = adjusterName(proposal, people);
  return by ? `Version ${proposal.version} · adjusted by ${by}` : `Version ${proposal.version}`;
}

type TAcceptances = TProposalsState["acceptances"];

/** Who has chosen exactly this version of this proposal. */
export function acceptedBy(proposal: Pick<TVersionedProposal, "id" | "version">, acceptances: TAcceptances, people: TPeople): TPartnerKey[] {
  return (["A", "B"] as const).filter((key) => {
    const choice = acceptances[people[key].id];
    return choice?.proposalId === proposal.id && choice.version === proposal.version;
  });
}

/**
 * Sentences about the choices made on one proposal, for the viewer.
 * A partner sees "You chose this version." first; a counsellor sees names.
 */
export function acceptanceLines(
  proposal: Pick<TVersionedProposal, "id" | "version">,
  acceptances: TAcceptances,
  people: TPeople,
  myKey: TPartnerKey | null,
): string[] {
  const chosen = acceptedBy(proposal, acceptances, people);
  if (chosen.length === 0) return [];
  if (chosen.length === 2) return ["You both chose this version."];
  const who = chosen[0]!;
  const other = who === "A" ? "B" : "A";
  if (who === myKey) return [`You chose this version. It becomes your agreement when ${people[other].name} chooses it too.`];
  if (myKey) return [`${people[who].name} chose this version. If you choose it too, it becomes your agreement.`];
  return [`${people[who].name} chose this version; ${people[other].name} hasn’t chosen it yet.`];
}

/** A short badge for a proposal card: "You chose this", "Ben chose this", "Both chose this". */
export function acceptanceBadge(
  proposal: Pick<TVersionedProposal, "id" | "version">,
  acceptances: TAcceptances,
  people: TPeople,
  myKey: TPartnerKey | null,
): string | null {
  const chosen = acceptedBy(proposal, acceptances, people);
  if (chosen.length === 0) return null;
  if (chosen.length === 2) return "Both chose this";
  return chosen[0] === myKey ? "You chose this" : `${people[chosen[0]!].name} chose this`;
}

export function isPreparing(proposals: TProposalsState): boolean {
  return proposals.set === null || proposals.set.inputsVersion !== proposals.inputsVersion;
}

/**
 * What changed between two views, as sentences for one polite live region: new proposals,
 * a change to one, a choice (the viewer's own confirmed by the server, the partner's as it arrives).
 */
export function announcementsBetween(
  before: TProposalsState | null,
  after: TProposalsState,
  people: TPeople,
  myKey: TPartnerKey | null,
): string[] {
  if (!before) return [];
  const lines: string[] = [];
  if (!isPreparing(after) && (isPreparing(before) || before.set?.generatedAt !== after.set?.generatedAt)) {
    lines.push(`New proposals are ready: ${after.set!.proposals.length} weekly plans to compare.`);
    return lines;
  }
  if (!isPreparing(before) && isPreparing(after)) lines.push("New proposals are being prepared from a change to the wishes.");
  for (const proposal of after.set?.proposals ?? []) {
    const old = before.set?.proposals.find((p) => p.id === proposal.id);
    if (old && old.version !== proposal.version) {
      const by = adjusterName(proposal, people);
      const isMine = myKey !== null && proposal.adjustedBy === people[myKey].id;
      lines.push(
        isMine
          ? `You moved a block of “${proposal.title}”; it is now version ${proposal.version}.`
          : `${by ?? "Someone"} adjusted “${proposal.title}”; it is now version ${proposal.version}.`,
      );
    }
  }
  for (const key of ["A", "B"] as const) {
    const was = before.acceptances[people[key].id];
    const is = after.acceptances[people[key].id];
    if (is && (was?.proposalId !== is.proposalId || was.version !== is.version)) {
      const title = after.set?.proposals.find((p) => p.id === is.proposalId)?.title ?? "a proposal";
      lines.push(`${key === myKey ? "You" : people[key].name} chose “${title}”, version ${is.version}.`);
    }
  }
  return lines;
}

/** The scheduler's "how" as a sentence: it is a phrase when a fear is answered, a sentence when not. */
export function fearAnswerText(fear: { isAddressed: boolean; how: string }): string {
  const text = fear.how.trim();
  if (!text) return "";
  const sentence = text[0]!.toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
