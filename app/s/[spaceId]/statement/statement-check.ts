import { ZStatement, type TStatement } from "../../../../core/negotiation/statement";
import { problemsOfZodError, type TFieldProblems } from "./field-problems";
import { formToStatement, type TStatementForm } from "./statement-form-model";

/**
 * The last look before submitting, with the very schema the server parses with, so the
 * form can say field by field what still needs a look. The form loads this module when
 * someone submits: zod stays out of the page's first load.
 */
export function checkStatement(form: TStatementForm): { ok: true; statement: TStatement } | { ok: false; problems: TFieldProblems } {
  const parsed = ZStatement.safeParse(formToStatement(form));
  return parsed.success ? { ok: true, statement: parsed.data } : { ok: false, problems: problemsOfZodError(parsed.error) };
}
