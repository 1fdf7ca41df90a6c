import { STATEMENT_PARTS, partState, type TStatementPart } from "./statement-parts";
import type { TFieldProblems } from "./field-problems";
import type { TStatementForm } from "./statement-form-model";

/**
 * The parts of the statement, each a button: the progress at a glance, and a way to jump
 * to any part (Submit is seven Tabs from the top instead of a hundred).
 */
export function PartList(props: {
  current: TStatementPart;
  form: TStatementForm;
  problems: TFieldProblems;
  onChoose: (part: TStatementPart) => void;
}) {
  const currentIndex = STATEMENT_PARTS.findIndex((p) => p.key === props.current);
  return (
    <nav className="part-list" aria-label="Parts of your statement">
      <p className="part-progress" data-testid="part-progress">
        Part {currentIndex + 1} of {STATEMENT_PARTS.length}
      </p>
      <ol>
        {STATEMENT_PARTS.map((part) => {
          const state = partState(part.key, props.form, props.problems);
          return (
            <li key={part.key}>
              <button
                type="button"
                className={`part-button ${state === "needs a look" ? "needs-look" : ""}`}
                aria-current={part.key === props.current ? "step" : undefined}
                onClick={() => props.onChoose(part.key)}
              >
                <span className="part-title">{part.title}</span>
                {state && <span className="part-state">{state}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
