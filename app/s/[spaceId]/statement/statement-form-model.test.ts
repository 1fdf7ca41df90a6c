import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZStatement, ZStatementDraft } from "../../../../core/negotiation/statement";
import { EMPTY_GRID } from "./busy-grid";
import { draftToForm, formToDraft, formToStatement, isSameDraft, newFear, newNeed, newTogether, type TStatementForm } from "./statement-form-model";
import { placeOfProblem, problemsOfServerFields, problemsOfZodError } from "./field-problems";

let counter = 0;
const newId = () => `id-${++counter}`;

function aForm(overrides: Partial<TStatementForm> = {}): TStatementForm {
  return {
    ...draftToForm(null, newId),
    appreciation: "I love how you make me laugh.",
    needs: [{ ...newNeed("n1"), label: "Sunday mornings to myself", minHours: "3", idealHours: "4" }],
    ...overrides,
  };
}

describe("form ↔ draft", () => {
  it("a first visit starts with one empty need and a free week", () => {
    const form = draftToForm(null, newId);
    expect(form.needs).toHaveLength(1);
    expect(form.busy).toBe(EMPTY_GRID);
    expect(form.reassurance.frequency).toBe("at-start-and-end");
  });

  it("SLP1, WIN1: sleep hours start at 23:00–07:00, and both they and “only at these times” survive the draft and make the statement", () => {
    expect(draftToForm(null, newId).sleep).toEqual({ fromHalfHour: 46, toHalfHour: 14 });
    const walk = { ...newTogether("t1"), label: "Sunday walk", windows: [{ days: [6], startHalfHour: 20, endHalfHour: 26, weight: 3 }], onlyInWindows: true };
    const form = aForm({ sleep: { fromHalfHour: 2, toHalfHour: 20 }, together: [walk] });
    const again = draftToForm(formToDraft(form), newId);
    expect(again.sleep).toEqual({ fromHalfHour: 2, toHalfHour: 20 });
    expect(again.together[0]!.onlyInWindows).toBe(true);
    const statement = ZStatement.parse(formToStatement(form));
    expect(statement.sleep).toEqual({ fromHalfHour: 2, toHalfHour: 20 });
    expect(statement.together[0]!.onlyInWindows).toBe(true);
  });

  it("WIN1: “only at these times” without a finished window stays in the form and out of the draft", () => {
    const unfinished = { ...newTogether("t1"), label: "Walk", windows: [{ days: [], startHalfHour: 20, endHalfHour: 26, weight: 3 }], onlyInWindows: true };
    const draft = formToDraft(aForm({ together: [unfinished] }));
    expect(ZStatementDraft.safeParse(draft).success).toBe(true);
    expect(draft.together?.[0]?.onlyInWindows).toBeUndefined();
  });

  it("a draft comes back as the same form", () => {
    const form = aForm({ fears: [{ kind: "trust", intensity: 4, words: "That I come second." }] });
    const again = draftToForm(formToDraft(form), newId);
    expect(again).toEqual(form);
  });

  it("a new fear's kind is not chosen for anyone: the draft leaves it out, and submitting asks for it", () => {
    const form = aForm({ fears: [{ ...newFear(), words: "That I come second." }] });
    expect(form.fears[0]!.kind).toBe("");
    const draft = formToDraft(form);
    expect(ZStatementDraft.safeParse(draft).success).toBe(true);
    expect(draft.fears?.[0]).not.toHaveProperty("kind");
    expect(draftToForm(draft, newId).fears).toEqual(form.fears);
    const parsed = ZStatement.safeParse(formToStatement(form));
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(problemsOfZodError(parsed.error)["fears.0.kind"]).toBe("Please choose what this is about (or “Something else”).");
  });

  it("half-typed numbers and unfinished windows stay out of the draft, the rest is kept", () => {
    const form = aForm();
    form.needs[0] = {
      ...form.needs[0]!,
      minHours: "1.",
      idealHours: "2.25",
      windows: [{ days: [], startHalfHour: 10, endHalfHour: 12, weight: 2 }],
    };
    const draft = formToDraft(form);
    expect(ZStatementDraft.safeParse(draft).success).toBe(true);
    expect(draft.needs?.[0]).not.toHaveProperty("idealHoursPerWeek");
    expect(draft.needs?.[0]?.windows).toEqual([]);
    expect(draft.needs?.[0]?.label).toBe("Sunday mornings to myself");
  });

  it("whatever is typed, the draft is one the server accepts", () => {
    const text = fc.string({ maxLength: 1200 });
    const numberText = fc.oneof(fc.constant(""), fc.string({ maxLength: 5 }), fc.double().map(String), fc.integer({ min: -5, max: 120 }).map((n) => String(n / 2)));
    const window = fc.record({
      days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
      startHalfHour: fc.integer({ min: 0, max: 47 }),
      endHalfHour: fc.integer({ min: 1, max: 48 }),
      weight: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(text, fc.array(fc.record({ label: text, minHours: numberText, idealHours: numberText, windows: fc.array(window, { maxLength: 8 }) }), { maxLength: 10 }), (appreciation, needs) => {
        const form = aForm({ appreciation, needs: needs.map((n, i) => ({ ...newNeed(`n${i}`), ...n })) });
        expect(ZStatementDraft.safeParse(formToDraft(form)).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("a draft the server trimmed and reordered is still the same draft", () => {
    const draft = formToDraft(aForm({ appreciation: "You listen.  " }));
    const fromServer = JSON.parse(JSON.stringify({ busy: draft.busy, ...draft, appreciation: "You listen." }));
    expect(isSameDraft(draft, fromServer)).toBe(true);
    expect(isSameDraft(draft, { ...fromServer, appreciation: "You listen well." })).toBe(false);
  });

  it("a draft is the same as the server's parse of it, whatever text has spaces around it", () => {
    const form = aForm({ appreciation: "  You listen. " });
    form.needs[0] = { ...form.needs[0]!, label: " Sunday mornings  " };
    form.fears = [{ ...newFear(), kind: "trust", words: " When plans change late.  " }];
    form.reassurance = { ...form.reassurance, words: "  A text when you leave " };
    const draft = formToDraft(form);
    const fromServer = ZStatementDraft.parse(JSON.parse(JSON.stringify(draft)));
    expect(fromServer.appreciation).toBe("You listen.");
    expect(isSameDraft(draft, fromServer)).toBe(true);
    expect(isSameDraft(draft, { ...fromServer, fears: [{ ...fromServer.fears![0]!, words: "When plans change." }] })).toBe(false);
  });
});

describe("checking before submitting", () => {
  it("a complete form is a statement", () => {
    expect(ZStatement.safeParse(formToStatement(aForm())).success).toBe(true);
  });

  it("problems are named by field, in calm words", () => {
    const form = aForm({ appreciation: "" });
    form.needs[0] = { ...form.needs[0]!, label: "", minHours: "", idealHours: "1" };
    const result = ZStatement.safeParse(formToStatement(form));
    expect(result.success).toBe(false);
    const problems = problemsOfZodError(result.error!);
    expect(problems.appreciation).toBe("Start with something you value about the two of you.");
    expect(problems["needs.0.label"]).toBe("Give this need a short name.");
    expect(problems["needs.0.minHoursPerWeek"]).toMatch(/fewest hours/);
  });

  it("the ideal below the minimum is pointed out on the ideal", () => {
    const form = aForm();
    form.needs[0] = { ...form.needs[0]!, minHours: "5", idealHours: "3" };
    const result = ZStatement.safeParse(formToStatement(form));
    expect(problemsOfZodError(result.error!)["needs.0.idealHoursPerWeek"]).toBe("The ideal can't be less than the minimum.");
  });

  it("server field paths are read relative to the statement", () => {
    expect(problemsOfServerFields({ "statement.needs.0.label": "Give this need a short name." }, "statement")).toEqual({
      "needs.0.label": "Give this need a short name.",
    });
  });
});

describe("where a problem is", () => {
  it("names the part of the form in the person's words", () => {
    expect(placeOfProblem("needs.1.windows.0.days")).toBe("Need 2");
    expect(placeOfProblem("needs")).toBe("Needs");
    expect(placeOfProblem("appreciation")).toBe("What you value");
    expect(placeOfProblem("reassurance.words")).toBe("While you’re apart");
  });
});
