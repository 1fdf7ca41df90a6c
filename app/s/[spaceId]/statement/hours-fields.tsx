import { fieldId, type TFieldProblems } from "./field-problems";
import { Field } from "./field";
import { formatMinutes } from "./wording";

const BLOCK_CHOICES = [30, 60, 90, 120, 180, 240, 300, 360, 480];

/** How much, named as people think of it: the least that would do, what I'd love, and in stretches of at least… */
export function HoursFields(props: {
  path: string;
  minHours: string;
  idealHours: string;
  minBlockMinutes: number;
  maxHours: number;
  problems: TFieldProblems;
  onChange: (change: { minHours?: string; idealHours?: string; minBlockMinutes?: number }) => void;
}) {
  const { path, problems } = props;
  const minPath = `${path}.minHoursPerWeek`;
  const idealPath = `${path}.idealHoursPerWeek`;
  const blockPath = `${path}.minBlockMinutes`;
  return (
    <div className="hours-fields">
      <Field id={fieldId(minPath)} label="At least (hours a week)" problem={problems[minPath]}>
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            inputMode="decimal"
            min={0}
            max={props.maxHours}
            step={0.5}
            value={props.minHours}
            onChange={(e) => props.onChange({ minHours: e.target.value })}
          />
        )}
      </Field>
      <Field id={fieldId(idealPath)} label="Ideally (hours a week)" problem={problems[idealPath]}>
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            inputMode="decimal"
            min={0.5}
            max={props.maxHours}
            step={0.5}
            value={props.idealHours}
            onChange={(e) => props.onChange({ idealHours: e.target.value })}
          />
        )}
      </Field>
      <Field id={fieldId(blockPath)} label="In stretches of at least" problem={problems[blockPath]}>
        {(a11y) => (
          <select {...a11y} value={props.minBlockMinutes} onChange={(e) => props.onChange({ minBlockMinutes: Number(e.target.value) })}>
            {BLOCK_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {formatMinutes(minutes)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
