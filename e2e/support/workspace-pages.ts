import { expect, type Page } from "@playwright/test";

/** The counsellors' page and their workspace, as a counsellor uses them. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  async create(name: string) {
    await this.page.goto("/counsellors");
    await this.page.getByLabel("Your name, as couples will see it").fill(name);
    await this.page.getByRole("button", { name: "Create my workspace" }).click();
    await this.page.getByRole("link", { name: "Open my workspace" }).click();
    await expect(this.page.getByRole("heading", { name: `${name}’s workspace` })).toBeVisible();
  }

  /** A new couple's space; returns both partners' links, as the counsellor hands them over. */
  async newCouple(partnerA: string, partnerB: string): Promise<[string, string]> {
    await this.page.getByRole("button", { name: "New couple" }).click();
    await this.page.getByLabel("First partner’s first name").fill(partnerA);
    await this.page.getByLabel("Second partner’s first name").fill(partnerB);
    await this.page.getByRole("button", { name: "Create their space" }).click();
    await expect(this.page.getByRole("heading", { name: "Their space is ready" })).toBeVisible();
    const links = [await this.page.getByRole("textbox", { name: `${partnerA}’s link` }).inputValue(), await this.page.getByRole("textbox", { name: `${partnerB}’s link` }).inputValue()] as [string, string];
    await this.page.getByRole("button", { name: "New couple" }).click();
    return links;
  }

  couple(name: string) {
    return this.page.getByTestId(`couple-${name}`);
  }
}

/** The counsellor's facilitation controls inside a couple's session. */
export class FacilitationControls {
  constructor(readonly page: Page) {}

  get panel() {
    return this.page.getByTestId("facilitation");
  }

  async startTimer(step: string) {
    await this.panel.getByRole("button", { name: new RegExp(`^Start the timer for ${step}`) }).click();
  }

  async sendPrompt(text: string) {
    await this.panel.getByRole("button", { name: text }).click();
  }

  async hold(step: "reflecting" | "proposals") {
    await this.panel.getByRole("button", { name: `Hold ${step}` }).click();
    await expect(this.panel.getByRole("button", { name: `Release ${step}` })).toBeVisible();
  }

  async release(step: "reflecting" | "proposals") {
    await this.panel.getByRole("button", { name: `Release ${step}` }).click();
  }
}
