import { CHECK_IN_CHANNELS, CHECK_IN_FREQUENCIES } from "../../../../core/negotiation/statement-terms";
import type { TReassurance } from "../../../../core/negotiation/statement";
import { fieldId, type TFieldProblems } from "./field-problems";
import { Field } from "./field";
import { CHANNEL_LABELS, FREQUENCY_LABELS } from "./wording";

/** What would help me feel close while we are apart. */
export function ReassuranceEditor(props: { value: TReassurance; problems: TFieldProblems; onChange: (value: TReassurance) => void }) {
  const { value, problems, onChange } = props;
  return (
    <>
      <Field id={fieldId("reassurance.frequency")} label="How often would you like to hear from each other?" problem={problems["reassurance.frequency"]}>
        {(a11y) => (
          <select {...a11y} value={value.frequency} onChange={(e) => onChange({ ...value, frequency: e.target.value as TReassurance["frequency"] })}>
            {CHECK_IN_FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {FREQUENCY_LABELS[f]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId("reassurance.channel")} label="How?" problem={problems["reassurance.channel"]}>
        {(a11y) => (
          <select {...a11y} value={value.channel} onChange={(e) => onChange({ ...value, channel: e.target.value as TReassurance["channel"] })}>
            {CHECK_IN_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={fieldId("reassurance.words")}
        label="Anything else that would help (optional)"
        hint="For example: “A quick ‘home safe’ when you’re back.”"
        problem={problems["reassurance.words"]}
      >
        {(a11y) => (
          <textarea {...a11y} rows={2} maxLength={300} value={value.words} onChange={(e) => onChange({ ...value, words: e.target.value })} />
        )}
      </Field>
    </>
  );
}
