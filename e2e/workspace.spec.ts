import { expect, test } from "@playwright/test";
import { openCouple, PHONE, WIDE } from "./support/couple";
import { SpacePage } from "./support/pages";
import { ProposalsScreen, skipReflecting, slot, writeAndSubmit } from "./support/proposal-pages";
import { RevealScreen } from "./support/statement-pages";
import { expectAccessible } from "./support/accessibility";
import { screenshot } from "./support/screens";
import { SocketLine } from "./support/socket-line";
import { FacilitationControls, WorkspacePage } from "./support/workspace-pages";
import { connectClient } from "../server/testing/test-server";
import { connectWorkspace } from "../server/testing/workspace-clients";

test("a counsellor creates a couple's space from the workspace and guides a whole session; the workspace follows two couples live", async ({ browser }) => {
  test.setTimeout(480_000);
  const counsellorContext = await browser.newContext({ viewport: WIDE, timezoneId: "Europe/Lisbon" });
  const mayaContext = await browser.newContext({ viewport: PHONE, timezoneId: "Europe/Lisbon" });
  const samContext = await browser.newContext({ viewport: PHONE, timezoneId: "Europe/Lisbon" });
  const counsellorPage = await counsellorContext.newPage();
  const workspace = new WorkspacePage(counsellorPage);
  await workspace.create("Dr. Rivera");
  const [mayaLink, samLink] = await workspace.newCouple("Maya", "Sam");
  const [, leoLink] = await workspace.newCouple("Ines", "Leo");
  await expect(workspace.couple("Maya and Sam")).toContainText("Maya hasn’t started writing · Sam hasn’t started writing");

  // The partners open their links; the workspace sees them arrive, live.
  const mayaPage = await mayaContext.newPage();
  await mayaPage.goto(mayaLink);
  await new SpacePage(mayaPage).expectGreeting("Maya");
  const samPage = await samContext.newPage();
  await samPage.goto(samLink);
  await new SpacePage(samPage).expectGreeting("Sam");
  await expect(workspace.couple("Maya and Sam").locator(".online-pill[data-online=true]")).toHaveCount(2);
  const leoPage = await samContext.newPage();
  await leoPage.goto(leoLink);
  await expect(workspace.couple("Ines and Leo").locator(".online-pill[data-online=true]")).toHaveCount(1);
  await expect(workspace.couple("Ines and Leo")).toContainText("Needs you now");
  await counsellorPage.getByText("Paused", { exact: true }).click();
  await expect(counsellorPage.getByText("No couple matches this filter right now.")).toBeVisible();
  await counsellorPage.getByText("All", { exact: true }).click();
  await screenshot(counsellorPage, "60-workspace");
  await leoPage.close();

  // Maya opens the panel that says what her counsellor can see.
  await mayaPage.getByText("What can Dr. Rivera see?").click();
  await expect(mayaPage.getByTestId("counsellor-privacy")).toContainText("never sees a draft");
  await screenshot(mayaPage, "61-what-the-counsellor-sees");

  // The counsellor opens the session from the workspace: the agenda, a timer, a prompt.
  await workspace.couple("Maya and Sam").getByRole("link", { name: "Open Maya and Sam’s session" }).click();
  const controls = new FacilitationControls(counsellorPage);
  await expect(controls.panel.getByRole("heading", { name: "Guide Maya and Sam" })).toBeVisible();
  await controls.panel.getByRole("spinbutton", { name: "Writing" }).fill("25");
  await controls.panel.getByRole("button", { name: "Keep these durations for this couple" }).click();
  await controls.startTimer("Writing");
  await expect(mayaPage.getByTestId("step-timer")).toContainText("25 min left");
  await expect(samPage.getByTestId("step-timer")).toContainText("Writing");
  await controls.sendPrompt("Start with what you appreciate");
  await expect(mayaPage.getByTestId("prompt-card")).toContainText("Start with what you appreciate");
  await expect(samPage.getByTestId("prompt-card")).toContainText("Start with what you appreciate");
  await controls.hold("proposals");
  await screenshot(counsellorPage, "62-facilitation");
  await screenshot(samPage, "63-partner-timer-and-prompt");

  // Both write and submit; the reveal is theirs alone.
  await writeAndSubmit(mayaPage, {
    appreciation: "I love how we make each other laugh.",
    need: { label: "Sunday mornings to myself", minHours: "3", idealHours: "4", window: { days: ["Sat", "Sun"], from: "08:00", to: "13:00", weight: "really matters" } },
    fear: { kind: "Feeling neglected", words: "That time alone feels like a door closing." },
    busy: { from: slot(0, 9), to: slot(4, 16, 30) },
  });
  await expect(workspace.page.getByTestId("facilitation")).toBeVisible();
  await writeAndSubmit(samPage, {
    appreciation: "You make our home feel calm.",
    need: { label: "An evening with friends", minHours: "3", idealHours: "5", window: { days: ["Wed", "Thu"], from: "18:00", to: "23:00", weight: "preferred" } },
    fear: { kind: "Trust", words: "That you’ll wonder where I am." },
    busy: { from: slot(0, 8), to: slot(4, 17, 30) },
  });
  await new RevealScreen(counsellorPage).expectRevealed(["Maya", "Sam"]);
  // Everything a counsellor reads is about them, not "you both".
  await expect(counsellorPage.getByRole("heading", { name: "Maya and Sam have both finished. Here is what each of them wrote." })).toBeVisible();

  // A spotlight on one of Sam's fears, on both partners' screens.
  await controls.panel.getByLabel("Show both of them").selectOption({ label: "Sam’s fear: That you’ll wonder where I am." });
  await controls.panel.getByRole("button", { name: "Spotlight it" }).click();
  await expect(mayaPage.getByTestId("spotlight")).toContainText("That you’ll wonder where I am.");
  await expect(samPage.getByTestId("spotlight")).toContainText("What Sam fears");
  await screenshot(mayaPage, "64-spotlight");

  // Proposals stay closed while held, then open when released.
  await skipReflecting(mayaPage, samPage);
  await expect(mayaPage.getByTestId("held-notice")).toContainText("keeping proposals closed");
  await screenshot(mayaPage, "65-proposals-held");
  await controls.release("proposals");
  await new ProposalsScreen(mayaPage).expectReady();
  await new ProposalsScreen(counsellorPage).expectReady();
  await expect(counsellorPage.getByRole("heading", { name: "Next: their proposals" })).toBeVisible();
  await expect(counsellorPage.getByTestId("proposals-hint")).toContainText("Ask them which plan feels closest");
  // FAC2: the agenda offers a timer only for the step they are at (or one ahead), not for steps behind them.
  await expect(controls.panel.getByRole("button", { name: /^Start the timer for Proposals/ })).toBeVisible();
  await expect(controls.panel.getByRole("button", { name: /^Start the timer for Writing/ })).toHaveCount(0);
  await controls.panel.getByLabel("Show both of them").selectOption({ index: 0 });
  await controls.panel.getByRole("button", { name: "Spotlight it" }).click();
  await expect(samPage.getByTestId("spotlight")).toContainText("The plan");
  await expect(mayaPage.getByTestId("space-timeline")).toContainText("Prompt: “Start with what you appreciate”");

  // Maya chooses; her counsellor is told whom to ask next, then both agree.
  const mayaProposals = new ProposalsScreen(mayaPage);
  await mayaProposals.accept();
  await expect(counsellorPage.getByTestId("proposals-hint")).toContainText("Ask Sam which plan feels closest to them");
  await screenshot(counsellorPage, "69-counsellor-choosing");
  await new ProposalsScreen(samPage).accept();
  await expect(counsellorPage.getByTestId("agreement")).toContainText("Their agreement");
  await expect(counsellorPage.getByTestId("agreement")).toContainText("What each of them gives and gets");
  // Once they have agreed every step is behind them: no timer is offered.
  await expect(counsellorPage.getByRole("button", { name: /^Start the timer for/ })).toHaveCount(0);

  // Back in the workspace: the couple has agreed and their review date shows; a private note, dated.
  await controls.panel.getByRole("link", { name: "All your couples" }).click();
  await expect(workspace.couple("Maya and Sam")).toContainText("Agreed");
  await expect(workspace.couple("Maya and Sam").locator(".fact", { hasText: /^Review / })).toBeVisible();
  await workspace.couple("Maya and Sam").getByRole("button", { name: "Notes" }).click();
  await counsellorPage.getByLabel("New note about Maya and Sam").fill("Sam relaxed once the fear was named.");
  await counsellorPage.getByRole("button", { name: "Save note" }).click();
  await expect(workspace.couple("Maya and Sam").getByTestId("notes")).toContainText("Sam relaxed once the fear was named.");
  await screenshot(counsellorPage, "66-workspace-notes");
  await workspace.couple("Maya and Sam").getByRole("link", { name: "Session summary for Maya and Sam" }).click();
  await expect(counsellorPage.getByTestId("summary-notes")).toContainText("Sam relaxed once the fear was named.");
  await screenshot(counsellorPage, "67-session-summary");
  await expect(mayaPage.locator("body")).not.toContainText("Sam relaxed");
  // The couple's own summary: their agreement and the prompt, and never a word of the note.
  await mayaPage.goto(`${new URL(mayaPage.url()).pathname}/summary`);
  await expect(mayaPage.getByRole("heading", { name: "Session summary: Maya and Sam" })).toBeVisible();
  await expect(mayaPage.locator("body")).toContainText("Version 1");
  await expect(mayaPage.locator("body")).toContainText("Start with what you appreciate");
  await expect(mayaPage.getByTestId("summary-notes")).toHaveCount(0);
  await expect(mayaPage.locator("body")).not.toContainText("Sam relaxed");
  await screenshot(mayaPage, "67-partner-summary");

  await Promise.all([counsellorContext, mayaContext, samContext].map((c) => c.close()));
});

test("INP3: a note written while the workspace is cut off is kept across a reload, shown as not saved yet, and saved once", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, timezoneId: "Europe/Lisbon" });
  const page = await context.newPage();
  const workspace = new WorkspacePage(page);
  await workspace.create("Dr. Rivera");
  const [mayaLink] = await workspace.newCouple("Maya", "Sam");
  const mayaContext = await browser.newContext({ viewport: PHONE });
  const mayaPage = await mayaContext.newPage();
  await mayaPage.goto(mayaLink);
  await new SpacePage(mayaPage).expectGreeting("Maya");
  const line = await SocketLine.install(context);
  // The workspace's socket runs through the line from here on.
  await page.reload();
  await line.expectWebsocket();
  const couple = workspace.couple("Maya and Sam");
  const note = page.getByTestId("connection-note");
  await expect(couple.locator(".online-pill").first()).toHaveText("Maya online");
  await couple.getByRole("button", { name: "Notes" }).click();

  // Cut off, the counsellor writes a note: it leaves the box, and the list says it is not saved yet.
  await line.cut();
  await expect(note).toContainText("Reconnecting");
  // Cut off, the list cannot know who is still here: Maya was online, and may have left.
  await expect(couple.locator(".online-pill").first()).toHaveText("Maya last seen online");
  await expect(couple.locator(".online-pill[data-online=true]")).toHaveCount(0);
  await page.getByLabel("New note about Maya and Sam").fill("NOTE-OUTBOX: Maya named the fear first.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByLabel("New note about Maya and Sam")).toHaveValue("");
  await expect(couple.getByTestId("note-waiting")).toContainText("NOTE-OUTBOX: Maya named the fear first.");
  await expect(couple.getByTestId("note-waiting")).toContainText("Not saved yet");
  await expect(note).toHaveText("Offline for now. 1 change kept on this device, to be sent when you’re back online.");
  await expectAccessible(page, "workspace-note-kept-offline");
  await screenshot(page, "73-workspace-note-kept-offline");

  // A reload while still cut off loses nothing; once the line is back the note is sent, once.
  await page.reload();
  await expect(page.getByText("Opening your workspace…")).toBeVisible();
  line.open();
  await couple.getByRole("button", { name: /^Notes/ }).click();
  await expect(couple.getByTestId("notes")).toContainText("NOTE-OUTBOX: Maya named the fear first.");
  await expect(couple.getByTestId("note-waiting")).toHaveCount(0);
  await expect(note).toHaveText("Connected");
  const writes = line.commandsSent().filter((c) => c.type === "note:write");
  expect(new Set(writes.map((c) => c.id)).size).toBe(1);
  expect(line.answers().filter((a) => a.type === "note:write")[0]?.ack).toMatchObject({ ok: true });
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("breathing-room:outbox:")))).toEqual([]);

  // Saved on the server: another reload shows it once, as a saved note.
  await page.reload();
  await couple.getByRole("button", { name: "Notes (1)" }).click();
  await expect(couple.locator(".note-text", { hasText: "NOTE-OUTBOX" })).toHaveCount(1);
  await expect(couple.locator(".online-pill").first()).toHaveText("Maya online");
  await Promise.all([context.close(), mayaContext.close()]);
});

test("a partner's link never opens a workspace", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto("/workspace");
  await expect(page.getByRole("heading", { name: "No workspace on this device yet" })).toBeVisible();
  await expectAccessible(page, "workspace-none-yet");
  await context.close();
});

test("a counsellor the couple named, without a workspace, is offered one from All your couples", async ({ browser }) => {
  const { counsellorPage, close } = await openCouple(browser, { counsellor: {} });
  const page = counsellorPage!;
  await page.getByRole("link", { name: "All your couples" }).click();
  // Nothing went wrong: no alarm, what a workspace is, and the way to make one.
  await expect(page.getByRole("heading", { name: "No workspace on this device yet" })).toBeVisible();
  await expect(page.getByText("We can’t open a workspace here")).toHaveCount(0);
  await expectAccessible(page, "workspace-none-yet-counsellor");
  await screenshot(page, "72-no-workspace-yet");
  await page.getByRole("link", { name: "Create your workspace" }).click();
  await page.getByLabel("Your name, as couples will see it").fill("Dr. Rivera");
  await page.getByRole("button", { name: "Create my workspace" }).click();
  await page.getByRole("link", { name: "Open my workspace" }).click();
  await expect(page.getByRole("heading", { name: "Dr. Rivera’s workspace" })).toBeVisible();
  await close();
});

test("fifty couples render and keep updating live, on a laptop and on a phone", async ({ browser }) => {
  test.setTimeout(480_000);
  const context = await browser.newContext({ viewport: WIDE });
  const page = await context.newPage();
  await page.goto("/counsellors");
  await page.getByLabel("Your name, as couples will see it").fill("Dr. Okafor");
  await page.getByRole("button", { name: "Create my workspace" }).click();
  const link = await page.getByRole("textbox", { name: "Your workspace link" }).inputValue();
  const origin = new URL(link).origin;
  const token = link.split("/w/")[1]!;

  // The couples and their partners are made and driven from here, over the real sockets.
  const workspace = await connectWorkspace(origin, { token });
  const spaces = [];
  for (let i = 0; i < 50; i++) spaces.push(await workspace.createCouple(`Ada${i}`, `Bo${i}`));
  await page.getByRole("link", { name: "Open my workspace" }).click();
  await expect(page.getByRole("heading", { name: "Couples (50)" })).toBeVisible();
  await expect(page.locator(".couple")).toHaveCount(50);

  const partners = await Promise.all(spaces.map((space) => connectClient(origin, { token: space.tokens.partnerA }, { recordFrames: false })));
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window as unknown as { longTasks: number[] }).longTasks.push(e.duration))).observe({ type: "longtask" });
  });
  // Two drafts a second from every couple, for five seconds.
  for (let round = 0; round < 10; round++) {
    await Promise.all(partners.map((p, i) => p.send("statement:saveDraft", { draft: { appreciation: `draft ${round} ${i}` } })));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await expect(page.getByText(/^Ada\d+ is writing · Bo\d+ hasn’t started writing$/)).toHaveCount(50);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(`50 couples, 1000 changes: ${longTasks.length} long tasks in the page, longest ${Math.round(Math.max(0, ...longTasks))} ms`);
  await screenshot(page, "68-fifty-couples");
  await page.setViewportSize(PHONE);
  await page.getByText("Needs me now").click();
  await expect(page.locator(".couple")).toHaveCount(50);
  await page.getByLabel("Sort by").selectOption("name");
  await expect(page.locator(".couple h3").first()).toHaveText("Ada0 and Bo0");
  await screenshot(page, "68-fifty-couples");
  for (const partner of partners) partner.close();
  workspace.close();
  await context.close();
});

test("every device lost: the recovery code brings the counsellor back, and the old device is signed out", async ({ browser }) => {
  const oldDevice = await browser.newContext({ viewport: WIDE });
  const newDevice = await browser.newContext({ viewport: PHONE });
  const before = await oldDevice.newPage();
  await before.goto("/counsellors");
  await expect(before.getByLabel("Your name, as couples will see it")).toBeVisible();
  await expectAccessible(before, "counsellors-start");
  await before.getByLabel("Your name, as couples will see it").fill("Dr. Lee");
  await before.getByRole("button", { name: "Create my workspace" }).click();
  const recoveryCode = await before.getByRole("textbox", { name: "Your recovery code" }).inputValue();
  await expectAccessible(before, "counsellors-workspace-created");
  await before.getByRole("link", { name: "Open my workspace" }).click();
  await expect(before.getByRole("heading", { name: "Dr. Lee’s workspace" })).toBeVisible();

  const after = await newDevice.newPage();
  await after.goto("/counsellors/recover");
  await expect(after.getByLabel("The code you kept when you created your workspace")).toBeVisible();
  await expectAccessible(after, "counsellors-recover");
  await after.getByLabel("The code you kept when you created your workspace").fill(recoveryCode);
  await after.getByRole("button", { name: "Make me a new link" }).click();
  await expect(after.getByRole("heading", { name: "You’re back in" })).toBeVisible();
  await screenshot(after, "69-workspace-recovered");
  await after.getByRole("link", { name: "Open my workspace" }).click();
  await expect(after.getByRole("heading", { name: "Dr. Lee’s workspace" })).toBeVisible();
  await expect(before.getByRole("heading", { name: "We can’t open a workspace here" })).toBeVisible();
  await expect(before.getByText("This device was signed out of your workspace", { exact: false })).toBeVisible();
  await expect(before.getByRole("link", { name: "Use your recovery code" })).toBeVisible();
  await expectAccessible(before, "workspace-signed-out");
  await screenshot(before, "70-workspace-signed-out");
  await Promise.all([oldDevice.close(), newDevice.close()]);
});

test("another device joins the workspace with a short code, and both stay signed in", async ({ browser }) => {
  const laptop = await browser.newContext({ viewport: WIDE });
  const phone = await browser.newContext({ viewport: PHONE });
  const page = await laptop.newPage();
  await new WorkspacePage(page).create("Dr. Amari");
  await page.getByText("Your link and your devices").click();
  await page.getByRole("button", { name: "Show a code for another device" }).click();
  const code = await page.getByTestId("device-code").innerText();
  await screenshot(page, "70-add-a-device-code");

  const phonePage = await phone.newPage();
  await phonePage.goto("/add-device");
  await phonePage.getByLabel(/The 8 characters on your other device/).fill(code);
  await screenshot(phonePage, "71-add-this-device");
  await phonePage.getByRole("button", { name: "Sign this device in" }).click();
  await expect(phonePage.getByRole("heading", { name: "Dr. Amari’s workspace" })).toBeVisible();
  // The first device is still in: adding a device signs no one out.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Dr. Amari’s workspace" })).toBeVisible();
  await Promise.all([laptop, phone].map((c) => c.close()));
});
