import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { HomePage, SpacePage } from "./support/pages";
import { expectAccessible } from "./support/accessibility";
import { screenshot } from "./support/screens";
import { openCouple } from "./support/couple";
import { SocketLine } from "./support/socket-line";

test("a couple creates a space on one phone, joins from another, and sees each other come and go", async ({ browser }) => {
  const anaContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const benContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const anaPage = await anaContext.newPage();

  const home = new HomePage(anaPage);
  await home.open();
  await screenshot(anaPage, "01-home");
  await home.createSpace({ me: "Ana", partner: "Ben", counsellor: "Dr. Rivera" });
  await expect(anaPage.getByRole("img", { name: "QR code of Ben’s link" }).locator("svg")).toBeVisible();
  await screenshot(anaPage, "02-invite");
  const benLink = await home.linkOf("Ben");
  expect(benLink).toMatch(/\/j\/[A-Za-z0-9_-]{32}$/);

  await home.goToSpace();
  const ana = new SpacePage(anaPage);
  await ana.expectGreeting("Ana");
  // The presence bar shows the others; Ana knows she is here.
  await expect(ana.presenceOf("Ana")).toHaveCount(0);
  await expect(ana.presenceOf("Ben")).toHaveText("not joined yet");

  let benPage = await benContext.newPage();
  await benPage.goto(benLink);
  const ben = new SpacePage(benPage);
  await ben.expectGreeting("Ben");
  await expect(benPage).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
  await ben.expectOnline("Ana");
  await ana.expectOnline("Ben");
  await screenshot(anaPage, "03-lobby-both-online");
  await screenshot(benPage, "03-lobby-partner");

  // Closing the partner's tab flips the indicator within about a second.
  await benPage.close();
  await expect(ana.presenceOf("Ben")).toHaveText("away", { timeout: 2_000 });
  await screenshot(anaPage, "04-lobby-partner-offline");

  // The partner's device remembers them: reopening the space (no link) brings them back online.
  benPage = await benContext.newPage();
  await benPage.goto(anaPage.url());
  await new SpacePage(benPage).expectGreeting("Ben");
  await expect(ana.presenceOf("Ben")).toHaveText("online", { timeout: 2_000 });

  // A reload keeps the creator in.
  await anaPage.reload();
  await ana.expectGreeting("Ana");

  await anaContext.close();
  await benContext.close();
});

test("back online, a phone says nobody is here until the server has said who is: a partner who left meanwhile is never shown online", async ({ browser }) => {
  const { anaPage, benPage, close } = await openCouple(browser);
  const line = await SocketLine.install(benPage.context());
  await benPage.reload();
  const ben = new SpacePage(benPage);
  await line.expectWebsocket();
  await ben.expectOnline("Ana");

  // Ben loses his connection; meanwhile Ana closes her page. Nobody can tell Ben.
  await line.cut();
  await expect(ben.presenceOf("Ana")).toHaveText("last seen online");
  const anaAddress = anaPage.url();
  await anaPage.close();

  // Back online, but who is here does not reach him (held up on the way): the list he
  // holds is from before, so Ana is not said to be online.
  line.dropPresence();
  const framesBefore = line.toPage.length;
  line.open();
  await line.expectWebsocket();
  await expect(benPage.getByTestId("connection-note")).toHaveText("Connected");
  await expect.poll(() => line.toPage.slice(framesBefore).some((frame) => frame.text.startsWith('42["presence"'))).toBe(true);
  await expect(ben.presenceOf("Ana")).toHaveText("last seen online");

  // Once the server says who is here, the bar says it: Ana comes back.
  line.dropPresence(false);
  const anaAgain = await anaPage.context().newPage();
  await anaAgain.goto(anaAddress);
  await new SpacePage(anaAgain).expectGreeting("Ana");
  await ben.expectOnline("Ana");
  await close();
});

test("a lost invitation can be replaced, and the old link then explains that it was replaced", async ({ browser }) => {
  const anaContext = await browser.newContext();
  const benContext = await browser.newContext();
  const anaPage = await anaContext.newPage();
  const home = new HomePage(anaPage);
  await home.open();
  await home.createSpace({ me: "Ana", partner: "Ben" });
  const oldLink = await home.linkOf("Ben");
  await home.goToSpace();

  await anaPage.getByRole("button", { name: "Make a new link for Ben" }).click();
  const newLink = await anaPage.getByLabel("New link for Ben").inputValue();
  expect(newLink).not.toBe(oldLink);
  await screenshot(anaPage, "05-new-link");

  const benPage = await benContext.newPage();
  await benPage.goto(oldLink);
  await expect(benPage.getByRole("heading", { name: "This link has been replaced" })).toBeVisible();
  await screenshot(benPage, "06-link-replaced");
  await benPage.goto(newLink);
  await new SpacePage(benPage).expectGreeting("Ben");

  await anaContext.close();
  await benContext.close();
});

test("unknown, malformed and unauthorised addresses get a friendly page", async ({ page }) => {
  await page.goto(`/j/${"Q".repeat(32)}`);
  await expect(page.getByRole("heading", { name: "We don’t know this link" })).toBeVisible();
  await screenshot(page, "07-link-unknown");

  await page.goto("/j/not-a-real-link");
  await expect(page.getByRole("heading", { name: "This link looks incomplete" })).toBeVisible();
  await screenshot(page, "08-link-malformed");

  await page.goto(`/s/${randomUUID()}`);
  await expect(page.getByRole("heading", { name: "We can’t open this space here" })).toBeVisible();
  await screenshot(page, "09-no-access");

  await page.goto("/s/nonsense");
  await expect(page.getByRole("heading", { name: "There’s nothing here" })).toBeVisible();
  await expectAccessible(page, "not-found");
});
