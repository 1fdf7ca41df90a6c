import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { DateTime } from "luxon";

/** The server's clock (the e2e server runs an adjustable one), and moving it ahead. */
export async function serverNow(page: Page): Promise<string> {
  const response = await page.request.get("/__test/clock");
  return ((await response.json()) as { now: string }).now;
}

/** Moves the server's clock ahead and runs whatever became due (a pause's return time). */
export async function advanceServerClock(page: Page, minutes: number): Promise<void> {
  const response = await page.request.post("/__test/clock", { data: { advanceMinutes: minutes } });
  expect(response.ok()).toBe(true);
}

/** A wall-clock value for a datetime-local input, `minutes` after the server's now, in a zone. */
export async function localInputIn(page: Page, timeZone: string, minutes: number): Promise<string> {
  return DateTime.fromISO(await serverNow(page)).plus({ minutes }).setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Pause and resume as one participant sees it, on a device in `timeZone`. */
export class PauseScreen {
  constructor(
    readonly page: Page,
    readonly timeZone: string,
  ) {}

  pauseButton() {
    return this.page.getByRole("button", { name: "Pause", exact: true });
  }

  dialog() {
    return this.page.getByRole("dialog");
  }

  async openPauseDialog() {
    await this.pauseButton().click();
    await this.expectDialog("Take a break");
  }

  /** The dialog is open and has finished fading in (so a screenshot shows it as people see it). */
  async expectDialog(title: string) {
    await expect(this.dialog().getByRole("heading", { name: title })).toBeVisible();
    await expect(this.dialog()).toHaveCSS("opacity", "1");
  }

  async chooseQuick(label: "In 20 minutes" | "In 1 hour" | "This evening at 20:00" | "Tomorrow at the same time") {
    await this.dialog().getByRole("radio", { name: label, exact: true }).check();
  }

  async chooseCustom(localValue: string) {
    await this.dialog().getByRole("radio", { name: "Another time" }).check();
    await this.dialog().getByLabel(/^Date and time/).fill(localValue);
  }

  async writeNote(note: string) {
    await this.dialog().getByLabel("A few words, if you like").fill(note);
  }

  problem() {
    return this.dialog().getByTestId("pause-problem");
  }

  async confirm() {
    await this.dialog()
      .getByRole("button", { name: /^(Pause until|Propose|Ask for) \d\d:\d\d$/ })
      .click();
    await expect(this.dialog()).toBeHidden();
  }

  /** Pauses with a quick choice and a few words. */
  async pause(choice: Parameters<PauseScreen["chooseQuick"]>[0], note?: string) {
    await this.openPauseDialog();
    await this.chooseQuick(choice);
    if (note) await this.writeNote(note);
    await this.confirm();
    await expect(this.panel()).toBeVisible();
  }

  panel() {
    return this.page.getByTestId("paused-panel");
  }

  returnTime() {
    return this.panel().getByTestId("return-time");
  }

  /** The return instant the panel shows (its `datetime`). */
  async returnAt(): Promise<string> {
    return (await this.returnTime().getAttribute("datetime")) ?? "";
  }

  /** The return time is shown on this device's own clock. */
  async expectReturnTime(instant: string) {
    await expect(this.returnTime()).toHaveAttribute("datetime", instant);
    await expect(this.returnTime()).toContainText(DateTime.fromISO(instant).setZone(this.timeZone).toFormat("HH:mm"));
  }

  countdown() {
    return this.panel().getByTestId("countdown");
  }

  async resumeNow() {
    await this.panel().getByRole("button", { name: "Resume now" }).click();
  }

  async proposeDifferentTime(localValue: string, note?: string) {
    await this.panel().getByRole("button", { name: "Propose a different time" }).click();
    await this.expectDialog("Propose a different time");
    await this.chooseCustom(localValue);
    if (note) await this.writeNote(note);
    await this.confirm();
  }

  proposal() {
    return this.page.getByTestId("return-proposal");
  }

  async accept() {
    await this.proposal().getByRole("button", { name: "Accept" }).click();
  }

  resumedNote() {
    return this.page.getByTestId("resumed-note");
  }

  async askForMoreTime(choice: Parameters<PauseScreen["chooseQuick"]>[0]) {
    await this.resumedNote().getByRole("button", { name: "Ask for more time" }).click();
    await this.expectDialog("Ask for more time");
    await this.chooseQuick(choice);
    await this.confirm();
  }

  /** Clicks "Add to calendar" and returns the text of the downloaded .ics. */
  async downloadCalendarFile(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.panel().getByRole("button", { name: "Add to calendar" }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
  }

  async startBreathingGuide() {
    await this.panel().getByRole("button", { name: "Breathe with a guide" }).click();
    await expect(this.panel().getByRole("button", { name: "Stop the breathing guide" })).toHaveAttribute("aria-pressed", "true");
  }

  /** The space's story (HIS1), all of it: older lines are folded behind "Show all". */
  async showWholeTimeline() {
    const showAll = this.timeline().getByRole("button", { name: /^Show all/ });
    if (await showAll.isVisible()) await showAll.click();
  }

  timeline() {
    return this.page.getByTestId("space-timeline");
  }

  /** The pauses, changes and resumes in the space's story. */
  pauseLines() {
    return this.timeline().locator('li[data-kind="pause"]');
  }

  /** "HH:mm" of an instant on this device's clock. */
  clock(instant: string): string {
    return DateTime.fromISO(instant).setZone(this.timeZone).toFormat("HH:mm");
  }
}
