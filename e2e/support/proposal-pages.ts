import { expect, type Locator, type Page } from "@playwright/test";
import { StatementForm, slot } from "./statement-pages";

/** A realistic statement, written and submitted through the form: needs with windows, time together, a fear, a working week. */
export async function writeAndSubmit(
  page: Page,
  statement: {
    appreciation: string;
    need: { label: string; minHours: string; idealHours: string; window: { days: string[]; from: string; to: string; weight: "nice" | "preferred" | "really matters" } };
    together?: { label: string; window: { days: string[]; from: string; to: string; weight: "nice" | "preferred" | "really matters" } };
    fear?: { kind: string; words: string };
    busy: { from: number; to: number };
  },
) {
  const form = new StatementForm(page);
  await form.expectOpen();
  await form.fillAppreciation(statement.appreciation);
  await form.writeNeed(0, statement.need);
  await form.addWindow(0, statement.need.window);
  if (statement.together) {
    await form.goToPart("Time together");
    await page.getByRole("button", { name: "+ Add time together" }).click();
    await page.locator("#field-together-0-label").fill(statement.together.label);
    const wish = page.getByRole("group", { name: statement.together.label, exact: true });
    await wish.getByRole("button", { name: "+ Add a time that suits" }).click();
    const editor = wish.locator(".window-editor").last();
    for (const day of ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]) {
      const chip = editor.getByRole("button", { name: day, exact: true });
      const pressed = (await chip.getAttribute("aria-pressed")) === "true";
      if (pressed !== statement.together.window.days.includes(day)) await chip.click();
    }
    await editor.getByLabel("From").selectOption({ label: statement.together.window.from });
    await editor.getByLabel("To").selectOption({ label: statement.together.window.to });
    await editor.getByRole("radio", { name: statement.together.window.weight }).check();
  }
  if (statement.fear) await form.addFear(statement.fear);
  await form.paintWithMouse(statement.busy.from, statement.busy.to);
  await form.expectBusy(statement.busy.from);
  await form.expectSaved();
  await form.submit();
}

export { slot };

/** Both partners skip reflecting: the quickest way from the reveal to proposals. */
export async function skipReflecting(first: Page, second: Page) {
  await first.getByRole("button", { name: "We’d rather skip this step" }).click();
  await second.getByRole("button", { name: "Skip it together" }).click();
}

/** The proposals as one participant sees them. */
export class ProposalsScreen {
  constructor(readonly page: Page) {}

  get tabs() {
    return this.page.getByTestId("proposal-tabs");
  }

  get detail() {
    return this.page.getByTestId("proposal-detail");
  }

  get adjuster() {
    return this.page.getByTestId("block-adjuster");
  }

  async expectReady() {
    await expect(this.page.getByRole("heading", { name: "Next: proposals for your week" })).toBeVisible();
    await expect(this.tabs.getByRole("tab").first()).toBeVisible({ timeout: 20_000 });
  }

  tab(title: string): Locator {
    return this.tabs.getByRole("tab", { name: new RegExp(`^${title}`) });
  }

  async open(title: string) {
    await this.tab(title).click();
    await expect(this.tab(title)).toHaveAttribute("aria-selected", "true");
    await expect(this.detail.getByRole("heading", { level: 3 })).toHaveText(title);
  }

  versionLine() {
    return this.detail.getByTestId("version-line");
  }

  /** Picks a block in the adjuster by (part of) its label. */
  async chooseBlock(label: string) {
    const select = this.adjuster.getByLabel("Block", { exact: true });
    const value = await select.locator("option", { hasText: label }).first().getAttribute("value");
    await select.selectOption(value!);
  }

  async setDayAndStart(day: string, start: string) {
    await this.adjuster.getByLabel("Day", { exact: true }).selectOption({ label: day });
    await this.adjuster.getByLabel("Starts at", { exact: true }).selectOption({ label: start });
  }

  /** Chooses a day, then the first stretch the page says is free on it; returns the start time it settled on. */
  async pickFreeTimeOn(day: string): Promise<string> {
    await this.adjuster.getByLabel("Day", { exact: true }).selectOption({ label: day });
    await this.adjuster.getByTestId("free-times").getByRole("button").first().click();
    const start = this.adjuster.getByLabel("Starts at", { exact: true });
    return start.locator(`option[value="${await start.inputValue()}"]`).innerText();
  }

  async move() {
    await this.adjuster.getByRole("button", { name: "Move this block" }).click();
  }

  refusal() {
    return this.adjuster.getByTestId("adjust-refusal");
  }

  /** Opens "Change my hours", changes one of my needs, and asks for new proposals. */
  async askAgain(need: string, hours: { min?: string; ideal?: string }, screenshotAs?: (page: Page) => Promise<void>) {
    const form = this.page.getByTestId("ask-again");
    await form.getByRole("button", { name: "Change my hours or how much they matter" }).click();
    const group = form.getByRole("group", { name: need });
    if (hours.min) await group.getByLabel("Minimum hours a week").fill(hours.min);
    if (hours.ideal) await group.getByLabel("Ideal hours a week").fill(hours.ideal);
    if (screenshotAs) await screenshotAs(this.page);
    await form.getByRole("button", { name: "Ask for new proposals" }).click();
    await expect(form.getByRole("button", { name: "Change my hours or how much they matter" })).toBeVisible();
  }

  async accept() {
    await this.detail.getByRole("button", { name: "We choose this one" }).click();
  }

  choice() {
    return this.detail.getByTestId("accept-choice");
  }
}

/** The agreement both partners chose. */
export class AgreementPage {
  constructor(readonly page: Page) {}

  get section() {
    return this.page.getByTestId("agreement");
  }

  async expectShown(version: number) {
    await expect(this.section.getByRole("heading", { name: `Agreement v${version}` })).toBeVisible({ timeout: 10_000 });
  }
}
