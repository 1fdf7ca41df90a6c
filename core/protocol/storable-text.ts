/**
 * PostgreSQL stores neither U+0000 nor half of a surrogate pair in text or jsonb, and a
 * lone surrogate cannot even be written out as UTF-8. Such characters never come from a
 * person typing, so they are refused at every boundary with a clear message, before any
 * schema runs and long before the database could fail a whole batch over them.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE =
  "Some of what was sent holds a character that cannot be saved (an empty character or half of an emoji). Please remove it and try again.";

/** Whether one string holds a character the database cannot store. */
export function isUnstorableText(text: string): boolean {
  return UNSTORABLE.test(text);
}

/**
 * The path ("draft.fears.0") of the first string, or object key, that holds an unstorable
 * character anywhere in a parsed JSON value; null when every string can be stored.
 */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return isUnstorableText(value) ? path.join(".") || "(value)" : null;
  if (typeof value !== "object" || value === null || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...path, String(i)], depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const key in value) {
    if (isUnstorableText(key)) return [...path, "(name)"].join(".");
    const found = findUnstorableText((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}
