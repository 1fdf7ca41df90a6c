"use client";

import { useId, useState } from "react";
import {
  CHECK_IN_PARTS,
  CHECK_IN_TEXT_MAX,
  CHECK_IN_WORDS_MAX,
  EASED_ANSWERS,
  FELT_SCALE,
  KEPT_ANSWERS,
  ZCheckInAnswers,
  type TCheckInDraft,
  type TCheckInPart,
  type TPartAnswer,
} from "../../../../core/negotiation/check-in-schemas";
import type { TFear } from "../../../../core/negotiation/statement";
import { SaveIndicator } from "../statement/save-indicator";
import { FEAR_KIND_LABELS } from "../statement/wording";
import type { TSend } from "../use-space-connection";
import { EASED_WORDS, FELT_WORDS, KEPT_WORDS, partTitle } from "./check-in-words";
import { useCheckInDraft } from "./use-check-in-draft";

type TPartDraft = Partial<TPartAnswer>;

/**
 * The check-in, short and phone-first: for each part of the agreement two taps (kept? how
 * did it feel?) and, if they like, a few words; then each of their own fears. Saved as it
 * goes, for them alone, until both have sent theirs (CHK3, CHK4).
 */
export function CheckInForm({
  draft: initial,
  fears,
  partnerName,
  send,
}: {
  draft: TCheckInDraft | null;
  fears: TFear[];
  partnerName: string;
  send: TSend;
}) {
  const { draft, edit, saveState, stopSaving } = useCheckInDraft(initial, send);
  const [problem, setProblem] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);

  const editPart = (part: TCheckInPart, change: TPartDraft) =>
    edit((d) => ({ ...d, parts: { ...d.parts, [part]: { ...d.parts?.[part], ...change } } }));
  const setEased = (fear: number, eased: (typeof EASED_ANSWERS)[number]) =>
    edit((d) => ({ ...d, fears: [...(d.fears ?? []).filter((f) => f.fear !== fear), { fear, eased }].sort((a, b) => (a.fear ?? 0) - (b.fear ?? 0)) }));

  const submit = async () => {
    const missing = CHECK_IN_PARTS.filter((part) => !draft.parts?.[part]?.kept || !draft.parts?.[part]?.felt);
    if (missing.length > 0) return setProblem(`Please choose for “${partTitle(missing[0]!, partnerName)}” whether it was kept and how it felt.`);
    const unanswered = fears.findIndex((_, i) => !draft.fears?.some((f) => f.fear === i && f.eased));
    if (unanswered >= 0) return setProblem("Please say for each of your fears whether it eased.");
    const parsed = ZCheckInAnswers.safeParse({ parts: draft.parts, fears: draft.fears ?? [] });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Something here can’t be sent yet.");
    setProblem(null);
    setIsSending(true);
    stopSaving();
    const ack = await send("check-in:submit", { answers: parsed.data });
    setIsSending(false);
    if (!ack.ok) setProblem(ack.error.message);
  };

  return (
    <form
      className="card check-in-form"
      aria-labelledby="check-in-form-heading"
      data-testid="check-in-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="check-in-form-heading">How did it go?</h3>
      <p className="muted small">For each part of your week: was it kept, and how did it feel? Words are optional.</p>
      {CHECK_IN_PARTS.map((part) => (
        <PartQuestions key={part} title={partTitle(part, partnerName)} part={part} answer={draft.parts?.[part] ?? {}} onChange={(c) => editPart(part, c)} />
      ))}
      {fears.length > 0 && (
        <fieldset className="check-in-part" data-testid="check-in-fears">
          <legend>Your fears</legend>
          <p className="muted small">Did each of them ease?</p>
          {fears.map((fear, index) => (
            <Choices
              key={index}
              label={fear.words || FEAR_KIND_LABELS[fear.kind]}
              name={`fear-${index}`}
              options={EASED_ANSWERS.map((value) => ({ value, label: EASED_WORDS[value] }))}
              value={draft.fears?.find((f) => f.fear === index)?.eased}
              onChange={(eased) => setEased(index, eased)}
            />
          ))}
        </fieldset>
      )}
      <SaveIndicator state={saveState} />
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button wide" disabled={isSending}>
        Send my check-in
      </button>
      <p className="muted small">{partnerName} sees your answers only when you have both sent yours.</p>
    </form>
  );
}

function PartQuestions({ title, part, answer, onChange }: { title: string; part: TCheckInPart; answer: TPartDraft; onChange: (change: TPartDraft) => void }) {
  const id = useId();
  return (
    <fieldset className="check-in-part" data-testid={`check-in-part-${part}`}>
      <legend>{title}</legend>
      <Choices
        label="Was it kept?"
        name={`${id}-kept`}
        options={KEPT_ANSWERS.map((value) => ({ value, label: KEPT_WORDS[value] }))}
        value={answer.kept}
        onChange={(kept) => onChange({ kept })}
      />
      <Choices
        label="How did it feel?"
        name={`${id}-felt`}
        options={FELT_SCALE.map((value) => ({ value, label: FELT_WORDS[value]! }))}
        value={answer.felt}
        onChange={(felt) => onChange({ felt })}
      />
      <details className="check-in-words" open={Boolean(answer.feltWords || answer.keep || answer.change)}>
        <summary>Add a few words</summary>
        <label>
          In a few words, how it felt
          <input type="text" maxLength={CHECK_IN_WORDS_MAX} value={answer.feltWords ?? ""} onChange={(e) => onChange({ feltWords: e.target.value })} />
        </label>
        <label>
          What to keep
          <textarea rows={2} maxLength={CHECK_IN_TEXT_MAX} value={answer.keep ?? ""} onChange={(e) => onChange({ keep: e.target.value })} />
        </label>
        <label>
          What to change
          <textarea rows={2} maxLength={CHECK_IN_TEXT_MAX} value={answer.change ?? ""} onChange={(e) => onChange({ change: e.target.value })} />
        </label>
      </details>
    </fieldset>
  );
}

function Choices<TValue extends string | number>({
  label,
  name,
  options,
  value,
  onChange,
}: {
  label: string;
  name: string;
  options: { value: TValue; label: string }[];
  value: TValue | undefined;
  onChange: (value: TValue) => void;
}) {
  const id = useId();
  return (
    <div className="check-in-question" role="radiogroup" aria-labelledby={id}>
      <p id={id} className="check-in-question-label">
        {label}
      </p>
      <div className="picks">
        {options.map((option) => (
          <label key={String(option.value)} className="pick">
            <input type="radio" name={name} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
