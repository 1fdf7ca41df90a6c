import { NEED_KINDS } from "../../../../core/negotiation/statement-terms";
import { fieldId, type TFieldProblems } from "./field-problems";
import { Field } from "./field";
import { HoursFields } from "./hours-fields";
import type { TNeedForm } from "./statement-form-model";
import { WindowList } from "./window-list";
import { NEED_KIND_LABELS, PRIORITY_LABELS } from "./wording";

const LABEL_EXAMPLES = ["Sunday mornings to myself", "One evening a week with friends", "Two hours for my music"];

/** One need: what, how much, when, and how much it matters. */
export function NeedEditor(props: {
  need: TNeedForm;
  index: number;
  problems: TFieldProblems;
  canRemove: boolean;
  onChange: (need: TNeedForm) => void;
  onRemove: () => void;
}) {
  const { need, index, problems, onChange } = props;
  const path = `needs.${index}`;
  return (
    <fieldset className="item" aria-labelledby={`${fieldId(path)}-title`}>
      <div className="item-head">
        <h3 id={`${fieldId(path)}-title`}>Need {index + 1}{need.label.trim() ? `: ${need.label.trim()}` : ""}</h3>
        {props.canRemove && (
          <button type="button" className="button small quiet" onClick={props.onRemove}>
            Remove<span className="visually-hidden"> need {index + 1}</span>
          </button>
        )}
      </div>
      <Field
        id={fieldId(`${path}.label`)}
        label="What do you need?"
        hint={`For example: “${LABEL_EXAMPLES[index % LABEL_EXAMPLES.length]}”`}
        problem={problems[`${path}.label`]}
      >
        {(a11y) => (
          <input {...a11y} type="text" maxLength={80} value={need.label} onChange={(e) => onChange({ ...need, label: e.target.value })} />
        )}
      </Field>
      <Field id={fieldId(`${path}.kind`)} label="What kind of time is it?" problem={problems[`${path}.kind`]}>
        {(a11y) => (
          <select {...a11y} value={need.kind} onChange={(e) => onChange({ ...need, kind: e.target.value as TNeedForm["kind"] })}>
            {NEED_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {NEED_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <HoursFields
        path={path}
        minHours={need.minHours}
        idealHours={need.idealHours}
        minBlockMinutes={need.minBlockMinutes}
        maxHours={60}
        problems={problems}
        onChange={(change) => onChange({ ...need, ...change })}
      />
      <Field id={fieldId(`${path}.priority`)} label="How much does it matter?" problem={problems[`${path}.priority`]}>
        {(a11y) => (
          <select {...a11y} value={need.priority} onChange={(e) => onChange({ ...need, priority: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5].map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <WindowList
        path={`${path}.windows`}
        heading="When would suit you best?"
        windows={need.windows}
        problems={problems}
        onChange={(windows) => onChange({ ...need, windows })}
      />
    </fieldset>
  );
}
