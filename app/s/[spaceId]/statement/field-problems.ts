import type { z } from "zod";

/** Where in the statement ("needs.0.label") → what to say about it. */
export type TFieldProblems = Record<string, string>;

/**
 * Zod's own wording ("Too small: expected number to be >=0") is for developers; people
 * get a calm sentence about the field instead. Our schemas' custom messages pass through.
 */
const FRIENDLY: Record<string, string> = {
  minHoursPerWeek: "Please give the fewest hours a week that would still be enough, in whole or half hours.",
  idealHoursPerWeek: "Please give the hours a week you’d love, in whole or half hours (at least half an hour).",
  minBlockMinutes: "Please choose how long one stretch should be at least.",
  label: "Give this a short name.",
  priority: "Please choose how much this matters.",
  intensity: "Please choose how strong this feels.",
  kind: "Please choose what this is about (or “Something else”).",
  days: "Choose at least one day.",
  windows: "Please check the times you chose.",
};

function isGenericMessage(message: string): boolean {
  return /^(Invalid|Too small|Too big|Expected|Required)/.test(message);
}

export function friendlyProblem(path: string, message: string): string {
  if (!isGenericMessage(message)) return message;
  const key = path.split(".").reverse().find((part) => !/^\d+$/.test(part)) ?? "";
  return FRIENDLY[key] ?? "Please have another look at this.";
}

export function problemsOfZodError(error: z.ZodError): TFieldProblems {
  const problems: TFieldProblems = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    problems[path] ??= friendlyProblem(path, issue.message);
  }
  return problems;
}

/** Server field paths name the payload ("statement.needs.0.label"); the form names the statement. */
export function problemsOfServerFields(fields: Record<string, string> | undefined, prefix: string): TFieldProblems {
  const problems: TFieldProblems = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const local = path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    problems[local] ??= friendlyProblem(local, message);
  }
  return problems;
}

/** Problems no longer relevant once a section changes. */
export function withoutProblemsUnder(problems: TFieldProblems, prefix: string): TFieldProblems {
  const kept = Object.entries(problems).filter(([path]) => path !== prefix && !path.startsWith(`${prefix}.`));
  return kept.length === Object.keys(problems).length ? problems : Object.fromEntries(kept);
}

/** A DOM id for a field path, so a problem list can link to (and focus) the field. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}

/** Which part of the form a problem is in, as the person sees it ("Need 2"). */
export function placeOfProblem(path: string): string {
  const [section, index] = path.split(".");
  const number = index !== undefined && /^\d+$/.test(index) ? ` ${Number(index) + 1}` : "";
  switch (section) {
    case "appreciation":
      return "What you value";
    case "needs":
      return number ? `Need${number}` : "Needs";
    case "together":
      return `Time together${number}`;
    case "fears":
      return `Fear${number}`;
    case "reassurance":
      return "While you’re apart";
    case "busy":
      return "When you’re busy";
    default:
      return "Your statement";
  }
}
