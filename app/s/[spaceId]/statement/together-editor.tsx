import { fieldId, type TFieldProblems } from "./field-problems";
import { Field } from "./field";
import { HoursFields } from "./hours-fields";
import type { TTogetherForm } from "./statement-form-model";
import { WindowList } from "./window-list";

/** Time together wished for, such as a weekly date night. */
export function TogetherEditor(props: {
  wish: TTogetherForm;
  index: number;
  problems: TFieldProblems;
  onChange: (wish: TTogetherForm) => void;
  onRemove: () => void;
}) {
  const { wish, index, problems, onChange } = props;
  const path = `together.${index}`;
  return (
    <fieldset className="item" aria-labelledby={`${fieldId(path)}-title`}>
      <div className="item-head">
        <h3 id={`${fieldId(path)}-title`}>{wish.label.trim() || "Time together"}</h3>
        <button type="button" className="button small quiet" onClick={props.onRemove}>
          Remove<span className="visually-hidden"> {wish.label.trim() || "this time together"}</span>
        </button>
      </div>
      <Field id={fieldId(`${path}.label`)} label="What would you like to share?" hint="For example: “Date night” or “A slow Sunday breakfast”" problem={problems[`${path}.label`]}>
        {(a11y) => (
          <input {...a11y} type="text" maxLength={80} value={wish.label} onChange={(e) => onChange({ ...wish, label: e.target.value })} />
        )}
      </Field>
      <HoursFields
        path={path}
        minHours={wish.minHours}
        idealHours={wish.idealHours}
        minBlockMinutes={wish.minBlockMinutes}
        maxHours={40}
        problems={problems}
        onChange={(change) => onChange({ ...wish, ...change })}
      />
      <WindowList
        path={`${path}.windows`}
        heading="When would be lovely?"
        windows={wish.windows}
        problems={problems}
        onChange={(windows) => onChange({ ...wish, windows })}
      />
      {wish.windows.length > 0 && (
        <label className="check-line">
          <input type="checkbox" checked={wish.onlyInWindows} onChange={(e) => onChange({ ...wish, onlyInWindows: e.target.checked })} />
          <span>Only at these times (a Sunday walk on a Sunday), not any time you are both free</span>
        </label>
      )}
    </fieldset>
  );
}
