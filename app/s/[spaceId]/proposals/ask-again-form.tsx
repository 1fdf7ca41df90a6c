"use client";

import { useId, useState } from "react";
import type { TNeed } from "../../../../core/negotiation/statement";
import { PRIORITY_LABELS } from "../statement/wording";
import type { TSend } from "../use-space-connection";
import { changesFromEdits, type TNeedEdit } from "./my-wishes";

const toEdit = (n: TNeed): TNeedEdit => ({ wishId: n.id, min: String(n.minHoursPerWeek), ideal: String(n.idealHoursPerWeek), priority: n.priority });

/**
 * Change hours or how much my own needs matter and ask again: all proposals are made anew
 * and any choices so far are set aside. Folded away until asked for, to keep the page calm.
 */
export function AskAgainForm({ needs, send }: { needs: TNeed[]; send: TSend }) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [edits, setEdits] = useState<TNeedEdit[]>(() => needs.map(toEdit));
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);

  const update = (wishId: string, change: Partial<TNeedEdit>) => setEdits((all) => all.map((e) => (e.wishId === wishId ? { ...e, ...change } : e)));

  async function ask() {
    const outcome = changesFromEdits(needs, edits);
    if ("problem" in outcome) return setProblem(outcome.problem);
    setIsSending(true);
    setProblem(null);
    const ack = await send("wishes:adjust", { changes: outcome.changes });
    setIsSending(false);
    if (!ack.ok) return setProblem(ack.error.message);
    setIsOpen(false);
  }

  return (
    <section className="card ask-again" aria-labelledby={`${id}-heading`} data-testid="ask-again">
      <h3 id={`${id}-heading`}>Change my hours and ask again</h3>
      <p className="muted small">
        If none of these feels right, you can loosen or tighten your own needs. Breathing Room then makes new proposals for both of you, and any
        choices made so far are set aside.
      </p>
      {!isOpen ? (
        <button
          type="button"
          className="button quiet small"
          aria-expanded="false"
          onClick={() => {
            setEdits(needs.map(toEdit));
            setIsOpen(true);
          }}
        >
          Change my hours or how much they matter
        </button>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void ask();
          }}
        >
          {needs.map((need, i) => {
            const edit = edits.find((e) => e.wishId === need.id) ?? toEdit(need);
            const prefix = `${id}-${i}`;
            return (
              <fieldset key={need.id} className="wish-edit">
                <legend>{need.label}</legend>
                <div className="wish-edit-fields">
                  <div className="field">
                    <label htmlFor={`${prefix}-min`}>Minimum hours a week</label>
                    <input id={`${prefix}-min`} type="number" inputMode="decimal" min={0} max={60} step={0.5} value={edit.min} onChange={(e) => update(need.id, { min: e.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${prefix}-ideal`}>Ideal hours a week</label>
                    <input id={`${prefix}-ideal`} type="number" inputMode="decimal" min={0.5} max={60} step={0.5} value={edit.ideal} onChange={(e) => update(need.id, { ideal: e.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${prefix}-priority`}>How much it matters</label>
                    <select id={`${prefix}-priority`} value={edit.priority} onChange={(e) => update(need.id, { priority: Number(e.target.value) })}>
                      {[1, 2, 3, 4, 5].map((p) => (
                        <option key={p} value={p}>
                          {PRIORITY_LABELS[p]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              </fieldset>
            );
          })}
          <div aria-live="polite">{problem && <p className="notice">{problem}</p>}</div>
          <div className="row">
            <button type="submit" className="button small" disabled={isSending}>
              {isSending ? "Asking…" : "Ask for new proposals"}
            </button>
            <button type="button" className="button quiet small" onClick={() => setIsOpen(false)}>
              Never mind
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
