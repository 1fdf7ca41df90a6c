/**
 * After every browser test: the server collects what the pages' Content-Security-Policy
 * blocked (report-uri), so a screen that needs an inline script or a foreign origin fails
 * the run, whichever test visited it.
 */
export default async function noCspViolations(): Promise<void> {
  const port = Number(process.env.E2E_PORT ?? 3917);
  const response = await fetch(`http://localhost:${port}/__test/csp-reports`);
  const { violations } = (await response.json()) as { violations: unknown[] };
  if (violations.length > 0) throw new Error(`Content-Security-Policy violations during the browser tests: ${JSON.stringify(violations)}`);
}
