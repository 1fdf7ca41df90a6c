import AxeBuilder from "@axe-core/playwright";
import { test, type Page } from "@playwright/test";

// WCAG 2.2 AA, with the levels and versions it builds on.
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);
const AXE_ALLOWANCE_MS = 120_000;

/**
 * Fails when axe finds a serious or critical WCAG 2.2 AA problem on the page as it is now.
 * `screen` names the screen in the failure, so the broken one is found without a trace.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // The check is not the behaviour under test: the test's budget grows by the time axe takes
  // (many seconds on a busy machine, with a large grid on the page) instead of shrinking.
  const info = test.info();
  info.setTimeout(info.timeout + AXE_ALLOWANCE_MS);
  const started = performance.now();
  // Legacy mode runs axe in the page itself; the default opens a second page to merge frames,
  // which these pages (no iframes) do not need. Only violations are gathered in full: building
  // selectors for every passing cell of the week grids is most of axe's time otherwise.
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).options({ resultTypes: ["violations"] }).setLegacyMode().analyze();
  info.setTimeout(info.timeout - AXE_ALLOWANCE_MS + Math.ceil(performance.now() - started));
  const blocking = results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""));
  if (blocking.length === 0) return;
  const lines = blocking.flatMap((violation) => [
    `${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map((node) => `    ${node.target.join(" ")} — ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`),
  ]);
  throw new Error(`axe found ${blocking.length} serious or critical problem(s) on "${screen}":\n${lines.join("\n")}`);
}
