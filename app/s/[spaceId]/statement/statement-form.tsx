"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { TMyStatementView } from "../../../../core/negotiation/view";
import type { TSend } from "../use-space-connection";
import { fieldId, problemsOfServerFields, withoutProblemsUnder, type TFieldProblems } from "./field-problems";
import { PartContent } from "./part-content";
import { PartList } from "./part-list";
import { SaveIndicator } from "./save-indicator";
import { ShareCard } from "./share-card";
import type { TStatementForm } from "./statement-form-model";
import { neighbours, partOfPath, STATEMENT_PARTS, type TStatementPart } from "./statement-parts";
import { useKeptSave, useStatementDraft, type TKeptSave } from "./use-statement-draft";

const HEADINGS: Record<TStatementPart, string> = {
  appreciation: "What you value about the two of you",
  needs: "What you need",
  together: "Time together you’d like",
  fears: "What you fear",
  reassurance: "While you’re apart",
  busy: "When you’re busy",
  share: "Ready to share?",
};

/**
 * The private statement, one short part at a time, autosaved as a draft that only its
 * author sees. Everything typed lives here, so moving between parts loses nothing.
 */
export function StatementForm(props: TStatementFormProps) {
  const { isReading, kept } = useKeptSave();
  // Words kept on this device from before a reload are read first: the form starts from them.
  if (isReading) {
    return (
      <p className="muted" role="status">
        Opening your draft…
      </p>
    );
  }
  return <DraftedStatementForm {...props} kept={kept} />;
}

type TStatementFormProps = { myStatement: TMyStatementView; partnerName: string; hasPartnerSubmitted: boolean; send: TSend };

function DraftedStatementForm(props: TStatementFormProps & { kept: TKeptSave | null }) {
  const { myStatement, partnerName, send } = props;
  const { form, edit, saveState, stopSaving } = useStatementDraft(myStatement, send, props.kept);
  const [problems, setProblems] = useState<TFieldProblems>({});
  const [submitProblem, setSubmitProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [part, setPart] = useState<TStatementPart>("appreciation");
  // Where focus goes once the chosen part is on screen: its heading, or the field a problem is about.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const target = document.getElementById(focusTarget) ?? closestField(focusTarget);
    target?.scrollIntoView({ block: focusTarget === "part-heading" ? "nearest" : "center" });
    target?.focus({ preventScroll: true });
    setFocusTarget(null);
  }, [focusTarget, part]);

  // The check before submitting loads on the way to the last part, so it is there at the click.
  useEffect(() => {
    if (part === "share") void loadStatementCheck().catch(() => {});
  }, [part]);

  function goTo(next: TStatementPart, fieldPath?: string) {
    setPart(next);
    setFocusTarget(fieldPath ? fieldId(fieldPath) : "part-heading");
  }

  /** An edit to one part clears what was said about that part. */
  function change(path: string, update: (f: TStatementForm) => TStatementForm) {
    edit(update);
    setProblems((current) => withoutProblemsUnder(current, path));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitProblem(null);
    const checked = await checkBeforeSubmitting(form);
    if (!checked) {
      setSubmitProblem(CHECK_UNAVAILABLE);
      setPart("share");
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (!checked.ok) {
      setProblems(checked.problems);
      setPart("share");
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setIsSubmitting(true);
    stopSaving();
    const ack = await send("statement:submit", { statement: checked.statement });
    setIsSubmitting(false);
    if (!ack.ok) {
      // The server's word wins; the form keeps everything, and autosave resumes with the next edit.
      setProblems(problemsOfServerFields(ack.error.fields, "statement"));
      setSubmitProblem(ack.error.message);
      setPart("share");
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
    // On success the next view shows the statement locked; this form goes away.
  }

  const { previous, next } = neighbours(part);
  return (
    <form className="statement-form" onSubmit={submit} noValidate aria-labelledby="statement-heading">
      <div className="statement-head">
        <h2 id="statement-heading" className="form-title">
          Your statement
        </h2>
        <SaveIndicator state={saveState} />
      </div>
      <p className="muted small">Take your time: short parts, saved as you type. Only the first two are needed.</p>
      <PartList current={part} form={form} problems={problems} onChoose={(p) => goTo(p)} />

      <section className="card statement-part" aria-labelledby="part-heading" data-part={part}>
        <h3 id="part-heading" className="part-heading" tabIndex={-1}>
          {HEADINGS[part]}
        </h3>
        {part === "share" ? (
          <ShareCard
            ref={summaryRef}
            partnerName={partnerName}
            hasPartnerSubmitted={props.hasPartnerSubmitted}
            problems={problems}
            submitProblem={submitProblem}
            isSubmitting={isSubmitting}
            onGoTo={(path) => goTo(partOfPath(path), path)}
          />
        ) : (
          <PartContent part={part} form={form} problems={problems} partnerName={partnerName} change={change} />
        )}
        <div className="part-moves">
          {previous && (
            <button type="button" className="button quiet small" onClick={() => goTo(previous)}>
              Back
            </button>
          )}
          {next && (
            <button type="button" className="button small" onClick={() => goTo(next.key)}>
              Next: {next.title}
            </button>
          )}
        </div>
      </section>
      <p className="visually-hidden" aria-live="polite">
        {`Part ${STATEMENT_PARTS.findIndex((p) => p.key === part) + 1} of ${STATEMENT_PARTS.length}: ${HEADINGS[part]}`}
      </p>
    </form>
  );
}

/** "needs.0.windows.1.days" may have no input of its own; fall back to its window, then its need. */
function closestField(id: string): HTMLElement | null {
  const parts = id.split("-");
  while (parts.length > 2) {
    parts.pop();
    const element = document.getElementById(parts.join("-"));
    if (element) return element;
  }
  return null;
}

const CHECK_UNAVAILABLE = "We couldn’t check your statement just now (the connection may have dropped). Everything you wrote is kept; please try again in a moment.";

/** The check comes with zod, so it is loaded when first needed, not with the page. */
const loadStatementCheck = () => import("./statement-check");

/** The statement as checked before it is sent; null when the check could not be loaded. */
async function checkBeforeSubmitting(form: TStatementForm) {
  try {
    const { checkStatement } = await loadStatementCheck();
    return checkStatement(form);
  } catch {
    return null;
  }
}
