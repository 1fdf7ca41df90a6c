import type { ReactNode } from "react";

export type TFieldA11y = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/**
 * A labelled field with an optional hint and problem. The problem sits right under the
 * field and is announced with it; the field keeps whatever was typed.
 */
export function Field(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  problem?: string;
  className?: string;
  children: (a11y: TFieldA11y) => ReactNode;
}) {
  const { id, label, hint, problem } = props;
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(" ");
  return (
    <div className={`field ${props.className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {props.children({ id, "aria-invalid": problem ? true : undefined, "aria-describedby": describedBy || undefined })}
      {problem && (
        <span className="problem" id={`${id}-problem`}>
          {problem}
        </span>
      )}
    </div>
  );
}

/** A problem that belongs to a group (a list of windows, a section) rather than one input. */
export function GroupProblem({ id, problem }: { id: string; problem?: string }) {
  if (!problem) return null;
  return (
    <p className="problem" id={id} tabIndex={-1}>
      {problem}
    </p>
  );
}
