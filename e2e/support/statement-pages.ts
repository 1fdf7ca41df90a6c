import { expect, type Locator, type Page } from "@playwright/test";

/** slot = day * 48 + halfHour, day 0 = Monday (core/week/slots.ts). */
export const slot = (day: number, hour: number, minute = 0) => day * 48 + hour * 2 + (minute >= 30 ? 1 : 0);

/** A partner writing their private statement. */
export class StatementForm {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole("heading", { name: "Your statement" });
  }

  async expectOpen() {
    await expect(this.heading).toBeVisible();
  }

  parts() {
    return this.page.getByRole("navigation", { name: "Parts of your statement" });
  }

  partButton(title: string) {
    return this.parts().getByRole("button", { name: new RegExp(`^${title}`) });
  }

  /** Opens one part of the statement (one shows at a time); nothing typed elsewhere is lost. */
  async goToPart(title: "What you value" | "What you need" | "Time together" | "What you fear" | "While you’re apart" | "When you’re busy" | "Ready to share") {
    const button = this.partButton(title);
    if ((await button.getAttribute("aria-current")) !== "step") await button.click();
    await expect(button).toHaveAttribute("aria-current", "step");
  }

  appreciation() {
    return this.page.getByLabel("Something you appreciate");
  }

  async fillAppreciation(text: string) {
    await this.goToPart("What you value");
    await this.appreciation().fill(text);
  }

  submitButton() {
    return this.page.getByRole("button", { name: "Submit my statement" });
  }

  needLabel(index: number) {
    return this.page.locator(`#field-needs-${index}-label`);
  }

  /** The shortest statement that can be submitted: an appreciation and one need. */
  async writeBrief(name: string) {
    await this.fillAppreciation(`${name} values our mornings.`);
    await this.writeNeed(0, { label: "An hour to read", minHours: "1", idealHours: "2" });
  }

  async writeNeed(index: number, need: { label: string; minHours?: string; idealHours?: string }) {
    await this.goToPart("What you need");
    await this.needLabel(index).fill(need.label);
    if (need.minHours) await this.page.locator(`#field-needs-${index}-minHoursPerWeek`).fill(need.minHours);
    if (need.idealHours) await this.page.locator(`#field-needs-${index}-idealHoursPerWeek`).fill(need.idealHours);
  }

  /** Adds a preferred window to a need: the given days, from/to as "HH:MM", and a weight label. */
  async addWindow(needIndex: number, window: { days: string[]; from: string; to: string; weight: "nice" | "preferred" | "really matters" }) {
    await this.goToPart("What you need");
    const need = this.page.getByRole("group", { name: new RegExp(`^Need ${needIndex + 1}`) });
    await need.getByRole("button", { name: "+ Add a time that suits" }).click();
    const editor = need.locator(".window-editor").last();
    // A new window starts on the weekend; choose exactly the days asked for.
    for (const day of ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]) {
      const chip = editor.getByRole("button", { name: day, exact: true });
      const pressed = (await chip.getAttribute("aria-pressed")) === "true";
      if (pressed !== window.days.includes(day)) await chip.click();
    }
    await editor.getByLabel("From").selectOption({ label: window.from });
    await editor.getByLabel("To").selectOption({ label: window.to });
    await editor.getByRole("radio", { name: window.weight }).check();
    return editor;
  }

  async addFear(fear: { kind: string; words: string }) {
    await this.goToPart("What you fear");
    await this.page.getByRole("button", { name: "+ Name a fear" }).click();
    const index = (await this.page.locator('[id^="field-fears-"][id$="-kind"]').count()) - 1;
    await this.page.locator(`#field-fears-${index}-kind`).selectOption({ label: fear.kind });
    await this.page.locator(`#field-fears-${index}-words`).fill(fear.words);
  }

  cell(slotIndex: number): Locator {
    return this.page.getByTestId("availability-grid").locator(`[data-slot="${slotIndex}"]`);
  }

  private async centreOf(slotIndex: number) {
    const cell = this.cell(slotIndex);
    await cell.scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    if (!box) throw new Error(`slot ${slotIndex} is not on screen`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Paints from one cell to another with the mouse (press, drag, release). */
  async paintWithMouse(from: number, to: number) {
    await this.goToPart("When you’re busy");
    await this.cell(to).scrollIntoViewIfNeeded();
    const start = await this.centreOf(from);
    const end = await this.centreOf(to);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x, end.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Paints with a finger: real touch input through the DevTools protocol, which Chromium turns into pointer events. */
  async paintWithTouch(from: number, to: number) {
    await this.goToPart("When you’re busy");
    await this.cell(to).scrollIntoViewIfNeeded();
    const start = await this.centreOf(from);
    const end = await this.centreOf(to);
    const cdp = await this.page.context().newCDPSession(this.page);
    const point = (p: { x: number; y: number }) => [{ x: Math.round(p.x), y: Math.round(p.y), id: 1 }];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(start) });
    for (let i = 1; i <= 8; i++) {
      const p = { x: start.x + ((end.x - start.x) * i) / 8, y: start.y + ((end.y - start.y) * i) / 8 };
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(p) });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await cdp.detach();
  }

  async expectBusy(slotIndex: number, busy = true) {
    await this.goToPart("When you’re busy");
    await expect(this.cell(slotIndex)).toHaveAttribute("aria-selected", String(busy));
  }

  async expectSaved() {
    await expect(this.page.getByTestId("save-indicator")).toHaveText(/Saved/, { timeout: 3_000 });
  }

  async submit() {
    await this.goToPart("Ready to share");
    await this.submitButton().click();
  }

  problems() {
    return this.page.getByTestId("submit-problems");
  }
}

/** My statement after submitting: locked, with a way to unlock. */
export class SubmittedStatement {
  constructor(readonly page: Page) {}

  async expectLocked() {
    await expect(this.page.getByRole("heading", { name: "Your statement is submitted" })).toBeVisible();
  }

  async unlock() {
    await this.page.getByRole("button", { name: "Unlock to edit" }).click();
  }
}

/** What a partner or the counsellor sees of how far the others are. */
export function statementStatusOf(page: Page, name: string) {
  return page.getByTestId(`statement-status-${name}`);
}

/** The reveal and the reflecting that follows it. */
export class RevealScreen {
  constructor(readonly page: Page) {}

  async expectRevealed(names: string[]) {
    await expect(this.page.getByRole("heading", { name: "You both finished. Here is what you each wrote." })).toBeVisible();
    for (const name of names) await expect(this.page.getByTestId(`revealed-${name}`)).toBeVisible();
  }

  myReflection() {
    return this.page.getByTestId("my-reflection");
  }

  reflectionOfMe() {
    return this.page.getByTestId("reflection-of-me");
  }

  async offerReflection(partner: string, words: { need: string; fear: string }) {
    const card = this.myReflection();
    await card.getByLabel(`What ${partner} needs most, in your words`).fill(words.need);
    await card.getByLabel(`What ${partner} fears most, in your words`).fill(words.fear);
    await card.getByRole("button", { name: /Share with|Try again/ }).click();
    await expect(card).toContainText(`Waiting for ${partner} to read it`);
  }

  async confirm() {
    await this.reflectionOfMe().getByRole("button", { name: "That’s it" }).click();
  }

  async notQuite(partner: string, clarification: string) {
    const card = this.reflectionOfMe();
    await card.getByRole("button", { name: "Not quite" }).click();
    await card.getByLabel(`What did ${partner} miss?`).fill(clarification);
    await card.getByRole("button", { name: `Send to ${partner}` }).click();
  }

  async expectProposalsNext() {
    await expect(this.page.getByRole("heading", { name: "Next: proposals" })).toBeVisible();
  }
}
