import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

const SCREENSHOT_DIR = path.resolve("e2e/screenshots");

/** Saves a full-page screenshot under e2e/screenshots/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize();
  // Entrances such as the reveal's fade are run to their end: the picture shows the page as a
  // person sees it a moment later, not half-faded.
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${size?.width ?? 0}.png`), fullPage: true, animations: "disabled" });
}
