"use client";

import { useState, type FormEvent } from "react";
import { AGENDA_STEPS, MAX_PROMPT_CHARS } from "../../../../core/negotiation/facilitation-terms";
import type { TAgendaStep, TSpotlightTarget } from "../../../../core/negotiation/facilitation-schemas";
import type { TSpaceView } from "../../../../core/negotiation/view";
import type { TSend } from "../use-space-connection";
import { canStartTimerFor, currentStep, STEP_NAMES, SUGGESTED_PROMPTS } from "./facilitation-words";

/**
 * The counsellor's controls, written for a facilitator: the agenda and its timer, prompts,
 * holding the next step, and a spotlight. None of it can touch what the partners write.
 */
export function FacilitationPanel({ view, send }: { view: TSpaceView; send: TSend }) {
  const [problem, setProblem] = useState<string | null>(null);
  if (view.me.role !== "counsellor") return null;
  const act = async (type: string, payload: unknown) => {
    const ack = await send(type, payload);
    setProblem(ack.ok ? null : ack.error.message);
    return ack.ok;
  };
  const names = view.participants.filter((p) => p.role !== "counsellor").map((p) => p.name).join(" and ");
  return (
    <section className="card facilitation" aria-labelledby="facilitation-heading" data-testid="facilitation">
      <div className="facilitation-head">
        <h2 id="facilitation-heading">Guide {names}</h2>
        {/* The way back to every couple, since a counsellor moves between sessions all week. */}
        <a className="small" href="/workspace">
          All your couples
        </a>
      </div>
      {problem && <p className="problem" role="alert">{problem}</p>}
      <Agenda view={view} act={act} />
      <Prompts act={act} />
      <Holds view={view} act={act} />
      {view.revealed && <Spotlight view={view} act={act} />}
    </section>
  );
}

type Act = (type: string, payload: unknown) => Promise<boolean>;

function Agenda({ view, act }: { view: TSpaceView; act: Act }) {
  const [minutes, setMinutes] = useState(() => Object.fromEntries(view.facilitation.agenda.map((i) => [i.step, i.minutes])) as Record<TAgendaStep, number>);
  const timer = view.facilitation.timer;
  const now = currentStep(view);
  const isChanged = view.facilitation.agenda.some((i) => minutes[i.step] !== i.minutes);
  return (
    <div className="facilitation-part">
      <h3>Agenda</h3>
      <ol className="agenda">
        {AGENDA_STEPS.map((step) => (
          <li key={step} className={step === now ? "agenda-now" : ""}>
            <label htmlFor={`agenda-${step}`}>{STEP_NAMES[step]}</label>
            <span className="agenda-minutes">
              <input
                id={`agenda-${step}`}
                type="number"
                min={1}
                max={120}
                value={minutes[step]}
                onChange={(e) => setMinutes({ ...minutes, [step]: Number(e.target.value) })}
              />
              <span aria-hidden="true">min</span>
            </span>
            {canStartTimerFor(view, step) ? (
              <button className="button quiet small-button" type="button" onClick={() => void act("timer:start", { step, minutes: minutes[step] })} aria-label={`Start the timer for ${STEP_NAMES[step]}, ${minutes[step]} minutes`}>
                Start
              </button>
            ) : (
              <span className="muted small agenda-done">Done</span>
            )}
          </li>
        ))}
      </ol>
      {isChanged && (
        <button className="button quiet" type="button" onClick={() => void act("agenda:set", { agenda: AGENDA_STEPS.map((step) => ({ step, minutes: minutes[step] })) })}>
          Keep these durations for this couple
        </button>
      )}
      {timer && (
        <div className="row">
          <button className="button quiet" type="button" onClick={() => void act("timer:extend", { minutes: 5 })}>
            5 more minutes
          </button>
          <button className="button quiet" type="button" onClick={() => void act("timer:stop", {})}>
            Stop the timer
          </button>
        </div>
      )}
      <p className="muted small">The timer only guides them: when it runs out, nothing is submitted or closed.</p>
    </div>
  );
}

function Prompts({ act }: { act: Act }) {
  const [text, setText] = useState("");
  async function sendOwn(event: FormEvent) {
    event.preventDefault();
    if (await act("prompt:send", { text })) setText("");
  }
  return (
    <div className="facilitation-part">
      <h3>Send them a prompt</h3>
      <div className="chips">
        {SUGGESTED_PROMPTS.map((prompt) => (
          <button key={prompt} className="chip" type="button" onClick={() => void act("prompt:send", { text: prompt })}>
            {prompt}
          </button>
        ))}
      </div>
      <form onSubmit={sendOwn} className="field">
        <label htmlFor="own-prompt">In your own words</label>
        <textarea id="own-prompt" rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="own-prompt-count" />
        <span id="own-prompt-count" className={`muted small ${text.length > MAX_PROMPT_CHARS ? "over" : ""}`}>
          {text.length} / {MAX_PROMPT_CHARS}
        </span>
        <button className="button" type="submit" disabled={text.trim().length === 0}>
          Send to both
        </button>
      </form>
    </div>
  );
}

function Holds({ view, act }: { view: TSpaceView; act: Act }) {
  const held = view.facilitation.held;
  const steps = [
    { step: "reflect" as const, label: "reflecting", isPast: view.phase === "proposing" || view.phase === "agreed" },
    { step: "proposals" as const, label: "proposals", isPast: view.phase === "agreed" },
  ];
  return (
    <div className="facilitation-part">
      <h3>Hold the next step</h3>
      <p className="muted small">Keep a step closed until they have talked. The reveal is always theirs: you can’t hold or open it.</p>
      <div className="row">
        {steps
          .filter((s) => !s.isPast)
          .map((s) =>
            held.includes(s.step) ? (
              <button key={s.step} className="button" type="button" onClick={() => void act("step:release", { step: s.step })}>
                Release {s.label}
              </button>
            ) : (
              <button key={s.step} className="button quiet" type="button" onClick={() => void act("step:hold", { step: s.step })}>
                Hold {s.label}
              </button>
            ),
          )}
      </div>
    </div>
  );
}

function Spotlight({ view, act }: { view: TSpaceView; act: Act }) {
  const options = spotlightOptions(view);
  const [choice, setChoice] = useState("0");
  return (
    <div className="facilitation-part">
      <h3>Spotlight</h3>
      <div className="field">
        <label htmlFor="spotlight-choice">Show both of them</label>
        <select id="spotlight-choice" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {options.map((option, i) => (
            <option key={i} value={i}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <button className="button" type="button" onClick={() => void act("spotlight:set", { target: options[Number(choice)]!.target })}>
          Spotlight it
        </button>
        {view.facilitation.spotlight && (
          <button className="button quiet" type="button" onClick={() => void act("spotlight:clear", {})}>
            Clear the spotlight
          </button>
        )}
      </div>
    </div>
  );
}

function spotlightOptions(view: TSpaceView): { label: string; target: TSpotlightTarget }[] {
  const options: { label: string; target: TSpotlightTarget }[] = [];
  for (const proposal of view.proposals?.set?.proposals ?? []) {
    options.push({ label: `Their plan “${proposal.title}”`, target: { kind: "proposal", proposalId: proposal.id } });
  }
  for (const { participantId, name, statement } of view.revealed?.statements ?? []) {
    options.push({ label: `What ${name} appreciates`, target: { kind: "statement", participantId, part: "appreciation" } });
    statement.needs.forEach((need, index) => options.push({ label: `${name}’s need: ${need.label}`, target: { kind: "statement", participantId, part: "needs", index } }));
    statement.fears.forEach((fear, index) => options.push({ label: `${name}’s fear: ${fear.words || fear.kind}`.slice(0, 80), target: { kind: "statement", participantId, part: "fears", index } }));
    statement.together.forEach((wish, index) => options.push({ label: `${name}’s wish together: ${wish.label}`, target: { kind: "statement", participantId, part: "together", index } }));
    options.push({ label: `The reassurance ${name} would like`, target: { kind: "statement", participantId, part: "reassurance" } });
  }
  return options;
}
