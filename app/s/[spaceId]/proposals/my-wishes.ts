import type { TNeed, TWishChange } from "../../../../core/negotiation/statement";

/** My needs as the scheduler now sees them: the revealed statement with my later changes applied in order. */
export function needsWithChanges(needs: readonly TNeed[], changes: readonly TWishChange[]): TNeed[] {
  return needs.map((need) =>
    changes.filter((c) => c.wishId === need.id).reduce<TNeed>((n, { wishId: _id, ...change }) => ({ ...n, ...change }), need),
  );
}

export type TNeedEdit = { wishId: string; min: string; ideal: string; priority: number };

/**
 * What to send for `wishes:adjust`: only the fields that differ, only for needs that
 * changed; or the first problem in words (the server checks again).
 */
export function changesFromEdits(current: readonly TNeed[], edits: readonly TNeedEdit[]): { changes: TWishChange[] } | { problem: string } {
  const changes: TWishChange[] = [];
  for (const edit of edits) {
    const need = current.find((n) => n.id === edit.wishId);
    if (!need) continue;
    const min = Number(edit.min);
    const ideal = Number(edit.ideal);
    if (edit.min.trim() === "" || !Number.isFinite(min) || min < 0 || min > 60 || min * 2 !== Math.round(min * 2)) {
      return { problem: `For “${need.label}”, give the minimum in whole or half hours (0–60).` };
    }
    if (edit.ideal.trim() === "" || !Number.isFinite(ideal) || ideal < 0.5 || ideal > 60 || ideal * 2 !== Math.round(ideal * 2)) {
      return { problem: `For “${need.label}”, give the ideal in whole or half hours (0.5–60).` };
    }
    if (ideal < min) return { problem: `For “${need.label}” the ideal can’t be less than the minimum.` };
    const change: TWishChange = { wishId: need.id };
    if (min !== need.minHoursPerWeek) change.minHoursPerWeek = min;
    if (ideal !== need.idealHoursPerWeek) change.idealHoursPerWeek = ideal;
    if (edit.priority !== need.priority) change.priority = edit.priority;
    if (Object.keys(change).length > 1) changes.push(change);
  }
  return changes.length === 0 ? { problem: "Nothing has changed yet." } : { changes };
}
