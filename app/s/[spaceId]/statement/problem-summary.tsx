import { forwardRef } from "react";
import { fieldId, placeOfProblem, type TFieldProblems } from "./field-problems";

/** Before submitting: what still needs a look, each a link that opens its part at its field. */
export const ProblemSummary = forwardRef<HTMLDivElement, { problems: TFieldProblems; message: string | null; onGoTo: (path: string) => void }>(
  function ProblemSummary({ problems, message, onGoTo }, ref) {
    const entries = Object.entries(problems);
    if (entries.length === 0 && !message) return null;
    return (
      <div className="notice" ref={ref} tabIndex={-1} role="alert" data-testid="submit-problems">
        <p style={{ margin: 0 }}>{message ?? "A few things need a look before you submit. Everything you wrote is still here."}</p>
        {entries.length > 0 && (
          <ul className="problem-list">
            {entries.map(([path, problem]) => (
              <li key={path}>
                <a
                  href={`#${fieldId(path)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onGoTo(path);
                  }}
                >
                  {placeOfProblem(path)}: {problem}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  },
);
