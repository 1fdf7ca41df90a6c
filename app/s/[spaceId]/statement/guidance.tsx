import type { ReactNode } from "react";

/**
 * A short, kind nudge from counselling practice, shown beside the part of the form it
 * helps with. Collapsible so it never stands between someone and their words.
 */
export function Guidance({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="guidance">
      <summary>{summary}</summary>
      <div className="guidance-body">{children}</div>
    </details>
  );
}
