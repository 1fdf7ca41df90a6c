import type { TPhase } from "../../../../core/negotiation/state";
import type { TSpaceView } from "../../../../core/negotiation/view";

/**
 * The few sentences that the couple and their counsellor read differently. A partner reads
 * about "you both" and "your week"; a counsellor is guiding two other people, so the same
 * moment is told about "them", with the question a facilitator would ask next.
 */
export function isCounsellorView(view: Pick<TSpaceView, "me">): boolean {
  return view.me.role === "counsellor";
}

export function partnerNames(view: Pick<TSpaceView, "participants">): string {
  return view.participants
    .filter((p) => p.role !== "counsellor")
    .map((p) => p.name)
    .join(" and ");
}

export function revealWords(view: Pick<TSpaceView, "me" | "participants">): { heading: string; lead: string } {
  if (!isCounsellorView(view)) {
    return { heading: "You both finished. Here is what you each wrote.", lead: "Read slowly. There’s no need to respond to everything at once." };
  }
  return {
    heading: `${partnerNames(view)} have both finished. Here is what each of them wrote.`,
    lead: "Give them time to read. You might ask each of them what stood out before anything else.",
  };
}

const PARTNER_PHASE_WORDS: Record<TPhase, string> = {
  writing: "",
  reflecting: "You both finished. The reflecting step comes first, with both statements right under it.",
  proposing: "Reflecting is complete. Next come proposals.",
  agreed: "You both accepted the same plan. It is now your agreement.",
};

const COUNSELLOR_PHASE_WORDS: Record<TPhase, string> = {
  writing: "",
  reflecting: "Both have submitted. Their reflecting step comes first, with both statements right under it.",
  proposing: "They finished reflecting. Their proposals come next.",
  agreed: "Both accepted the same plan. It is now their agreement.",
};

/** What a screen reader hears when the session moves on. */
export function phaseAnnouncement(phase: TPhase, isCounsellor: boolean): string {
  return (isCounsellor ? COUNSELLOR_PHASE_WORDS : PARTNER_PHASE_WORDS)[phase];
}

type TProposalsViewer = Pick<TSpaceView, "me" | "participants" | "reflection" | "proposals">;

/** The bridge into proposals; for a counsellor, a nudge toward the conversation the plans are for. */
export function proposalsIntroWords(view: TProposalsViewer): { heading: string; body: string; hint: string } {
  const skipped = view.reflection?.completedHow === "skipped";
  if (!isCounsellorView(view)) {
    return {
      heading: "Next: proposals for your week",
      body: `${skipped ? "You chose to skip reflecting, and that’s fine." : "You’ve each heard the other. Well done."} Here are a few fair weekly rhythms built from both statements: time alone for each of you, time together, and how you’ll stay in touch.`,
      hint: "Compare them, move a block if something doesn’t fit, and when you both choose the same one, it becomes your agreement.",
    };
  }
  return {
    heading: "Next: their proposals",
    body: `${skipped ? "They chose to skip reflecting." : "They have each heard the other."} Here are a few fair weekly rhythms built from both statements: time alone for each of them, time together, and how they stay in touch.`,
    hint: choiceHint(view),
  };
}

/** Where the couple stands on choosing, and the question to ask them. */
function choiceHint(view: TProposalsViewer): string {
  const partners = view.participants.filter((p) => p.role !== "counsellor");
  const acceptances = view.proposals?.acceptances ?? {};
  const titleOf = (proposalId: string) => view.proposals?.set?.proposals.find((p) => p.id === proposalId)?.title ?? "a plan";
  const chosen = partners.filter((p) => acceptances[p.id]);
  if (chosen.length === 1) {
    const [by] = chosen;
    const other = partners.find((p) => p !== by);
    return `${by!.name} chose “${titleOf(acceptances[by!.id]!.proposalId)}”. Ask ${other?.name ?? "the other"} which plan feels closest to them, and what would need to move.`;
  }
  if (chosen.length === 2) {
    const [a, b] = chosen.map((p) => acceptances[p.id]!);
    return a!.proposalId === b!.proposalId
      ? `They chose different versions of “${titleOf(a!.proposalId)}”. Ask them to look at the newest one together.`
      : "They chose different plans. Ask them what each plan protects for them; either of them can move a block and ask again.";
  }
  return "Ask them which plan feels closest, and what would need to move. When both choose the same one, it becomes their agreement.";
}

type TAgreementWords = { eyebrow: string; review: string; givesAndGets: string; back: string; noneYet: string };

/** The agreement's labels: "your" for the couple, "their" for the counsellor. */
export function agreementWords(view: Pick<TSpaceView, "me">): TAgreementWords {
  return isCounsellorView(view)
    ? {
        eyebrow: "Their agreement",
        review: "They look at it again",
        givesAndGets: "What each of them gives and gets",
        back: "← Back to their session",
        noneYet: "When they both choose the same proposal, their agreement will be kept here.",
      }
    : {
        eyebrow: "Your agreement",
        review: "Look at it again together",
        givesAndGets: "What each of you gives and gets",
        back: "← Back to our space",
        noneYet: "When you both choose the same proposal, your agreement will be kept here.",
      };
}
