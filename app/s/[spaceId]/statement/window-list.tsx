import type { TWindow } from "../../../../core/negotiation/statement";
import { fieldId, type TFieldProblems } from "./field-problems";
import { newWindow } from "./statement-form-model";
import { WindowEditor } from "./window-editor";

const MAX_WINDOWS = 6;

/** The times that would suit best; optional, so it starts empty with one button. */
export function WindowList(props: {
  path: string;
  heading: string;
  windows: TWindow[];
  problems: TFieldProblems;
  onChange: (windows: TWindow[]) => void;
}) {
  const { path, windows, problems, onChange } = props;
  const problemOf = (i: number) => {
    const own = Object.entries(problems).find(([p]) => p === `${path}.${i}` || p.startsWith(`${path}.${i}.`));
    return own?.[1];
  };
  return (
    <div className="window-list">
      <p className="window-list-heading">{props.heading}</p>
      {windows.length === 0 && <p className="hint">Any time is fine for now. Add a time if some suit you better.</p>}
      {windows.map((w, i) => (
        <WindowEditor
          key={i}
          id={fieldId(`${path}.${i}`)}
          window={w}
          problem={problemOf(i)}
          onChange={(changed) => onChange(windows.map((x, j) => (j === i ? changed : x)))}
          onRemove={() => onChange(windows.filter((_, j) => j !== i))}
        />
      ))}
      {windows.length < MAX_WINDOWS && (
        <button type="button" className="button small quiet" onClick={() => onChange([...windows, newWindow()])}>
          + Add a time that suits
        </button>
      )}
    </div>
  );
}
