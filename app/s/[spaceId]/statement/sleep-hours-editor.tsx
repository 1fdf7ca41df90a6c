import type { TSleepHours } from "../../../../core/negotiation/statement-terms";
import { clockOfHalfHour } from "../../../../core/week/slots";
import { HalfHourSelect } from "./half-hour-select";

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
        <HalfHourSelect label="From" value={sleep.fromHalfHour} halfHours={HALF_HOURS} onChange={(fromHalfHour) => onChange({ ...sleep, fromHalfHour })} />
        <HalfHourSelect label="To" value={sleep.toHalfHour} halfHours={HALF_HOURS} onChange={(toHalfHour) => onChange({ ...sleep, toHalfHour })} />
      </div>
    </fieldset>
  );
}
