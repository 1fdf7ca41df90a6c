import { forwardRef } from "react";
import { fieldId, placeOfProblem, type TFieldProblems } from "./field-problems";

/** Before submitting: what still needs a look, each a link to its field. */
export const ProblemSummary = forwardRef<HTMLDivElement, { problems: TFieldProblems; message: string | null }>(
  function ProblemSummary({ problems, message }, ref) {
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
                    const target = document.getElementById(fieldId(path)) ?? closestField(path);
                    if (!target) return;
                    e.preventDefault();
                    target.scrollIntoView({ block: "center" });
                    target.focus({ preventScroll: true });
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

/** "needs.0.windows.1.days" may have no input of its own; fall back to its window, then its need. */
function closestField(path: string): HTMLElement | null {
  const parts = path.split(".");
  while (parts.length > 1) {
    parts.pop();
    const element = document.getElementById(fieldId(parts.join(".")));
    if (element) return element;
  }
  return null;
}
