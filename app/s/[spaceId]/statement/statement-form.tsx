"use client";

import { useRef, useState, type FormEvent } from "react";
import { ZStatement } from "../../../../core/negotiation/statement";
import type { TMyStatementView } from "../../../../core/negotiation/view";
import type { TSend } from "../use-space-connection";
import { AvailabilityGrid } from "./availability-grid";
import { FearEditor } from "./fear-editor";
import { Field } from "./field";
import { fieldId, problemsOfServerFields, problemsOfZodError, withoutProblemsUnder, type TFieldProblems } from "./field-problems";
import { Guidance } from "./guidance";
import { useIsPaused } from "../pause/paused-context";
import { NeedEditor } from "./need-editor";
import { ProblemSummary } from "./problem-summary";
import { ReassuranceEditor } from "./reassurance-editor";
import { SaveIndicator } from "./save-indicator";
import { formToStatement, newFear, newNeed, newTogether, type TStatementForm } from "./statement-form-model";
import { TogetherEditor } from "./together-editor";
import { useStatementDraft } from "./use-statement-draft";

const MAX_NEEDS = 8;
const MAX_TOGETHER = 3;
const MAX_FEARS = 6;

/**
 * The private statement, in the order counsellors suggest: lead with what you value,
 * then what you need, what you'd like together, what you fear, what helps while apart,
 * and when you're simply busy. Autosaved as a draft that only its author sees.
 */
export function StatementForm({ myStatement, partnerName, send }: { myStatement: TMyStatementView; partnerName: string; send: TSend }) {
  const { form, edit, saveState, stopSaving } = useStatementDraft(myStatement, send);
  const [problems, setProblems] = useState<TFieldProblems>({});
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const isPaused = useIsPaused();

  /** An edit to one part clears what was said about that part. */
  function change(path: string, update: (f: TStatementForm) => TStatementForm) {
    edit(update);
    setProblems((current) => withoutProblemsUnder(current, path));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitProblem(null);
    const parsed = ZStatement.safeParse(formToStatement(form));
    if (!parsed.success) {
      setProblems(problemsOfZodError(parsed.error));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setIsSubmitting(true);
    stopSaving();
    const ack = await send("statement:submit", { statement: parsed.data });
    setIsSubmitting(false);
    if (!ack.ok) {
      // The server's word wins; the form keeps everything, and autosave resumes with the next edit.
      setProblems(problemsOfServerFields(ack.error.fields, "statement"));
      setSubmitProblem(ack.error.message);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
    // On success the next view shows the statement locked; this form goes away.
  }

  return (
    <form className="statement-form" onSubmit={submit} noValidate aria-labelledby="statement-heading">
      <h2 id="statement-heading" className="form-title">
        Your statement
      </h2>
      <SaveIndicator state={saveState} />
      <p className="muted">
        Take your time. {partnerName} won’t see a word of this until you have both submitted; then you’ll both see both
        statements at the same moment.
      </p>

      <section className="card" aria-labelledby="appreciation-heading">
        <h2 id="appreciation-heading">What you value about the two of you</h2>
        <Guidance summary="Why start here?">
          <p>Starting with what you value reminds you both that this is about making room within the relationship, not away from it.</p>
        </Guidance>
        <Field
          id={fieldId("appreciation")}
          label="Something you appreciate"
          hint="For example: “I love how we laugh at the same silly things.”"
          problem={problems.appreciation}
        >
          {(a11y) => (
            <textarea
              {...a11y}
              rows={4}
              maxLength={1000}
              value={form.appreciation}
              onChange={(e) => change("appreciation", (f) => ({ ...f, appreciation: e.target.value }))}
            />
          )}
        </Field>
      </section>

      <section className="card" aria-labelledby="needs-heading">
        <h2 id="needs-heading">What you need</h2>
        <Guidance summary="Tips for naming a need">
          <ul>
            <li>Use “I” sentences: “I need…”, not “You never…”.</li>
            <li>Be specific: “Sunday mornings to myself”, “one evening a week with friends”.</li>
            <li>Name how much and when. The least that would do, and what you’d love.</li>
          </ul>
        </Guidance>
        {problems.needs && <p className="problem" id={fieldId("needs")} tabIndex={-1}>{problems.needs}</p>}
        {form.needs.map((need, i) => (
          <NeedEditor
            key={need.id}
            need={need}
            index={i}
            problems={problems}
            canRemove={form.needs.length > 1}
            onChange={(changed) => change(`needs.${i}`, (f) => ({ ...f, needs: f.needs.map((n, j) => (j === i ? changed : n)) }))}
            onRemove={() => change("needs", (f) => ({ ...f, needs: f.needs.filter((_, j) => j !== i) }))}
          />
        ))}
        {form.needs.length < MAX_NEEDS && (
          <button
            type="button"
            className="button quiet"
            onClick={() => change("needs", (f) => ({ ...f, needs: [...f.needs, newNeed(crypto.randomUUID())] }))}
          >
            + Add another need
          </button>
        )}
      </section>

      <section className="card" aria-labelledby="together-heading">
        <h2 id="together-heading">Time together you’d like</h2>
        <p className="muted small">Space works best with closeness to come back to. A date night, a walk, a slow breakfast.</p>
        {form.together.map((wish, i) => (
          <TogetherEditor
            key={wish.id}
            wish={wish}
            index={i}
            problems={problems}
            onChange={(changed) => change(`together.${i}`, (f) => ({ ...f, together: f.together.map((w, j) => (j === i ? changed : w)) }))}
            onRemove={() => change("together", (f) => ({ ...f, together: f.together.filter((_, j) => j !== i) }))}
          />
        ))}
        {form.together.length < MAX_TOGETHER && (
          <button
            type="button"
            className="button quiet"
            onClick={() => change("together", (f) => ({ ...f, together: [...f.together, newTogether(crypto.randomUUID())] }))}
          >
            + Add time together
          </button>
        )}
      </section>

      <section className="card" aria-labelledby="fears-heading">
        <h2 id="fears-heading">What you fear</h2>
        <p className="muted small">
          Naming a fear gently helps {partnerName} reassure you. It’s fine to leave this empty.
        </p>
        {form.fears.map((fear, i) => (
          <FearEditor
            key={i}
            fear={fear}
            index={i}
            problems={problems}
            onChange={(changed) => change(`fears.${i}`, (f) => ({ ...f, fears: f.fears.map((x, j) => (j === i ? changed : x)) }))}
            onRemove={() => change("fears", (f) => ({ ...f, fears: f.fears.filter((_, j) => j !== i) }))}
          />
        ))}
        {form.fears.length < MAX_FEARS && (
          <button type="button" className="button quiet" onClick={() => change("fears", (f) => ({ ...f, fears: [...f.fears, newFear()] }))}>
            + Name a fear
          </button>
        )}
      </section>

      <section className="card" aria-labelledby="reassurance-heading">
        <h2 id="reassurance-heading">While you’re apart</h2>
        <p className="muted small">What would help you feel close while one of you has time of your own?</p>
        <ReassuranceEditor
          value={form.reassurance}
          problems={problems}
          onChange={(reassurance) => change("reassurance", (f) => ({ ...f, reassurance }))}
        />
      </section>

      <section className="card" aria-labelledby="busy-heading">
        <h2 id="busy-heading">When you’re busy</h2>
        <p className="muted small">Work, commute, children, sleep: the times that are already spoken for.</p>
        <AvailabilityGrid busy={form.busy} onChange={(busy) => change("busy", (f) => ({ ...f, busy }))} />
      </section>

      <section className="card submit-card" aria-labelledby="submit-heading">
        <h2 id="submit-heading">Ready to share?</h2>
        <p className="muted">
          Submitting locks your statement. You can unlock it to make changes until {partnerName} has submitted too.
        </p>
        <ProblemSummary ref={summaryRef} problems={problems} message={submitProblem} />
        {isPaused && (
          <p className="notice calm small" id="submit-paused">
            The conversation is paused. You can submit when it resumes; your draft still saves.
          </p>
        )}
        <button type="submit" className="button wide" disabled={isSubmitting || isPaused} aria-describedby={isPaused ? "submit-paused" : undefined}>
          {isSubmitting ? "Submitting…" : "Submit my statement"}
        </button>
      </section>
    </form>
  );
}
