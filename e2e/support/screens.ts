import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

const SCREENSHOT_DIR = path.resolve("e2e/screenshots");
/** Every screen is looked at as a phone and as a laptop shows it. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/**
 * Saves full-page screenshots at 390×844 and 1280×800 under e2e/screenshots/ for a person to
 * look at, then gives the page back at the size it had.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // From the top, as a person arriving sees it: a sticky bar is drawn where the page was scrolled to.
    await page.evaluate(() => window.scrollTo(0, 0));
    // Entrances such as the reveal's fade are run to their end: the picture shows the page as a
    // person sees it a moment later, not half-faded.
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${size.width}.png`), fullPage: true, animations: "disabled" });
  }
  if (before) await page.setViewportSize(before);
}
