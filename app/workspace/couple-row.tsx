"use client";

import Link from "next/link";
import { memo, useState } from "react";
import type { TSpaceSummary } from "../../core/workspace/space-summary";
import type { TNote } from "../../core/workspace/state";
import type { TSend } from "../s/[spaceId]/use-space-connection";
import { checkInFact, coupleName, hereIfKnown, needsMe, sinceWords, stepWords, waitingWords } from "./couple-words";
import { NotesPanel } from "./notes-panel";
import { presenceWordsFor, type TPresenceKind } from "../s/[spaceId]/presence-words";

/** A counsellor's list says "offline" and "hasn’t opened their link" where a partner's bar says "away" and "not joined yet". */
const WORKSPACE_WORDS: Partial<Record<TPresenceKind, string>> = { away: "offline", "not-joined": "hasn’t opened their link" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** One couple at a glance: step, who is here, what the session waits for, and what's next. */
export const CoupleRow = memo(function CoupleRow(props: { summary: TSpaceSummary; online: string[]; isPresenceKnown: boolean; notes: TNote[]; now: number; send: TSend }) {
  const { summary, online } = props;
  const presenceOf = (partner: { id: string; hasJoined: boolean }) => presenceWordsFor(partner, { isOnline: online.includes(partner.id), isConnected: props.isPresenceKnown });
  const [isShowingNotes, setIsShowingNotes] = useState(false);
  const name = coupleName(summary);
  const checkIn = checkInFact(summary, props.now, (iso) => dayFormat.format(new Date(iso)));
  const headingId = `couple-${summary.spaceId}`;
  return (
    <li className={`couple ${summary.isGuided ? "" : "ended"}`} data-testid={`couple-${name}`} aria-labelledby={headingId}>
      <div className="couple-head">
        <h3 id={headingId}>{name}</h3>
        <span className={`step-tag ${summary.step ?? "ended"}`} data-testid="couple-step">
          {stepWords(summary)}
        </span>
      </div>
      {summary.isGuided ? (
        <>
          <p className="who-online">
            {summary.partners.map((p) => {
              const { kind, words } = presenceOf(p);
              return (
                <span key={p.id} className="online-pill" data-online={kind === "online"} data-presence={kind}>
                  <span className={`presence-dot ${kind === "online" ? "online" : ""}`} aria-hidden="true" />
                  {p.name} {WORKSPACE_WORDS[kind] ?? words}
                </span>
              );
            })}
          </p>
          <p className="waiting" data-testid="couple-waiting">{waitingWords(summary)}</p>
          <ul className="couple-facts">
            {needsMe(summary, hereIfKnown(online, props.isPresenceKnown)) && <li className="fact needs-me">Needs you now</li>}
            {summary.pausedUntil && <li className="fact">Paused until {dateFormat.format(new Date(summary.pausedUntil))}</li>}
            {summary.held.map((step) => (
              <li key={step} className="fact">You hold {step === "reflect" ? "reflecting" : "proposals"}</li>
            ))}
            {checkIn && <li className={`fact${checkIn.startsWith("Review") ? "" : " check-in-due"}`}>{checkIn}</li>}
            <li className="fact quiet">Last activity {sinceWords(summary.lastActivityAt, props.now)}</li>
          </ul>
          <div className="row couple-actions">
            <Link className="button" href={`/s/${summary.spaceId}`} aria-label={`Open ${name}’s session`}>
              Open session
            </Link>
            <button className="button quiet" type="button" aria-expanded={isShowingNotes} onClick={() => setIsShowingNotes(!isShowingNotes)}>
              Notes{props.notes.length > 0 ? ` (${props.notes.length})` : ""}
            </button>
            <Link className="button quiet" href={`/workspace/summary/${summary.spaceId}`} aria-label={`Session summary for ${name}`}>
              Summary
            </Link>
          </div>
          {isShowingNotes && <NotesPanel spaceId={summary.spaceId} coupleName={name} notes={props.notes} send={props.send} />}
        </>
      ) : (
        <p className="muted">{summary.endedAt ? `They removed you as their counsellor on ${dayFormat.format(new Date(summary.endedAt))}.` : "You no longer guide this space."}</p>
      )}
    </li>
  );
});
