import type { TPhase } from "../../../core/negotiation/state";

const STEPS: Array<{ phase: TPhase; name: string }> = [
  { phase: "writing", name: "Write" },
  { phase: "reflecting", name: "Reflect" },
  { phase: "proposing", name: "Proposals" },
  { phase: "agreed", name: "Agreement" },
];

/** Where the couple is in the whole conversation, in one line: what is done, what is now, what comes. */
export function StepProgress({ phase }: { phase: TPhase }) {
  const current = STEPS.findIndex((s) => s.phase === phase);
  return (
    <ol className="step-progress" aria-label={`Step ${current + 1} of ${STEPS.length}`}>
      {STEPS.map((step, i) => (
          <li key={step.phase} className={i < current ? "done" : i === current ? "current" : "later"} aria-current={i === current ? "step" : undefined}>
            {step.name}
            {i < current && <span className="visually-hidden"> (done)</span>}
          </li>
        ))}
    </ol>
  );
}
