import type { TSleepHours } from "../../../../core/negotiation/statement-terms";
import { clockOfHalfHour } from "../../../../core/week/slots";

const HALF_HOURS = Array.from({ length: 48 }, (_, h) => h);

/**
 * SLP1: the hours someone usually sleeps. Nothing is planned in them, by the proposals or
 * by a moved block. Both ends the same means no sleep hours to keep free (a changing rota).
 */
export function SleepHoursEditor({ sleep, onChange }: { sleep: TSleepHours; onChange: (sleep: TSleepHours) => void }) {
  const isNone = sleep.fromHalfHour === sleep.toHalfHour;
  return (
    <fieldset className="sleep-hours" aria-describedby="sleep-hours-hint">
      <legend>Usually asleep</legend>
      <p className="muted small" id="sleep-hours-hint">
        {isNone
          ? "No sleep hours are kept free: any free hour may be planned."
          : `Nothing is planned between ${clockOfHalfHour(sleep.fromHalfHour)} and ${clockOfHalfHour(sleep.toHalfHour)}.`}
      </p>
      <div className="window-times">
        <label>
          <span>From</span>
          <select value={sleep.fromHalfHour} onChange={(e) => onChange({ ...sleep, fromHalfHour: Number(e.target.value) })}>
            {HALF_HOURS.map((h) => (
              <option key={h} value={h}>
                {clockOfHalfHour(h)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>To</span>
          <select value={sleep.toHalfHour} onChange={(e) => onChange({ ...sleep, toHalfHour: Number(e.target.value) })}>
            {HALF_HOURS.map((h) => (
              <option key={h} value={h}>
                {clockOfHalfHour(h)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
