import type { TCheckInView } from "../../../../core/negotiation/check-in-view";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { STEP_NAMES } from "../facilitation/facilitation-words";
import { describeTimeline, nameOf } from "../pause/pause-words";

export type TTimelineKind = "agreement" | "pause" | "link" | "counsellor" | "guidance" | "check-in";

export type TTimelineEntry = { at: string; kind: TTimelineKind; words: string; note: string | null };

/**
 * The space's story (HIS1), newest first: agreements, pauses and resumes, new links, the
 * counsellor's coming and going and their prompts and holds. Each line is what happened,
 * for this viewer ("You", first names); the date is the page's job.
 */
export function timelineEntriesOf(view: TSpaceView, timeZone: string): TTimelineEntry[] {
  const pauseWords = describeTimeline(view, view.pause.timeline, timeZone);
  const entries: TTimelineEntry[] = [
    ...view.agreements.map((a) => ({
      at: a.madeAt,
      kind: "agreement" as const,
      words:
        a.version === 1
          ? `Agreement v1 made: “${a.proposal.title}”.`
          : `Agreement v${a.version} made: “${a.proposal.title}”, in place of v${a.version - 1}.`,
      note: null,
    })),
    ...checkInEntries(view),
    ...view.pause.timeline.map((entry, i) => ({ at: entry.at, kind: "pause" as const, words: pauseWords[i]!, note: entry.note })),
    ...view.linkChanges.map((change) => ({ at: change.at, kind: "link" as const, words: linkWords(view, change.participantId, change.by), note: null })),
    ...view.timeline.counsellor.map((e) => ({
      at: e.at,
      kind: "counsellor" as const,
      words: {
        "invite-proposed": `${nameOf(view, e.by)} proposed inviting ${e.name} as counsellor.`,
        "invite-declined": `The invitation to ${e.name} was declined.`,
        invited: `${e.name} was invited as counsellor, with both partners’ agreement.`,
        linked: `${e.name} joined from their workspace.`,
        removed: `${nameOf(view, e.by)} removed ${e.name} as counsellor.`,
      }[e.kind],
      note: null,
    })),
    ...view.timeline.facilitation.flatMap((e) => {
      if (e.kind === "prompt") return [{ at: e.at, kind: "guidance" as const, words: "Prompt:", note: e.text }];
      if (e.kind === "held" || e.kind === "released") {
        const step = e.step ? STEP_NAMES[e.step] : "the next step";
        return [{ at: e.at, kind: "guidance" as const, words: `${e.kind === "held" ? "Held" : "Released"}: ${step}.`, note: null }];
      }
      return [];
    }),
  ];
  // Stable: entries of the same moment keep the order they were recorded in.
  return entries.map((entry, i) => ({ entry, i })).sort((x, y) => y.entry.at.localeCompare(x.entry.at) || y.i - x.i).map((x) => x.entry);
}

const CHOICE_WORDS = {
  keep: "to keep the agreement",
  adjust: "to adjust the agreement",
  afresh: "to write afresh",
} as const;

/** Each check-in's beginning, its reveal and what the couple chose; an early one asked for. */
function checkInEntries(view: TSpaceView): TTimelineEntry[] {
  const { history, current, request } = view.checkIn;
  const all: TCheckInView[] = [...history, ...(current && current.revealed === null ? [current] : [])];
  return [
    ...(request ? [{ at: request.at, kind: "check-in" as const, words: `${nameOf(view, request.by)} asked for an early check-in.`, note: null }] : []),
    ...all.flatMap((c) => [
      {
        at: c.openedAt,
        kind: "check-in" as const,
        words: `Check-in ${c.number} on agreement v${c.agreementVersion} began${c.how === "review-date" ? " at the review date" : ", asked for early"}.`,
        note: null,
      },
      ...(c.revealed ? [{ at: c.revealed.at, kind: "check-in" as const, words: `Check-in ${c.number}: both answers shared at once.`, note: null }] : []),
      ...(c.decision && c.decidedAt
        ? [{ at: c.decidedAt, kind: "check-in" as const, words: `Check-in ${c.number}: ${view.me.role === "counsellor" ? "they" : "you"} chose together ${CHOICE_WORDS[c.decision.kind]}.`, note: null }]
        : []),
    ]),
  ];
}

/** "Ben made a new link for Ana", "You made a new link for yourself", "A new link was made for you". */
function linkWords(view: TSpaceView, forWhom: string, by: string | null): string {
  const whom = forWhom === view.me.id ? "you" : nameOf(view, forWhom);
  if (by === null) return `A new link was made for ${whom}; the earlier one no longer works.`;
  if (by === forWhom) return `${nameOf(view, by)} made a new link for ${by === view.me.id ? "yourself" : "themselves"}; the earlier one no longer works.`;
  return `${nameOf(view, by)} made a new link for ${whom}; the earlier one no longer works.`;
}
