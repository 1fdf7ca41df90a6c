/** Posts JSON to one of our routes; a refusal or a lost connection comes back as words to show. */
export async function postJson<TAnswer>(
  url: string,
  body: unknown,
): Promise<{ ok: true; answer: TAnswer } | { ok: false; message: string | null; fields: Record<string, string> }> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const answer = await response.json().catch(() => null);
    if (response.ok) return { ok: true, answer: answer as TAnswer };
    const fields = (answer?.error?.fields ?? {}) as Record<string, string>;
    return { ok: false, fields, message: answer?.error?.fields ? null : (answer?.error?.message ?? "That didn’t work. Please try again.") };
  } catch {
    return { ok: false, fields: {}, message: "We couldn’t reach Breathing Room. Please check your connection and try again." };
  }
}
