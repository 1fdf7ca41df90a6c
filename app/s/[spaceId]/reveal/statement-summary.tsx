import type { TStatement } from "../../../../core/negotiation/statement";
import { DEFAULT_SLEEP_HOURS, type TSleepHours } from "../../../../core/negotiation/statement-terms";
import { clockOfHalfHour } from "../../../../core/week/slots";
import {
  CHANNEL_LABELS,
  FEAR_KIND_LABELS,
  FREQUENCY_LABELS,
  NEED_KIND_LABELS,
  PRIORITY_LABELS,
  describeHoursRange,
  describeWindow,
  formatMinutes,
} from "../statement/wording";
import { WeekAvailability } from "./week-availability";

/**
 * One statement, read aloud in plain words: appreciation first, as it was written.
 * `headingLevel` lets it sit under a page heading (locked view) or a column (reveal).
 */
export function StatementSummary({ statement, idPrefix }: { statement: TStatement; idPrefix: string }) {
  return (
    <div className="statement-summary">
      <blockquote className="appreciation">{statement.appreciation}</blockquote>

      <h4 id={`${idPrefix}-needs`}>Needs</h4>
      <ul className="summary-list" aria-labelledby={`${idPrefix}-needs`}>
        {[...statement.needs]
          .sort((a, b) => b.priority - a.priority)
          .map((need) => (
            <li key={need.id}>
              <strong>{need.label}</strong>
              <span className="tag">{NEED_KIND_LABELS[need.kind]}</span>
              <br />
              {describeHoursRange(need.minHoursPerWeek, need.idealHoursPerWeek)}, at least {formatMinutes(need.minBlockMinutes)} at a
              time · {PRIORITY_LABELS[need.priority]?.toLowerCase()}
              {need.windows.length > 0 && <Windows windows={need.windows.map(describeWindow)} />}
            </li>
          ))}
      </ul>

      {statement.together.length > 0 && (
        <>
          <h4 id={`${idPrefix}-together`}>Time together</h4>
          <ul className="summary-list" aria-labelledby={`${idPrefix}-together`}>
            {statement.together.map((wish) => (
              <li key={wish.id}>
                <strong>{wish.label}</strong>
                <br />
                {describeHoursRange(wish.minHoursPerWeek, wish.idealHoursPerWeek)}, at least {formatMinutes(wish.minBlockMinutes)} at a time
                {wish.windows.length > 0 && <Windows windows={wish.windows.map(describeWindow)} isOnly={wish.onlyInWindows === true} />}
              </li>
            ))}
          </ul>
        </>
      )}

      <h4 id={`${idPrefix}-fears`}>Fears</h4>
      {statement.fears.length === 0 ? (
        <p className="muted small">None named.</p>
      ) : (
        <ul className="summary-list" aria-labelledby={`${idPrefix}-fears`}>
          {statement.fears.map((fear, i) => (
            <li key={i}>
              <strong>{FEAR_KIND_LABELS[fear.kind]}</strong>{" "}
              {/* A picture of the intensity, named as one: a plain span may not carry a label. */}
              <span className="intensity" role="img" aria-label={`intensity ${fear.intensity} of 5`}>
                {Array.from({ length: 5 }, (_, k) => (
                  <i key={k} className={k < fear.intensity ? "on" : ""} aria-hidden="true" />
                ))}
              </span>
              {fear.words && <p className="words">“{fear.words}”</p>}
            </li>
          ))}
        </ul>
      )}

      <h4>While apart</h4>
      <p>
        {FREQUENCY_LABELS[statement.reassurance.frequency]}
        {statement.reassurance.frequency !== "none" && <>, {CHANNEL_LABELS[statement.reassurance.channel].toLowerCase()}</>}.
        {statement.reassurance.words && <span className="words"> “{statement.reassurance.words}”</span>}
      </p>

      <h4>Busy times</h4>
      <p className="small">{sleepWords(statement.sleep ?? DEFAULT_SLEEP_HOURS)}</p>
      <WeekAvailability busy={statement.busy} />
    </div>
  );
}

function sleepWords(sleep: TSleepHours): string {
  if (sleep.fromHalfHour === sleep.toHalfHour) return "No fixed sleep hours.";
  return `Usually asleep ${clockOfHalfHour(sleep.fromHalfHour)}–${clockOfHalfHour(sleep.toHalfHour)}.`;
}

function Windows({ windows, isOnly = false }: { windows: string[]; isOnly?: boolean }) {
  return (
    <span className="windows">
      <span className="muted">{isOnly ? "Only: " : "Best: "}</span>
      {windows.join("; ")}
    </span>
  );
}
