import type { TFear, TNeed, TReassurance, TSleepHours, TStatementDraft, TWindow } from "../../../../core/negotiation/statement";
import { DEFAULT_SLEEP_HOURS } from "../../../../core/negotiation/statement-terms";
import { EMPTY_GRID } from "./busy-grid";

/**
 * What the person is typing, shaped for inputs: numbers stay strings while typed
 * ("1." is on its way to "1.5"). Conversions go both ways: form → draft (always a
 * draft the server accepts, whatever is half-typed) and draft → form (after a reload
 * or from another device), and form → statement candidate for the final check.
 */
export type TNeedForm = {
  id: string;
  label: string;
  kind: TNeed["kind"];
  minHours: string;
  idealHours: string;
  minBlockMinutes: number;
  windows: TWindow[];
  priority: number;
};

export type TTogetherForm = {
  id: string;
  label: string;
  minHours: string;
  idealHours: string;
  minBlockMinutes: number;
  windows: TWindow[];
  /** WIN1: only at its times ("a Sunday walk" on Sundays), not merely preferring them. */
  onlyInWindows: boolean;
};

/** A fear's kind starts unchosen: a label nobody chose would put words in someone's mouth. */
export type TFearForm = { kind: TFear["kind"] | ""; intensity: number; words: string };

export type TStatementForm = {
  appreciation: string;
  needs: TNeedForm[];
  together: TTogetherForm[];
  fears: TFearForm[];
  reassurance: TReassurance;
  busy: string;
  /** SLP1: nothing is planned in these hours; 23:00–07:00 unless the person says otherwise. */
  sleep: TSleepHours;
};

export type TNewId = () => string;

export function newNeed(id: string): TNeedForm {
  return { id, label: "", kind: "alone", minHours: "2", idealHours: "4", minBlockMinutes: 60, windows: [], priority: 3 };
}

export function newTogether(id: string): TTogetherForm {
  return { id, label: "", minHours: "2", idealHours: "3", minBlockMinutes: 120, windows: [], onlyInWindows: false };
}

export function newFear(): TFearForm {
  return { kind: "", intensity: 3, words: "" };
}

export function newWindow(): TWindow {
  return { days: [5, 6], startHalfHour: 18, endHalfHour: 24, weight: 2 };
}

export const DEFAULT_REASSURANCE: TReassurance = { frequency: "at-start-and-end", channel: "text", words: "" };

/** A draft read back into the form; anything missing gets a gentle default. */
export function draftToForm(draft: TStatementDraft | null, newId: TNewId): TStatementForm {
  const needs = (draft?.needs ?? []).map((n) => {
    const base = newNeed(n.id ?? newId());
    return {
      ...base,
      label: n.label ?? "",
      kind: n.kind ?? base.kind,
      minHours: n.minHoursPerWeek === undefined ? "" : String(n.minHoursPerWeek),
      idealHours: n.idealHoursPerWeek === undefined ? "" : String(n.idealHoursPerWeek),
      minBlockMinutes: n.minBlockMinutes ?? base.minBlockMinutes,
      windows: n.windows ?? [],
      priority: n.priority ?? base.priority,
    };
  });
  const together = (draft?.together ?? []).map((w) => {
    const base = newTogether(w.id ?? newId());
    return {
      ...base,
      label: w.label ?? "",
      minHours: w.minHoursPerWeek === undefined ? "" : String(w.minHoursPerWeek),
      idealHours: w.idealHoursPerWeek === undefined ? "" : String(w.idealHoursPerWeek),
      minBlockMinutes: w.minBlockMinutes ?? base.minBlockMinutes,
      windows: w.windows ?? [],
      onlyInWindows: w.onlyInWindows ?? false,
    };
  });
  const fears = (draft?.fears ?? []).map((f) => ({ ...newFear(), ...definedOnly(f) }));
  return {
    appreciation: draft?.appreciation ?? "",
    // A first visit starts with one empty need: a statement needs at least one.
    needs: draft ? needs : [newNeed(newId())],
    together,
    fears,
    reassurance: { ...DEFAULT_REASSURANCE, ...definedOnly(draft?.reassurance ?? {}) },
    busy: draft?.busy ?? EMPTY_GRID,
    sleep: draft?.sleep ?? DEFAULT_SLEEP_HOURS,
  };
}

/**
 * The form as a draft the server will accept: a half-typed number or an unfinished
 * window is left out of the draft (it stays in the form) rather than refusing the
 * whole save, so autosave never loses the rest of what was written.
 */
export function formToDraft(form: TStatementForm): TStatementDraft {
  const draft: TStatementDraft = {
    appreciation: form.appreciation.slice(0, 1000),
    needs: form.needs.slice(0, 8).map((n) =>
      definedOnly({
        id: n.id,
        label: labelOrUndefined(n.label),
        kind: n.kind,
        minHoursPerWeek: halfHoursOrUndefined(n.minHours, 0, 60),
        idealHoursPerWeek: halfHoursOrUndefined(n.idealHours, 0.5, 60),
        minBlockMinutes: n.minBlockMinutes,
        windows: validWindows(n.windows),
        priority: n.priority,
      }),
    ),
    together: form.together.slice(0, 3).map((w) =>
      definedOnly({
        id: w.id,
        label: labelOrUndefined(w.label),
        minHoursPerWeek: halfHoursOrUndefined(w.minHours, 0, 40),
        idealHoursPerWeek: halfHoursOrUndefined(w.idealHours, 0.5, 40),
        minBlockMinutes: w.minBlockMinutes,
        windows: validWindows(w.windows),
        // Only with a window to keep to: an unfinished one would make the draft unsavable.
        onlyInWindows: w.onlyInWindows && validWindows(w.windows).length > 0 ? true : undefined,
      }),
    ),
    fears: form.fears.slice(0, 6).map(({ kind, ...f }) => ({ ...(kind ? { kind } : {}), ...f, words: f.words.slice(0, 500) })),
    reassurance: { ...form.reassurance, words: form.reassurance.words.slice(0, 300) },
    busy: form.busy,
    sleep: form.sleep,
  };
  return draft;
}

/**
 * The form as the statement it would be, numbers parsed (NaN when not a number), so
 * that ZStatement can say, field by field, what still needs a look.
 */
export function formToStatement(form: TStatementForm): unknown {
  return {
    appreciation: form.appreciation,
    needs: form.needs.map((n) => ({
      id: n.id,
      label: n.label,
      kind: n.kind,
      minHoursPerWeek: numberOrUndefined(n.minHours),
      idealHoursPerWeek: numberOrUndefined(n.idealHours),
      minBlockMinutes: n.minBlockMinutes,
      windows: n.windows,
      priority: n.priority,
    })),
    together: form.together.map((w) => ({
      id: w.id,
      label: w.label,
      minHoursPerWeek: numberOrUndefined(w.minHours),
      idealHoursPerWeek: numberOrUndefined(w.idealHours),
      minBlockMinutes: w.minBlockMinutes,
      windows: w.windows,
      onlyInWindows: w.onlyInWindows || undefined,
    })),
    fears: form.fears.map((f) => ({ ...f, kind: f.kind || undefined })),
    reassurance: form.reassurance,
    busy: form.busy,
    sleep: form.sleep,
  };
}

/** Two drafts say the same thing (the server trims text and may reorder keys). */
export function isSameDraft(a: TStatementDraft | null, b: TStatementDraft | null): boolean {
  return stableJson(normalise(a)) === stableJson(normalise(b));
}

/**
 * A draft as the server keeps it: ZStatementDraft trims every text; nothing else in a
 * draft (ids, kinds, numbers, the busy grid) holds spaces. Done here without the schema,
 * so the page needn't load zod to compare.
 */
function normalise(draft: TStatementDraft | null): unknown {
  return draft && withTextTrimmed(draft);
}

function withTextTrimmed(value: unknown): unknown {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.map(withTextTrimmed);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, withTextTrimmed(v)]));
  return value;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}

/** A name may not be empty even in a draft; an empty one is simply not saved yet. */
function labelOrUndefined(text: string): string | undefined {
  const label = text.slice(0, 80);
  return label.trim() === "" ? undefined : label;
}

function numberOrUndefined(text: string): number | undefined {
  return text.trim() === "" ? undefined : Number(text);
}

function halfHoursOrUndefined(text: string, min: number, max: number): number | undefined {
  const value = numberOrUndefined(text);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (value < min || value > max || !Number.isInteger(value * 2)) return undefined;
  return value;
}

function validWindows(windows: TWindow[]): TWindow[] {
  return windows.filter((w) => w.days.length > 0 && w.endHalfHour > w.startHalfHour).slice(0, 6);
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}
