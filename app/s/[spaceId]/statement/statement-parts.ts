import type { TFieldProblems } from "./field-problems";
import type { TStatementForm } from "./statement-form-model";

/**
 * The statement in short parts, in the order counsellors suggest: lead with what you value,
 * then what you need, what you'd like together, what you fear, what helps while apart, when
 * you're busy; and last, sharing it. One part shows at a time, so a phone never holds a
 * page-long form, and the list of parts lets anyone jump straight to any of them.
 */
export const STATEMENT_PARTS = [
  { key: "appreciation", title: "What you value" },
  { key: "needs", title: "What you need" },
  { key: "together", title: "Time together" },
  { key: "fears", title: "What you fear" },
  { key: "reassurance", title: "While you’re apart" },
  { key: "busy", title: "When you’re busy" },
  { key: "share", title: "Ready to share" },
] as const;

export type TStatementPart = (typeof STATEMENT_PARTS)[number]["key"];

/** How a part stands, in a word shown beside its name in the list of parts. */
export type TPartState = "to write" | "written" | "optional" | "needs a look" | "";

/** The part a field path ("needs.0.label") belongs to. */
export function partOfPath(path: string): TStatementPart {
  const section = path.split(".")[0];
  return STATEMENT_PARTS.find((p) => p.key === section)?.key ?? "share";
}

export function partState(part: TStatementPart, form: TStatementForm, problems: TFieldProblems): TPartState {
  if (part === "share") return "";
  if (Object.keys(problems).some((path) => partOfPath(path) === part)) return "needs a look";
  switch (part) {
    case "appreciation":
      return form.appreciation.trim() ? "written" : "to write";
    case "needs":
      return form.needs.length > 0 && form.needs.every((n) => n.label.trim()) ? "written" : "to write";
    case "together":
      return form.together.length > 0 ? "written" : "optional";
    case "fears":
      return form.fears.length > 0 ? "written" : "optional";
    case "reassurance":
      return form.reassurance.words.trim() ? "written" : "optional";
    case "busy":
      return form.busy.includes("1") ? "written" : "optional";
  }
}

export function neighbours(part: TStatementPart): { previous: TStatementPart | null; next: (typeof STATEMENT_PARTS)[number] | null } {
  const i = STATEMENT_PARTS.findIndex((p) => p.key === part);
  return { previous: STATEMENT_PARTS[i - 1]?.key ?? null, next: STATEMENT_PARTS[i + 1] ?? null };
}
