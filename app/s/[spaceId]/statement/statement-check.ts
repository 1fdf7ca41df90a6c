import { ZStatement, ZStatementDraft, type TStatement, type TStatementDraft } from "../../../../core/negotiation/statement";
import { problemsOfZodError, type TFieldProblems } from "./field-problems";
import { formToStatement, type TStatementForm } from "./statement-form-model";

/**
 * What the statement form checks with the server's own schemas, in a module of its own:
 * the form loads it (and zod with it) only when it needs it, so zod stays out of the
 * page's first load.
 */

/**
 * The last look before submitting, with the very schema the server parses with, so the
 * form can say field by field what still needs a look.
 */
export function checkStatement(form: TStatementForm): { ok: true; statement: TStatement } | { ok: false; problems: TFieldProblems } {
  const parsed = ZStatement.safeParse(formToStatement(form));
  return parsed.success ? { ok: true, statement: parsed.data } : { ok: false, problems: problemsOfZodError(parsed.error) };
}

/**
 * The draft of a save still waiting on this device (kept across a reload, INP3), if it
 * reads as one: storage is outside this page, so it passes the same schema as anything else.
 */
export function draftOfKeptSave(payload: unknown): TStatementDraft | null {
  if (typeof payload !== "object" || payload === null || !("draft" in payload)) return null;
  const parsed = ZStatementDraft.safeParse(payload.draft);
  return parsed.success ? parsed.data : null;
}
