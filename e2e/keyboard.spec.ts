import { expect, test, type Locator, type Page } from "@playwright/test";
import { openCouple } from "./support/couple";
import { screenshot } from "./support/screens";
import { StatementForm, SubmittedStatement } from "./support/statement-pages";

/** Presses Tab until `target` has focus; returns how many presses that took, failing past `most`. */
async function tabTo(page: Page, target: Locator, most: number): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`not reached in ${most} Tab presses`);
}

test("the keyboard alone writes a statement, jumps between its parts, and reaches Submit in ten Tabs from the top", async ({ browser }) => {
  const { anaPage: page, close } = await openCouple(browser);
  const form = new StatementForm(page);
  await form.expectOpen();

  // The skip link is the second stop on the page, and leads to the current step.
  await page.reload();
  await form.expectOpen();
  const skipLink = page.getByRole("link", { name: "Skip to the current step" });
  expect(await tabTo(page, skipLink, 2)).toBe(2);
  await expect(skipLink).toBeVisible();
  await screenshot(page, "18-keyboard-skip-link");
  await page.keyboard.press("Enter");
  await expect(page.locator("#current-step")).toBeFocused();

  // Writing: Tab into the first part, type, and move on with "Next".
  await tabTo(page, form.appreciation(), 12);
  await page.keyboard.type("Our slow Sunday breakfasts.");
  await tabTo(page, page.getByRole("button", { name: "Next: What you need" }), 3);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "What you need", level: 3 })).toBeFocused();
  await tabTo(page, form.needLabel(0), 4);
  await page.keyboard.type("An hour to read");
  await form.expectSaved();

  // From the top of the page again: skip link, the list of parts, "Ready to share", Submit.
  await page.reload();
  await form.expectOpen();
  let presses = await tabTo(page, skipLink, 2);
  await page.keyboard.press("Enter");
  const readyToShare = form.partButton("Ready to share");
  presses += await tabTo(page, readyToShare, 7);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Ready to share?" })).toBeFocused();
  presses += await tabTo(page, form.submitButton(), 1);
  expect(presses).toBeLessThanOrEqual(10);
  await screenshot(page, "18-keyboard-ready-to-share");
  await page.keyboard.press("Enter");
  await new SubmittedStatement(page).expectLocked();
  await close();
});

test("a problem found on submit is one Enter away from its field, in whichever part it is", async ({ browser }) => {
  const { anaPage: page, close } = await openCouple(browser);
  const form = new StatementForm(page);
  await form.fillAppreciation("Our walks.");
  await form.goToPart("Ready to share");
  await form.submitButton().focus();
  await page.keyboard.press("Enter");
  await expect(form.problems()).toBeFocused();
  const link = form.problems().getByRole("link", { name: "Need 1: Give this need a short name." });
  await tabTo(page, link, 2);
  await page.keyboard.press("Enter");
  await expect(form.needLabel(0)).toBeFocused();
  await page.keyboard.type("Time for my music");
  await form.goToPart("Ready to share");
  await form.submit();
  await new SubmittedStatement(page).expectLocked();
  await close();
});
