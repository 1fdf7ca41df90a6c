import { DateTime } from "luxon";
import { currentAgreementOf, type TAgreement } from "../negotiation/proposals";
import { findParticipant, type TSpaceState } from "../negotiation/state";
import { checkInSlots } from "../scheduler/check-ins";
import type { TBlock, TCheckIn, TPartnerKey, TProposal } from "../scheduler/proposal";
import { clockOfHalfHour, dayOfSlot, halfHourOfSlot, SLOTS_PER_DAY } from "../week/slots";
import { writeCalendar, type TIcsEvent } from "./ics-writer";

/**
 * A partner's agreed week as a calendar (CAL1, CAL2): their own alone blocks, the
 * together blocks and the check-ins of time apart, each a weekly recurring event in the
 * couple's time zone, and the review date as an all-day event with a reminder. Only what
 * the agreement shows both partners goes in: block labels, names, times and the channel
 * of a check-in; never statement words, fears, drafts or counsellor notes, and never a
 * personal link (the file may end up in a shared calendar).
 */
export type TAgreementCalendarInput = {
  spaceId: string;
  /** Whose calendar this is. */
  partner: TPartnerKey;
  names: Record<TPartnerKey, string>;
  timeZone: string;
  /** Every version, oldest first; the last is the one in force. */
  agreements: readonly TAgreement[];
  /** The next time to look at the agreement together, and how often that date was set before. */
  review: { at: string; sequence: number } | null;
  /** The agreement's page (`/s/<spaceId>/agreement`), never anyone's personal link. */
  agreementUrl: string;
  now: string;
  /** A subscription gets its own name and asks apps to fetch it again within the hour. */
  isSubscription?: boolean;
};

const CHECK_IN_MINUTES = 15;
const CHANNEL_WORDS: Record<TCheckIn["channel"], string> = {
  text: "a text",
  call: "a call",
  "voice-note": "a voice note",
  photo: "a photo",
  any: "any way that suits you",
};

export function buildAgreementCalendar(input: TAgreementCalendarInput): string {
  const { names } = input;
  return writeCalendar({
    prodId: "-//Breathing Room//Our agreed week//EN",
    name: `Breathing Room · ${names.A} & ${names.B}`,
    timeZone: input.timeZone,
    refreshInterval: input.isSubscription ? "PT1H" : undefined,
    now: input.now,
    events: [
      ...input.agreements.flatMap((agreement, i) => versionEvents(input, agreement, input.agreements[i + 1]?.madeAt ?? null)),
      ...(input.review ? [reviewEvent(input, input.review)] : []),
    ],
  });
}

/**
 * One version's week. A version that a later one replaced ends (UNTIL) where the next
 * began, and says so with a higher SEQUENCE: a calendar that imported it earlier keeps
 * the past as it was and changes from then on (CAL2).
 */
function versionEvents(input: TAgreementCalendarInput, agreement: TAgreement, endedAt: string | null): TIcsEvent[] {
  const me = input.partner;
  const other: TPartnerKey = me === "A" ? "B" : "A";
  const otherName = input.names[other];
  const { proposal, version } = agreement;
  const start = DateTime.fromISO(agreement.madeAt).setZone(input.timeZone);
  const common = { sequence: endedAt ? 1 : 0, url: input.agreementUrl, weekly: { until: endedAt } };
  const agreedWith = `Agreed with ${otherName} in Breathing Room (agreement version ${version}).`;
  const events: TIcsEvent[] = [];

  for (const { block, firstWeek, index } of plannedBlocks(proposal)) {
    const first = firstOccurrence(block.startSlot, start).plus({ weeks: firstWeek });
    // Occurrences that would start after the next version began never happened: leave them out.
    if (endedAt && first.toMillis() >= Date.parse(endedAt)) continue;
    const span = { start: { kind: "zoned" as const, at: first }, end: { kind: "zoned" as const, at: endOfBlock(block, first) } };
    const uid = (what: string) => `${input.spaceId}-v${version}-${what}-${index}@breathing-room`;

    if (block.owner === "together") {
      events.push({ ...common, ...span, uid: uid("together"), summary: `Together: ${block.label}`, description: lines(`Time together with ${otherName}. ${agreedWith}`, input.agreementUrl) });
      continue;
    }
    const checkIn = checkInOf(proposal, block);
    const returnAt = clockOfHalfHour(halfHourOfSlot(block.endSlot) || SLOTS_PER_DAY);
    const during = checkIn ? checkIn.atSlots.filter((slot) => slot < block.endSlot) : [];
    const channel = checkIn && checkIn.frequency !== "none" ? CHANNEL_WORDS[checkIn.channel] : null;

    if (block.owner === me) {
      events.push({
        ...common,
        ...span,
        uid: uid("alone"),
        summary: `Time for you: ${block.label}`,
        description: lines(
          `Your time alone, back by ${returnAt}${channel ? `; let ${otherName} know with ${channel}` : ""}. ${agreedWith}`,
          input.agreementUrl,
        ),
      });
    } else {
      events.push({
        ...common,
        start: { kind: "zoned", at: span.end.at },
        end: { kind: "zoned", at: span.end.at.plus({ minutes: CHECK_IN_MINUTES }) },
        uid: uid("back"),
        summary: `${otherName} is back`,
        description: lines(`${otherName}’s time alone (${block.label}) ends at ${returnAt}, as agreed. ${agreedWith}`, input.agreementUrl),
      });
    }
    for (const slot of during) {
      const at = first.plus({ minutes: (slot - block.startSlot) * 30 });
      const isMine = block.owner === me;
      events.push({
        ...common,
        start: { kind: "zoned", at },
        end: { kind: "zoned", at: at.plus({ minutes: CHECK_IN_MINUTES }) },
        uid: uid(`check-in-${slot}`),
        summary: isMine ? `Check in with ${otherName} (${channel})` : `${otherName} checks in (${channel})`,
        description: lines(
          isMine ? `During your time alone (${block.label}), as agreed.` : `During ${otherName}’s time alone (${block.label}), as agreed.`,
          input.agreementUrl,
        ),
        // The one who is away gets the nudge; the one at home needs no alarm to be thought of.
        alarms: isMine ? [{ trigger: "PT0S", description: `Check in with ${otherName}` }] : undefined,
      });
    }
  }
  return events;
}

function reviewEvent(input: TAgreementCalendarInput, review: { at: string; sequence: number }): TIcsEvent {
  const day = DateTime.fromISO(review.at).setZone(input.timeZone).startOf("day");
  const other = input.names[input.partner === "A" ? "B" : "A"];
  return {
    uid: `${input.spaceId}-review@breathing-room`,
    sequence: review.sequence,
    start: { kind: "date", date: day.toISODate()! },
    end: { kind: "date", date: day.plus({ days: 1 }).toISODate()! },
    summary: `Look at our agreement again (with ${other})`,
    description: lines("The day you chose to look at your agreement together: what worked, and what to change.", input.agreementUrl),
    url: input.agreementUrl,
    // 09:00 on the day, in the calendar's own time.
    alarms: [{ trigger: "PT9H", description: "Today you look at your agreement again together." }],
  };
}

/**
 * The blocks of the full plan and the week each first appears in: a start-small plan
 * grows over its ramp weeks (each a subset of the next, the last the full plan).
 */
function plannedBlocks(proposal: TProposal): { block: TBlock; firstWeek: number; index: number }[] {
  const weeks = proposal.weeks && proposal.weeks.length > 0 ? proposal.weeks : [proposal.blocks];
  const full = weeks.at(-1)!;
  return full.map((block, index) => ({ block, index, firstWeek: Math.max(0, weeks.findIndex((week) => week.some((b) => isSameBlock(b, block)))) }));
}

/**
 * The check-ins of an alone block. Frequency and channel belong to the pair (CHK1, CHK2),
 * so a ramp week's later block follows the same plan as the blocks of week 1.
 */
function checkInOf(proposal: TProposal, block: TBlock): TCheckIn | null {
  const own = proposal.checkIns.checkIns.find((c) => isSameBlock(proposal.blocks[c.blockIndex], block));
  if (own) return own;
  const sameSender = proposal.checkIns.checkIns.find((c) => c.from === block.owner);
  if (!sameSender) return null;
  return { ...sameSender, atSlots: checkInSlots(sameSender.frequency, block.startSlot, block.endSlot), returnSlot: block.endSlot };
}

function isSameBlock(a: TBlock | undefined, b: TBlock): boolean {
  return !!a && a.owner === b.owner && a.wishId === b.wishId && a.startSlot === b.startSlot && a.endSlot === b.endSlot;
}

/** The first time the week's slot comes round at or after `from`, as wall-clock time in its zone. */
export function firstOccurrence(slot: number, from: DateTime): DateTime {
  const half = halfHourOfSlot(slot);
  const days = (dayOfSlot(slot) + 1 - from.weekday + 7) % 7;
  const candidate = from.startOf("day").plus({ days }).set({ hour: Math.floor(half / 2), minute: (half % 2) * 30 });
  return candidate < from ? candidate.plus({ weeks: 1 }) : candidate;
}

/** A block ends on its own day (SCH5); 24:00 is the next midnight. Wall-clock, so a DST night keeps its hours. */
function endOfBlock(block: TBlock, start: DateTime): DateTime {
  const half = halfHourOfSlot(block.endSlot);
  return half === 0 ? start.startOf("day").plus({ days: 1 }) : start.set({ hour: Math.floor(half / 2), minute: (half % 2) * 30 });
}

function lines(text: string, url: string): string {
  return `${text}\nYour agreement: ${url}`;
}

/**
 * The calendar input for one partner of a space, from its state: null for a counsellor
 * (the week is the partners') or while there is no agreement yet.
 */
export function agreementCalendarInputOf(
  state: TSpaceState,
  participantId: string,
  context: { publicUrl: string; now: string; isSubscription?: boolean },
): TAgreementCalendarInput | null {
  const me = findParticipant(state, participantId);
  const current = currentAgreementOf(state);
  if (!me || me.role === "counsellor" || !current) return null;
  const nameOf = (role: "partnerA" | "partnerB") => state.participants.find((p) => p.role === role)?.name ?? "";
  return {
    spaceId: state.spaceId,
    partner: me.role === "partnerA" ? "A" : "B",
    names: { A: nameOf("partnerA"), B: nameOf("partnerB") },
    timeZone: state.timeZone,
    agreements: state.proposals.agreements,
    review: { at: current.reviewAt, sequence: state.proposals.agreements.length - 1 },
    agreementUrl: `${context.publicUrl}/s/${state.spaceId}/agreement`,
    now: context.now,
    isSubscription: context.isSubscription,
  };
}
