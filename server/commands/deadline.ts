/** What a command's answer is when its deadline passes first. */
export const DEADLINE_PASSED = Symbol("deadline passed");

/**
 * The work's own result, or DEADLINE_PASSED once `ms` have gone by, whichever comes first.
 * The work goes on: a command that lands after its deadline is stored, and its sender's retry
 * with the same id is acknowledged as a duplicate (INP2).
 */
export function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof DEADLINE_PASSED> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof DEADLINE_PASSED>((resolve) => {
    timer = setTimeout(() => resolve(DEADLINE_PASSED), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
