import type { TWindow } from "../../../../core/negotiation/statement";
import { HalfHourSelect } from "./half-hour-select";
import { SHORT_DAY_NAMES, WEIGHT_LABELS, describeWindow } from "./wording";

const DAY_GROUPS = [
  { label: "Weekdays", days: [0, 1, 2, 3, 4] },
  { label: "Weekend", days: [5, 6] },
  { label: "Every day", days: [0, 1, 2, 3, 4, 5, 6] },
];
const STARTS = Array.from({ length: 48 }, (_, h) => h);
const ENDS = Array.from({ length: 48 }, (_, h) => h + 1);

/**
 * One preferred window, kept simple on purpose: which days, from when to when (in
 * 30-minute steps), and how much it matters. Its meaning is repeated in words above it.
 */
export function WindowEditor(props: { id: string; window: TWindow; problem?: string; onChange: (w: TWindow) => void; onRemove: () => void }) {
  const { id, window: w, onChange } = props;
  const toggleDay = (day: number) =>
    onChange({ ...w, days: w.days.includes(day) ? w.days.filter((d) => d !== day) : [...w.days, day].sort((a, b) => a - b) });
  const setStart = (start: number) => onChange({ ...w, startHalfHour: start, endHalfHour: Math.max(w.endHalfHour, start + 1) });
  const setEnd = (end: number) => onChange({ ...w, endHalfHour: end, startHalfHour: Math.min(w.startHalfHour, end - 1) });
  return (
    <fieldset className="window-editor" id={id} tabIndex={-1} aria-describedby={props.problem ? `${id}-problem` : undefined}>
      <legend className="window-summary">{w.days.length > 0 ? describeWindow(w) : "Choose the days"}</legend>
      <div className="chips days" role="group" aria-label="Days">
        {SHORT_DAY_NAMES.map((name, day) => (
          <button
            key={name}
            type="button"
            className="chip"
            aria-pressed={w.days.includes(day)}
            onClick={() => toggleDay(day)}
          >
            {name}
          </button>
        ))}
      </div>
      <div className="chips quick" role="group" aria-label="Quick choice of days">
        {DAY_GROUPS.map((group) => (
          <button key={group.label} type="button" className="chip soft" onClick={() => onChange({ ...w, days: group.days })}>
            {group.label}
          </button>
        ))}
      </div>
      <div className="window-times">
        <HalfHourSelect label="From" value={w.startHalfHour} halfHours={STARTS} onChange={setStart} />
        <HalfHourSelect label="To" value={w.endHalfHour} halfHours={ENDS} onChange={setEnd} />
      </div>
      <div className="weights" role="radiogroup" aria-label="How much this time matters">
        {[1, 2, 3].map((weight) => (
          <label key={weight} className="weight">
            <input type="radio" name={`${id}-weight`} checked={w.weight === weight} onChange={() => onChange({ ...w, weight })} />
            <span>{WEIGHT_LABELS[weight]}</span>
          </label>
        ))}
      </div>
      {props.problem && (
        <p className="problem" id={`${id}-problem`}>
          {props.problem}
        </p>
      )}
      <button type="button" className="button small quiet" onClick={props.onRemove}>
        Remove this time
      </button>
    </fieldset>
  );
}
