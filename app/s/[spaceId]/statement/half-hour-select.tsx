import { clockOfHalfHour } from "../../../../core/week/slots";

/** A labelled choice of times in 30-minute steps; 48 reads as 24:00, the end of a day. */
export function HalfHourSelect(props: { label: string; value: number; halfHours: readonly number[]; onChange: (halfHour: number) => void }) {
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.halfHours.map((h) => (
          <option key={h} value={h}>
            {h === 48 ? "24:00" : clockOfHalfHour(h)}
          </option>
        ))}
      </select>
    </label>
  );
}
