import { SLOTS_PER_DAY, slotOf } from "../../../../core/week/slots";
import { describeBusyWeek, isBusy } from "../statement/busy-grid";
import { SHORT_DAY_NAMES } from "../statement/wording";

const HALF_HOURS = Array.from({ length: SLOTS_PER_DAY }, (_, h) => h);

/** A small read-only week; its meaning is also given in words for screen readers. */
export function WeekAvailability({ busy }: { busy: string }) {
  const lines = describeBusyWeek(busy);
  return (
    <div className="mini-week-wrap">
      <div className="mini-week" aria-hidden="true">
        {SHORT_DAY_NAMES.map((name, day) => (
          <div className="mini-day" key={name}>
            <span className="mini-day-name">{name.slice(0, 2)}</span>
            <div className="mini-day-cells">
              {HALF_HOURS.map((half) => (
                <i key={half} className={isBusy(busy, slotOf(day, half)) ? "busy" : ""} />
              ))}
            </div>
          </div>
        ))}
      </div>
      <div className="mini-week-scale muted small" aria-hidden="true">
        <span>00</span>
        <span>06</span>
        <span>12</span>
        <span>18</span>
        <span>24</span>
      </div>
      {lines.length === 0 ? (
        <p className="muted small">No busy times marked.</p>
      ) : (
        <ul className="visually-hidden">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
