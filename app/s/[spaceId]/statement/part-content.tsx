import { AvailabilityGrid } from "./availability-grid";
import { SleepHoursEditor } from "./sleep-hours-editor";
import { FearEditor } from "./fear-editor";
import { Field } from "./field";
import { fieldId, type TFieldProblems } from "./field-problems";
import { Guidance } from "./guidance";
import { NeedEditor } from "./need-editor";
import { ReassuranceEditor } from "./reassurance-editor";
import { newFear, newNeed, newTogether, type TStatementForm } from "./statement-form-model";
import type { TStatementPart } from "./statement-parts";
import { TogetherEditor } from "./together-editor";

const MAX_NEEDS = 8;
const MAX_TOGETHER = 3;
const MAX_FEARS = 6;

export type TChange = (path: string, update: (f: TStatementForm) => TStatementForm) => void;

/** What one part of the statement asks, with its fields; everything typed lives in the form above it. */
export function PartContent(props: { part: Exclude<TStatementPart, "share">; form: TStatementForm; problems: TFieldProblems; partnerName: string; change: TChange }) {
  const { form, problems, change } = props;
  switch (props.part) {
    case "appreciation":
      return (
        <>
          <Guidance summary="Why start here?">
            <p>Starting with what you value reminds you both that this is about making room within the relationship, not away from it.</p>
          </Guidance>
          <Field
            id={fieldId("appreciation")}
            label="Something you appreciate"
            hint="For example: “I love how we laugh at the same silly things.”"
            problem={problems.appreciation}
          >
            {(a11y) => (
              <textarea
                {...a11y}
                rows={4}
                maxLength={1000}
                value={form.appreciation}
                onChange={(e) => change("appreciation", (f) => ({ ...f, appreciation: e.target.value }))}
              />
            )}
          </Field>
        </>
      );
    case "needs":
      return (
        <>
          <Guidance summary="Tips for naming a need">
            <ul>
              <li>Use “I” sentences: “I need…”, not “You never…”.</li>
              <li>Be specific: “Sunday mornings to myself”, “one evening a week with friends”.</li>
              <li>Name how much and when. The least that would do, and what you’d love.</li>
            </ul>
          </Guidance>
          {problems.needs && <p className="problem" id={fieldId("needs")} tabIndex={-1}>{problems.needs}</p>}
          {form.needs.map((need, i) => (
            <NeedEditor
              key={need.id}
              need={need}
              index={i}
              problems={problems}
              canRemove={form.needs.length > 1}
              onChange={(changed) => change(`needs.${i}`, (f) => ({ ...f, needs: f.needs.map((n, j) => (j === i ? changed : n)) }))}
              onRemove={() => change("needs", (f) => ({ ...f, needs: f.needs.filter((_, j) => j !== i) }))}
            />
          ))}
          {form.needs.length < MAX_NEEDS && (
            <button type="button" className="button quiet" onClick={() => change("needs", (f) => ({ ...f, needs: [...f.needs, newNeed(crypto.randomUUID())] }))}>
              + Add another need
            </button>
          )}
        </>
      );
    case "together":
      return (
        <>
          <p className="muted small">Space works best with closeness to come back to. A date night, a walk, a slow breakfast. This part is optional.</p>
          {form.together.map((wish, i) => (
            <TogetherEditor
              key={wish.id}
              wish={wish}
              index={i}
              problems={problems}
              onChange={(changed) => change(`together.${i}`, (f) => ({ ...f, together: f.together.map((w, j) => (j === i ? changed : w)) }))}
              onRemove={() => change("together", (f) => ({ ...f, together: f.together.filter((_, j) => j !== i) }))}
            />
          ))}
          {form.together.length < MAX_TOGETHER && (
            <button
              type="button"
              className="button quiet"
              onClick={() => change("together", (f) => ({ ...f, together: [...f.together, newTogether(crypto.randomUUID())] }))}
            >
              + Add time together
            </button>
          )}
        </>
      );
    case "fears":
      return (
        <>
          <p className="muted small">Naming a fear gently helps {props.partnerName} reassure you. It’s fine to leave this empty.</p>
          {form.fears.map((fear, i) => (
            <FearEditor
              key={i}
              fear={fear}
              index={i}
              problems={problems}
              onChange={(changed) => change(`fears.${i}`, (f) => ({ ...f, fears: f.fears.map((x, j) => (j === i ? changed : x)) }))}
              onRemove={() => change("fears", (f) => ({ ...f, fears: f.fears.filter((_, j) => j !== i) }))}
            />
          ))}
          {form.fears.length < MAX_FEARS && (
            <button type="button" className="button quiet" onClick={() => change("fears", (f) => ({ ...f, fears: [...f.fears, newFear()] }))}>
              + Name a fear
            </button>
          )}
        </>
      );
    case "reassurance":
      return (
        <>
          <p className="muted small">What would help you feel close while one of you has time of your own?</p>
          <ReassuranceEditor value={form.reassurance} problems={problems} onChange={(reassurance) => change("reassurance", (f) => ({ ...f, reassurance }))} />
        </>
      );
    case "busy":
      return (
        <>
          <SleepHoursEditor sleep={form.sleep} onChange={(sleep) => change("busy", (f) => ({ ...f, sleep }))} />
          <p className="muted small">Work, commute, children: the times that are already spoken for. Leave it empty if your week is open.</p>
          <AvailabilityGrid busy={form.busy} onChange={(busy) => change("busy", (f) => ({ ...f, busy }))} />
        </>
      );
  }
}
