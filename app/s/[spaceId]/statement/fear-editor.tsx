import { FEAR_KINDS } from "../../../../core/negotiation/statement-terms";
import { fieldId, type TFieldProblems } from "./field-problems";
import { Field } from "./field";
import type { TFearForm } from "./statement-form-model";
import { FEAR_KIND_LABELS, INTENSITY_LABELS } from "./wording";


/** One fear: what it is about, how strong it feels, and in the person's own words. */
export function FearEditor(props: {
  fear: TFearForm;
  index: number;
  problems: TFieldProblems;
  onChange: (fear: TFearForm) => void;
  onRemove: () => void;
}) {
  const { fear, index, problems, onChange } = props;
  const path = `fears.${index}`;
  const title = fear.kind ? FEAR_KIND_LABELS[fear.kind] : `Fear ${index + 1}`;
  return (
    <fieldset className="item" aria-labelledby={`${fieldId(path)}-title`}>
      <div className="item-head">
        <h3 id={`${fieldId(path)}-title`}>{title}</h3>
        <button type="button" className="button small quiet" onClick={props.onRemove}>
          Remove<span className="visually-hidden"> {title}</span>
        </button>
      </div>
      <Field id={fieldId(`${path}.kind`)} label="What is it about?" problem={problems[`${path}.kind`]}>
        {(a11y) => (
          <select {...a11y} value={fear.kind} onChange={(e) => onChange({ ...fear, kind: e.target.value as TFearForm["kind"] })}>
            <option value="" disabled>
              Choose one…
            </option>
            {FEAR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {FEAR_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId(`${path}.intensity`)} label="How strongly do you feel it?" problem={problems[`${path}.intensity`]}>
        {(a11y) => (
          <select {...a11y} value={fear.intensity} onChange={(e) => onChange({ ...fear, intensity: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5].map((intensity) => (
              <option key={intensity} value={intensity}>
                {INTENSITY_LABELS[intensity]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={fieldId(`${path}.words`)}
        label="In your words"
        hint="“I worry that…” is a good start."
        problem={problems[`${path}.words`]}
      >
        {(a11y) => (
          <textarea {...a11y} rows={3} maxLength={500} value={fear.words} onChange={(e) => onChange({ ...fear, words: e.target.value })} />
        )}
      </Field>
    </fieldset>
  );
}
