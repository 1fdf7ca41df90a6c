"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { DateTime } from "luxon";
import { checkReturnTime, quickReturnChoices, type QuickReturnChoice } from "../../../../core/time/return-time";
import { instantToLocalInput, localInputToInstant } from "../../../../core/time/local-input";
import { clockTime, describeReturnTime, zoneLabel } from "../../../../core/time/viewer-time";
import type { TSend } from "../use-space-connection";

export type TPauseDialogMode = "pause" | "change" | "more-time";

type Choice = QuickReturnChoice["key"] | "custom";

const WORDS: Record<TPauseDialogMode, { title: string; command: "pause:start" | "pause:propose"; button: (time: string | null) => string }> = {
  pause: { title: "Take a break", command: "pause:start", button: (time) => (time ? `Pause until ${time}` : "Pause") },
  change: { title: "Propose a different time", command: "pause:propose", button: (time) => (time ? `Propose ${time}` : "Propose") },
  "more-time": { title: "Ask for more time", command: "pause:propose", button: (time) => (time ? `Ask for ${time}` : "Ask") },
};

/**
 * Pausing always names a return time (counselling practice: stop when you must, but say
 * when you'll come back). The same dialog proposes a different time, or more time right
 * after a resume. A native modal <dialog> keeps focus inside it and closes with Escape.
 */
export function PauseDialog({
  mode,
  intro,
  send,
  serverNow,
  timeZone,
  onClose,
}: {
  mode: TPauseDialogMode;
  /** Who else must agree, said plainly; pausing itself needs no one's consent. */
  intro: string;
  send: TSend;
  serverNow: () => number;
  timeZone: string;
  onClose: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [openedAt] = useState(() => new Date(serverNow()).toISOString());
  const choices = quickReturnChoices(openedAt, timeZone);
  const [choice, setChoice] = useState<Choice>(choices[0]!.key);
  const [custom, setCustom] = useState(() => instantToLocalInput(DateTime.fromISO(openedAt).plus({ hours: 1 }).toISO()!, timeZone));
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const words = WORDS[mode];

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      // Back to where the person was, e.g. the Pause button (or the panel that replaced it).
      if (opener?.isConnected) opener.focus();
      else document.getElementById("pause")?.focus();
    };
  }, []);

  /** The return time chosen, computed afresh: "in 20 minutes" means from now, not from when the dialog opened. */
  function chosenReturnAt(nowIso: string): string | null {
    if (choice === "custom") return localInputToInstant(custom, timeZone);
    return quickReturnChoices(nowIso, timeZone).find((c) => c.key === choice)?.returnAt ?? null;
  }

  const nowIso = new Date(serverNow()).toISOString();
  const returnAt = chosenReturnAt(nowIso);
  const check = returnAt ? checkReturnTime(returnAt, nowIso) : null;

  const shownProblem = problem ?? (check && !check.ok ? check.message : null);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    const now = new Date(serverNow()).toISOString();
    const at = chosenReturnAt(now);
    if (!at) {
      setProblem("Please choose a date and time to come back.");
      return;
    }
    const checked = checkReturnTime(at, now);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    setIsSending(true);
    setProblem(null);
    const trimmed = note.trim();
    const ack = await send(words.command, trimmed ? { returnAt: at, note: trimmed } : { returnAt: at });
    setIsSending(false);
    // The server's word wins (it may say the time is too soon by its clock, or someone paused first).
    if (!ack.ok) setProblem(ack.error.fields?.note ?? ack.error.message);
    else onClose();
  }

  return (
    <dialog
      ref={dialogRef}
      className="pause-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-intro`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      data-testid="pause-dialog"
    >
      <form onSubmit={confirm} noValidate>
        <h2 id={`${ids}-title`}>{words.title}</h2>
        <p id={`${ids}-intro`} className="muted">
          {intro}
        </p>

        <fieldset className="return-choices">
          <legend>When will you come back?</legend>
          {choices.map((c) => (
            <label key={c.key} className="return-choice">
              <input type="radio" name="return" value={c.key} checked={choice === c.key} onChange={() => setChoice(c.key)} />
              <span className="choice-label">{c.label}</span>
              {!c.label.includes(clockTime(c.returnAt, timeZone)) && (
                <span className="choice-time" aria-hidden="true">
                  {clockTime(c.returnAt, timeZone)}
                </span>
              )}
            </label>
          ))}
          <label className="return-choice">
            <input type="radio" name="return" value="custom" checked={choice === "custom"} onChange={() => setChoice("custom")} />
            <span className="choice-label">Another time</span>
          </label>
          {choice === "custom" && (
            <div className="field custom-time">
              <label htmlFor={`${ids}-custom`}>Date and time ({zoneLabel(timeZone)})</label>
              <input
                id={`${ids}-custom`}
                type="datetime-local"
                value={custom}
                min={instantToLocalInput(openedAt, timeZone)}
                max={instantToLocalInput(DateTime.fromISO(openedAt).plus({ days: 7 }).toISO()!, timeZone)}
                onChange={(e) => {
                  setCustom(e.target.value);
                  setProblem(null);
                }}
                aria-describedby={`${ids}-summary`}
              />
            </div>
          )}
        </fieldset>

        <p id={`${ids}-summary`} className="return-summary" aria-live="polite">
          {returnAt && check?.ok && <>Back {describeReturnTime(returnAt, timeZone, nowIso)} ({zoneLabel(timeZone)}).</>}
        </p>
        {check?.ok && check.isLong && (
          <p className="notice calm small" data-testid="long-pause-note">
            More than a day is fine. A shorter break usually works better, though: long enough to calm down, short enough
            that nothing is left hanging.
          </p>
        )}
        {shownProblem && (
          <p className="notice" role="alert" data-testid="pause-problem">
            {shownProblem}
          </p>
        )}

        <div className="field">
          <label htmlFor={`${ids}-note`}>A few words, if you like</label>
          <textarea
            id={`${ids}-note`}
            rows={1}
            maxLength={200}
            value={note}
            placeholder={mode === "pause" ? "I need to clear my head" : "I need a little longer"}
            onChange={(e) => setNote(e.target.value)}
          />
          <span className="hint">Everyone in the space will see these words.</span>
        </div>


        <div className="dialog-actions">
          <button type="submit" className="button" disabled={isSending}>
            {isSending ? "One moment…" : words.button(returnAt && check?.ok ? clockTime(returnAt, timeZone) : null)}
          </button>
          <button type="button" className="button quiet" onClick={onClose}>
            Not now
          </button>
        </div>
      </form>
    </dialog>
  );
}
