import { expect, type Page } from "@playwright/test";

/** The home page: what Breathing Room is, and the form that creates a space. */
export class HomePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "Make room for each other" })).toBeVisible();
  }

  async createSpace(names: { me: string; partner: string; counsellor?: string }) {
    await this.page.getByLabel("Your first name").fill(names.me);
    await this.page.getByLabel("Your partner’s first name").fill(names.partner);
    if (names.counsellor) await this.page.getByLabel("Counsellor’s name (optional)").fill(names.counsellor);
    await this.page.getByRole("button", { name: "Create our space" }).click();
    await expect(this.page.getByRole("heading", { name: "Your space is ready" })).toBeVisible();
  }

  async linkOf(name: string): Promise<string> {
    return this.page.getByLabel(`${name}’s link`, { exact: false }).first().inputValue();
  }

  async goToSpace() {
    await this.page.getByRole("link", { name: "Go to our space" }).click();
  }
}

/** A space as one participant sees it. */
export class SpacePage {
  constructor(readonly page: Page) {}

  async expectGreeting(name: string) {
    await expect(this.page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
  }

  presenceOf(name: string) {
    return this.page.getByTestId(`person-${name}`).getByTestId("presence");
  }

  async expectOnline(name: string) {
    await expect(this.presenceOf(name)).toHaveText("online");
  }

  async expectOffline(name: string) {
    await expect(this.presenceOf(name)).toHaveText("away");
  }
}
