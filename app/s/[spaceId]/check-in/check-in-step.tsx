"use client";

import { useState } from "react";
import type { TCheckInView } from "../../../../core/negotiation/check-in-view";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { describeDate } from "../agreement/agreement-words";
import { partnerNames } from "../facilitation/viewer-words";
import { useIsPaused } from "../pause/paused-context";
import { useServerNow, viewerTimeZone } from "../pause/use-server-now";
import type { TSend } from "../use-space-connection";
import { CheckInAnswers } from "./check-in-answers";
import { CheckInDecision } from "./check-in-decision";
import { CheckInForm } from "./check-in-form";
import { STATUS_WORDS } from "./check-in-words";
import { isReviewDateReached } from "../../../../core/negotiation/review-date";
import "./check-in.css";

/**
 * The agreement's next check-in, about now: when the review is, then "Check in on how it's
 * going" from that date on (or "Ask for an early check-in" before it); the private answers;
 * both side by side after the reveal; and the choice of what comes next (CHK1–CHK6).
 */
export function CheckInStep({ view, send }: { view: TSpaceView; send: TSend }) {
  const [isStarting, setIsStarting] = useState(false);
  const current = view.checkIn.current;
  if (!view.checkIn.reviewAt) return null;
  if (!current?.revealed) {
    const mine = current?.mine;
    // The form keeps its place from "Check in" to the sent answers: the first save opens the
    // check-in on the server, and what is typed meanwhile must not be lost to a remount.
    const draft = current ? (mine && !mine.submitted ? mine.draft : undefined) : isStarting && view.me.role !== "counsellor" ? null : undefined;
    const partnerName = view.participants.find((p) => p.role !== "counsellor" && p.id !== view.me.id)?.name ?? "your partner";
    return (
      <>
        {current ? (
          <CheckInWriting view={view} checkIn={current} send={send} />
        ) : (
          <CheckInOffer view={view} send={send} reviewAt={view.checkIn.reviewAt} isStarting={isStarting} onStart={() => setIsStarting(true)} />
        )}
        {draft !== undefined && <CheckInForm draft={draft} fears={myFears(view)} partnerName={partnerName} send={send} />}
      </>
    );
  }
  const isCounsellor = view.me.role === "counsellor";
  return (
    <>
      <section className="card" aria-labelledby="check-in-revealed-heading" data-testid="check-in-revealed">
        <p className="eyebrow">Check-in {current.number}</p>
        <h2 id="check-in-revealed-heading">{isCounsellor ? `${partnerNames(view)} have both checked in` : "You both checked in"}</h2>
        <p className="muted">
          {isCounsellor
            ? "Each answered from their own side. You might ask each what surprised them in the other’s answers."
            : "Each of you answered from your own side. Read slowly; what surprised you is worth talking about."}
        </p>
        <CheckInAnswers answers={current.revealed.answers} />
      </section>
      <CheckInDecision key={current.number} view={view} checkIn={current} send={send} />
    </>
  );
}

function CheckInOffer({
  view,
  send,
  reviewAt,
  isStarting,
  onStart,
}: {
  view: TSpaceView;
  send: TSend;
  reviewAt: string;
  isStarting: boolean;
  onStart: () => void;
}) {
  const { now } = useServerNow(view.sentAt, 60_000);
  const [zone] = useState(viewerTimeZone);
  const [problem, setProblem] = useState<string | null>(null);
  const isPaused = useIsPaused();
  const isCounsellor = view.me.role === "counsellor";
  const partner = view.participants.find((p) => p.role !== "counsellor" && p.id !== view.me.id);
  const partnerName = partner?.name ?? "your partner";
  const isDue = isReviewDateReached(reviewAt, now);
  const request = view.checkIn.request;
  const date = describeDate(reviewAt, zone);
  const act = async (type: string, payload: unknown) => {
    const ack = await send(type, payload);
    setProblem(ack.ok ? null : ack.error.message);
  };

  const asker = request ? view.participants.find((p) => p.id === request.by)?.name : null;
  return (
    <section className="card check-in-offer" aria-labelledby="check-in-heading" data-testid="check-in-offer">
      <h2 id="check-in-heading">{isDue ? "Time to check in" : "Your next check-in"}</h2>
      <p data-testid="next-review">
        {isCounsellor
          ? isDue
            ? `Their review date has come (${date}). Either of them can start the check-in.`
            : `They will look at their agreement again on ${date}.`
          : isDue
            ? `Your review date has come (${date}). How has your week been working for each of you?`
            : `You agreed to look at your week again on ${date}.`}
      </p>
      {isCounsellor ? (
        asker && <p className="muted">{asker} asked for an early check-in; the other hasn’t answered yet.</p>
      ) : isDue ? (
        !isStarting && (
          <button type="button" className="button" disabled={isPaused} onClick={onStart}>
            Check in on how it’s going
          </button>
        )
      ) : request?.by === view.me.id ? (
        <p className="notice calm" role="status" data-testid="check-in-asked">
          You asked {partnerName} for an early check-in. It starts when {partnerName} agrees.
        </p>
      ) : request ? (
        <div className="notice calm" data-testid="check-in-request">
          <p>{partnerName} would like to check in early, before {date}.</p>
          <div className="row">
            <button type="button" className="button small" disabled={isPaused} onClick={() => void act("check-in:answer-request", { accept: true })}>
              Yes, let’s check in
            </button>
            <button type="button" className="button quiet small" disabled={isPaused} onClick={() => void act("check-in:answer-request", { accept: false })}>
              Not now
            </button>
          </div>
        </div>
      ) : (
        <>
          <p className="muted small">Something not working? You don’t have to wait: ask {partnerName}, and when they agree you both check in.</p>
          <button type="button" className="button quiet" disabled={isPaused} onClick={() => void act("check-in:request", {})}>
            Ask for an early check-in
          </button>
        </>
      )}
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function CheckInWriting({ view, checkIn, send }: { view: TSpaceView; checkIn: TCheckInView; send: TSend }) {
  const isCounsellor = view.me.role === "counsellor";
  const partner = view.participants.find((p) => p.role !== "counsellor" && p.id !== view.me.id);
  const partnerName = partner?.name ?? "your partner";
  const others = view.participants.filter((p) => p.role !== "counsellor" && p.id !== view.me.id);
  const mine = checkIn.mine;
  return (
    <>
      <section className="card" aria-labelledby="check-in-heading" data-testid="check-in-writing">
        <p className="eyebrow">Check-in {checkIn.number}</p>
        <h2 id="check-in-heading">{isCounsellor ? "They are checking in privately" : "Check in privately"}</h2>
        <p className="muted">
          {isCounsellor
            ? `${partnerNames(view)} each answer how the agreed week went. You’ll see both the moment both have sent theirs; until then, only how far each is.`
            : `No one sees your answers until you have both sent yours; then both appear for both of you at the same moment.`}
        </p>
        <div role="status" aria-live="polite">
          <ul className="partner-status">
            {others.map((p) => {
              const status = checkIn.statuses[p.id] ?? "not-started";
              return (
                <li key={p.id} className={`status-line ${status}`} data-testid={`check-in-status-${p.name}`} data-status={status}>
                  <span className="status-mark" aria-hidden="true" />
                  {p.name} {STATUS_WORDS[status]}
                </li>
              );
            })}
          </ul>
        </div>
      </section>
      {mine?.submitted && <SentCheckIn partnerName={partnerName} send={send} />}
    </>
  );
}

function SentCheckIn({ partnerName, send }: { partnerName: string; send: TSend }) {
  const isPaused = useIsPaused();
  return (
    <section className="card" aria-label="Your check-in" data-testid="check-in-sent">
      <p>Your check-in is sent. It appears for both of you as soon as {partnerName} sends theirs.</p>
      <button type="button" className="button quiet small" disabled={isPaused} onClick={() => void send("check-in:unlock", {})}>
        Change my answers
      </button>
    </section>
  );
}

function myFears(view: TSpaceView) {
  return view.revealed?.statements.find((s) => s.participantId === view.me.id)?.statement.fears ?? [];
}
