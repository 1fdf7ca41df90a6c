import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";

const SCREENSHOT_DIR = path.resolve("e2e/screenshots");

/**
 * Saves a full-page screenshot under e2e/screenshots/ for a person to look at, and checks the
 * same screen with axe: every screen worth a picture is a screen that must pass WCAG 2.2 AA.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize();
  // Entrances such as the reveal's fade are run to their end: the picture shows the page as a
  // person sees it a moment later, not half-faded.
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${size?.width ?? 0}.png`), fullPage: true, animations: "disabled" });
  // After the picture, so contrast is measured on the settled page rather than mid-fade.
  await expectAccessible(page, name);
}
