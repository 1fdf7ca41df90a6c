import type { ReactNode } from "react";

/**
 * A step already behind the couple: folded to one line so the current step comes first,
 * and readable in full on demand.
 */
export function DoneStep({ summary, testId, children }: { summary: string; testId?: string; children: ReactNode }) {
  return (
    <details className="done-step" data-testid={testId}>
      <summary>{summary}</summary>
      <div className="done-step-body">{children}</div>
    </details>
  );
}
