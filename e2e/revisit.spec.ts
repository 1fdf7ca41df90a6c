import { readFile } from "node:fs/promises";
import { expect, test, type Browser } from "@playwright/test";
import { readCalendar } from "../core/calendar/testing/read-calendar";
import { agreedCouple } from "../server/testing/agreed-space";
import { closeAll } from "../server/testing/space-clients";
import { createSpaceThroughApi } from "../server/testing/test-server";
import { PHONE, WIDE } from "./support/couple";
import { screenshot } from "./support/screens";

/** A couple who agreed earlier, made over the real sockets; the browsers come back to it. */
async function agreedEarlier(origin: string) {
  const couple = await agreedCouple({ url: origin, createSpace: (names) => createSpaceThroughApi(origin, names) });
  closeAll(couple.ana, couple.ben);
  const linkOf = (token: string) => `${origin}/j/${token}`;
  return { spaceId: couple.space.spaceId, anaLink: linkOf(couple.space.tokens.partnerA), benLink: linkOf(couple.space.tokens.partnerB) };
}

async function phone(browser: Browser) {
  const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

// HOME1, CAL1, CAL3
test("back later: Your spaces opens the agreement, whose week goes into the calendar as a file or a subscription", async ({ browser, baseURL }) => {
  const { anaLink } = await agreedEarlier(baseURL!);
  const ana = await phone(browser);
  await ana.page.goto(anaLink);
  await expect(ana.page.getByTestId("agreement")).toBeVisible();

  // Weeks later she opens Breathing Room itself, not her link: this device lists her space.
  await ana.page.goto("/");
  const yourSpaces = ana.page.getByTestId("your-spaces");
  await expect(yourSpaces).toContainText("You and Ben");
  await expect(yourSpaces).toContainText(/Agreement v1 · next review \w{3} \d+ \w{3}/);
  await screenshot(ana.page, "90-your-spaces");
  await yourSpaces.getByRole("link", { name: /You and Ben/ }).click();
  await expect(ana.page.getByTestId("agreement")).toBeVisible();

  // CAL1: the file, read as a calendar app reads it.
  const calendar = ana.page.getByTestId("agreement-calendar");
  const [download] = await Promise.all([ana.page.waitForEvent("download"), calendar.getByRole("link", { name: "Download for your calendar" }).click()]);
  expect(download.suggestedFilename()).toBe("our-agreed-week.ics");
  const events = readCalendar(await readFile((await download.path())!, "utf8")).events;
  expect(events.some((e) => e.rrule?.includes("FREQ=WEEKLY") && e.tzid === "Europe/Berlin")).toBe(true);
  expect(events.some((e) => e.alarms.length > 0)).toBe(true);

  // CAL3: a subscription follows the agreement; turned off, its address answers that it is off.
  await calendar.getByRole("button", { name: "Make a calendar address" }).click();
  const address = await calendar.getByRole("textbox").inputValue();
  expect(address).toMatch(/\/cal\/[^/]+\.ics$/);
  await expect(calendar.getByRole("link", { name: "Open in your calendar app" })).toHaveAttribute("href", /^webcal:\/\//);
  expect((await ana.page.request.get(address)).status()).toBe(200);
  await screenshot(ana.page, "91-agreement-calendar");
  await calendar.getByRole("button", { name: "Turn it off" }).click();
  await expect(calendar.getByRole("button", { name: "Make a calendar address" })).toBeVisible();
  const refused = await ana.page.request.get(address);
  expect(refused.status()).toBe(410);
  expect(await refused.text()).toContain("turned off");
  await ana.context.close();
});

// DEV1, DEV2, SPC4, KEY1, KEY2, KEY3, HIS1
test("a second device by code, and a partner who lost every device let back in by the other", async ({ browser, baseURL }) => {
  const { spaceId, anaLink, benLink } = await agreedEarlier(baseURL!);
  const ana = await phone(browser);
  await ana.page.goto(anaLink);
  await expect(ana.page.getByTestId("agreement")).toBeVisible();

  // DEV1, DEV2: her laptop joins as her with a code from her phone, without a new link.
  const otherDevice = ana.page.getByTestId("other-device");
  await otherDevice.getByText("Use this space on another device").click();
  await otherDevice.getByRole("button", { name: "Show a code for another device" }).click();
  const code = (await otherDevice.getByTestId("device-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await screenshot(ana.page, "92-device-code");
  const laptop = await browser.newContext({ viewport: WIDE });
  const laptopPage = await laptop.newPage();
  await laptopPage.goto("/add-device");
  await laptopPage.getByLabel(/The 8 characters on your other device/).fill(code.toLowerCase());
  await laptopPage.getByRole("button", { name: "Sign this device in" }).click();
  await expect(laptopPage).toHaveURL(new RegExp(`/s/${spaceId}$`));
  await expect(laptopPage.getByRole("heading", { name: "Hello, Ana" })).toBeVisible();
  // Used once, a code opens nothing more, and says why.
  const stranger = await browser.newContext({ viewport: PHONE });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/add-device");
  await strangerPage.getByLabel(/The 8 characters on your other device/).fill(code);
  await strangerPage.getByRole("button", { name: "Sign this device in" }).click();
  await expect(strangerPage.getByRole("alert").filter({ hasText: "That code has already been used" })).toBeVisible();
  await stranger.close();

  // Ben's phone, then lost with everything on it.
  const lostPhone = await phone(browser);
  await lostPhone.page.goto(benLink);
  await expect(lostPhone.page.getByRole("heading", { name: "Hello, Ben" })).toBeVisible();

  // SPC4: Ana makes Ben a new link; she is asked first, since his old one stops working.
  const lostLinks = ana.page.getByTestId("lost-links");
  await lostLinks.getByText("Someone lost their link?").click();
  await lostLinks.getByRole("button", { name: "Make a new link for Ben" }).click();
  await lostLinks.getByRole("button", { name: "Yes, make a new link for Ben" }).click();
  const newLink = await lostLinks.getByRole("textbox", { name: "New link for Ben" }).inputValue();
  await expect(lostLinks).toContainText("Tell Ben to keep this link: it is how they get back in.");
  await expect(lostLinks.getByRole("button", { name: "Download Ben’s link as a file" })).toBeVisible();
  await screenshot(ana.page, "93-new-link-for-a-partner");

  // KEY1: the old link and the device it signed in open nothing now.
  await lostPhone.page.reload();
  await expect(lostPhone.page.getByRole("heading", { name: "We can’t open this space here" })).toBeVisible();
  await lostPhone.context.close();

  // KEY2: on his new phone Ben is told who made his new link, until he says he saw it.
  const newPhone = await phone(browser);
  await newPhone.page.goto(newLink);
  const notice = newPhone.page.getByTestId("link-notice");
  await expect(notice).toContainText("Ana made you a new personal link");
  await screenshot(newPhone.page, "94-told-of-a-new-link");
  await notice.getByRole("button", { name: "Got it" }).click();
  await expect(notice).toBeHidden();
  await newPhone.page.reload();
  await expect(newPhone.page.getByRole("heading", { name: "Hello, Ben" })).toBeVisible();
  await expect(newPhone.page.getByTestId("link-notice")).toBeHidden();

  // HIS1: everyone sees it in the space's story.
  await expect(ana.page.getByTestId("space-timeline")).toContainText("You made a new link for Ben; the earlier one no longer works.");
  await expect(newPhone.page.getByTestId("space-timeline")).toContainText("Ana made a new link for you; the earlier one no longer works.");
  await expect(laptopPage.getByTestId("space-timeline")).toContainText("Agreement v1 made:");
  await screenshot(laptopPage, "95-space-timeline");
  await Promise.all([ana.context.close(), laptop.close(), newPhone.context.close()]);
});
