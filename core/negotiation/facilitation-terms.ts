/**
 * Facilitation's fixed steps and bounds, apart from its schemas (facilitation-schemas.ts,
 * which re-exports them) so the counsellor's panel can use them without loading zod.
 * The steps follow a counselling session: write, read what was revealed, reflect, then
 * look at proposals together.
 */
export const AGENDA_STEPS = ["write", "read", "reflect", "proposals"] as const;

export const MAX_PROMPT_CHARS = 200;
