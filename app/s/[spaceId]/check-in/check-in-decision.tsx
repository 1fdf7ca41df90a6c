"use client";

import { useState } from "react";
import { REVIEW_WEEKS_DEFAULT, REVIEW_WEEKS_MAX, REVIEW_WEEKS_MIN, isSameChoice, type TCheckInChoice } from "../../../../core/negotiation/check-in-schemas";
import type { TCheckInView } from "../../../../core/negotiation/check-in-view";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { useIsPaused } from "../pause/paused-context";
import type { TSend } from "../use-space-connection";
import { choiceWords, weeksWords } from "./check-in-words";

const WEEKS = Array.from({ length: REVIEW_WEEKS_MAX - REVIEW_WEEKS_MIN + 1 }, (_, i) => REVIEW_WEEKS_MIN + i);

/**
 * After the reveal: keep, adjust or write afresh. One proposes by choosing; the other
 * confirms by choosing the same, and only then is it decided (CHK6).
 */
export function CheckInDecision({ view, checkIn, send }: { view: TSpaceView; checkIn: TCheckInView; send: TSend }) {
  const isPaused = useIsPaused();
  const partner = view.participants.find((p) => p.role !== "counsellor" && p.id !== view.me.id);
  const partners = view.participants.filter((p) => p.role !== "counsellor");
  const mine = checkIn.choices[view.me.id];
  const theirs = partner ? checkIn.choices[partner.id] : undefined;
  const [kind, setKind] = useState<TCheckInChoice["kind"]>(mine?.kind ?? theirs?.kind ?? "keep");
  const [weeks, setWeeks] = useState(mine?.kind === "keep" ? mine.weeks : theirs?.kind === "keep" ? theirs.weeks : REVIEW_WEEKS_DEFAULT);
  const [problem, setProblem] = useState<string | null>(null);
  const choose = async (choice: TCheckInChoice) => {
    const ack = await send("check-in:choose", { choice });
    setProblem(ack.ok ? null : ack.error.message);
  };

  if (view.me.role === "counsellor") {
    return (
      <section className="card" aria-labelledby="check-in-decision-heading" data-testid="check-in-decision">
        <h3 id="check-in-decision-heading">What they choose next</h3>
        <p className="muted">They keep their agreement, adjust it, or start afresh; it is decided when both choose the same.</p>
        <ul>
          {partners.map((p) => (
            <li key={p.id}>{checkIn.choices[p.id] ? `${p.name} chose to ${choiceWords(checkIn.choices[p.id]!)}.` : `${p.name} hasn’t chosen yet.`}</li>
          ))}
        </ul>
        <p className="muted small">You might ask what each of them would like to be different in the next weeks before they choose.</p>
      </section>
    );
  }

  const choice: TCheckInChoice = kind === "keep" ? { kind, weeks } : { kind };
  const partnerName = partner?.name ?? "your partner";
  return (
    <section className="card" aria-labelledby="check-in-decision-heading" data-testid="check-in-decision">
      <h3 id="check-in-decision-heading">What now?</h3>
      <p className="muted">Choose together: when you both choose the same, it’s decided.</p>
      <div role="status" aria-live="polite">
        {theirs && !isSameChoice(theirs, mine) && (
          <div className="notice calm" data-testid="partner-choice">
            <p>
              {partnerName} chose to {choiceWords(theirs)}.
            </p>
            <button type="button" className="button small" disabled={isPaused} onClick={() => void choose(theirs)}>
              Choose the same
            </button>
          </div>
        )}
        {mine && (
          <p className="notice calm" data-testid="my-choice">
            You chose to {choiceWords(mine)}. When {partnerName} chooses the same, it’s decided.
          </p>
        )}
      </div>
      <fieldset className="check-in-choices" disabled={isPaused}>
        <legend className="visually-hidden">Your choice</legend>
        <label className="check-in-choice">
          <input type="radio" name="check-in-choice" checked={kind === "keep"} onChange={() => setKind("keep")} />
          <span>
            <strong>Keep it as it is</strong>
            <span className="muted small">and look at it again in a few weeks</span>
          </span>
        </label>
        {kind === "keep" && (
          <label className="check-in-weeks">
            Next review in
            <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
              {WEEKS.map((w) => (
                <option key={w} value={w}>
                  {weeksWords(w)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="check-in-choice">
          <input type="radio" name="check-in-choice" checked={kind === "adjust"} onChange={() => setKind("adjust")} />
          <span>
            <strong>Adjust it</strong>
            <span className="muted small">Each of you changes your last statement, then new proposals</span>
          </span>
        </label>
        <label className="check-in-choice">
          <input type="radio" name="check-in-choice" checked={kind === "afresh"} onChange={() => setKind("afresh")} />
          <span>
            <strong>Write afresh</strong>
            <span className="muted small">New statements from the start</span>
          </span>
        </label>
        <button type="button" className="button" disabled={isSameChoice(choice, mine)} onClick={() => void choose(choice)}>
          {isSameChoice(choice, theirs) ? "Choose the same" : "Choose this"}
        </button>
      </fieldset>
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
