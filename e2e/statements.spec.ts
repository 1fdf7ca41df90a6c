import { expect, test, type Browser } from "@playwright/test";
import { openCouple } from "./support/couple";
import { screenshot } from "./support/screens";
import { RevealScreen, StatementForm, SubmittedStatement, slot, statementStatusOf } from "./support/statement-pages";

/** Ana creates the space on her phone; Ben joins on a touch phone; the counsellor on a laptop. */
/** Ben's phone takes touch, so the grid is painted by touch there. */
function aCouple(browser: Browser, options: { withCounsellor?: boolean } = {}) {
  return openCouple(browser, { ben: { hasTouch: true }, counsellor: options.withCounsellor ? {} : undefined });
}


test("partners write privately, submit, unlock, see both statements revealed at once, and reflect", async ({ browser }) => {
  const { anaPage, benPage, counsellorPage, close } = await aCouple(browser, { withCounsellor: true });
  const ana = new StatementForm(anaPage);
  const ben = new StatementForm(benPage);
  await ana.expectOpen();
  await ben.expectOpen();
  await expect(statementStatusOf(benPage, "Ana")).toContainText("hasn’t started writing yet");
  await screenshot(anaPage, "10-statement-empty");

  // Ana writes; drafts save as she types, and Ben sees only that she is writing.
  await ana.fillAppreciation("ANA-MARKER I love how we make each other laugh.");
  await ana.writeNeed(0, { label: "Sunday mornings to myself", minHours: "3", idealHours: "4" });
  await ana.addWindow(0, { days: ["Sun"], from: "08:00", to: "12:00", weight: "really matters" });
  await ana.paintWithMouse(slot(0, 9), slot(4, 16, 30));
  await ana.expectBusy(slot(2, 12));
  await ana.expectBusy(slot(4, 17), false);
  await ana.expectSaved();
  await expect(statementStatusOf(benPage, "Ana")).toContainText("is writing");
  await screenshot(anaPage, "11-statement-busy");
  await ana.goToPart("What you need");
  await screenshot(anaPage, "11-statement-need");

  // A reload mid-draft loses nothing: the draft comes back from the server.
  await ana.addFear({ kind: "Feeling neglected", words: "That my time alone feels like a door closing." });
  await ana.expectSaved();
  await anaPage.reload();
  await ana.expectOpen();
  await expect(ana.appreciation()).toHaveValue("ANA-MARKER I love how we make each other laugh.");
  await ana.goToPart("What you need");
  await expect(ana.needLabel(0)).toHaveValue("Sunday mornings to myself");
  await expect(anaPage.getByText("Sun, 08:00–12:00 (really matters)")).toBeVisible();
  await ana.goToPart("What you fear");
  await expect(anaPage.locator("#field-fears-0-words")).toHaveValue("That my time alone feels like a door closing.");
  await screenshot(anaPage, "11-statement-fear");
  await ana.expectBusy(slot(0, 9));

  // The same person on a second device finds the draft, and a change there reaches the first device.
  const anaSecondPage = await anaPage.context().newPage();
  const anaElsewhere = new StatementForm(anaSecondPage);
  await anaSecondPage.goto(anaPage.url());
  await expect(anaElsewhere.appreciation()).toHaveValue("ANA-MARKER I love how we make each other laugh.");
  await anaElsewhere.writeNeed(0, { label: "Sunday mornings to myself, unhurried" });
  await anaElsewhere.expectSaved();
  await ana.goToPart("What you need");
  await expect(ana.needLabel(0)).toHaveValue("Sunday mornings to myself, unhurried");
  await anaSecondPage.close();

  // Ben writes by touch on his phone; a missing need name is pointed out, and nothing he typed is lost.
  await ben.fillAppreciation("BEN-MARKER You make our home feel calm.");
  await ben.paintWithTouch(slot(1, 18), slot(3, 20, 30));
  await ben.expectBusy(slot(2, 19));
  await ben.expectBusy(slot(0, 19), false);
  await ben.submit();
  await expect(ben.problems()).toContainText("Need 1: Give this need a short name.");
  await expect(ben.partButton("What you need")).toContainText("needs a look");
  await screenshot(benPage, "12-statement-problems");
  // A problem's link opens its part at its field.
  await ben.problems().getByRole("link", { name: "Need 1: Give this need a short name." }).click();
  await expect(ben.needLabel(0)).toBeFocused();
  await expect(ben.needLabel(0)).toHaveAttribute("aria-invalid", "true");
  await ben.goToPart("What you value");
  await expect(ben.appreciation()).toHaveValue("BEN-MARKER You make our home feel calm.");
  await ben.writeNeed(0, { label: "One evening a week with friends", minHours: "3", idealHours: "5" });
  await ben.expectSaved();
  // SLP1: Ben works late and sleeps late; nothing is to be planned in his sleep hours.
  await ben.goToPart("When you’re busy");
  const sleep = benPage.getByRole("group", { name: "Usually asleep" });
  await sleep.getByLabel("From").selectOption({ label: "00:30" });
  await sleep.getByLabel("To").selectOption({ label: "08:30" });
  await expect(sleep).toContainText("Nothing is planned between 00:30 and 08:30.");
  await ben.expectSaved();

  // Ana submits: locked for her; Ben and the counsellor see "submitted" and not one word of it.
  await ana.submit();
  const anaLocked = new SubmittedStatement(anaPage);
  await anaLocked.expectLocked();
  await expect(statementStatusOf(benPage, "Ana")).toContainText("has submitted");
  await expect(statementStatusOf(counsellorPage!, "Ana")).toContainText("has submitted");
  await expect(statementStatusOf(counsellorPage!, "Ben")).toContainText("is writing");
  expect(await benPage.content()).not.toContain("ANA-MARKER");
  expect(await counsellorPage!.content()).not.toContain("ANA-MARKER");
  expect(await counsellorPage!.content()).not.toContain("BEN-MARKER");
  await expect(counsellorPage!.getByRole("heading", { name: "Your statement" })).toHaveCount(0);
  await screenshot(anaPage, "13-statement-submitted");
  await screenshot(benPage, "13-partner-sees-submitted");
  await screenshot(counsellorPage!, "13-counsellor-sees-statuses");

  // Ana unlocks (allowed until Ben submits), changes a word, and submits again.
  await anaLocked.unlock();
  await ana.expectOpen();
  await expect(statementStatusOf(benPage, "Ana")).toContainText("is writing");
  await ana.fillAppreciation("ANA-MARKER I love how we make each other laugh, every day.");
  await ana.submit();
  await anaLocked.expectLocked();
  await expect(anaPage.locator(".appreciation")).toHaveText("ANA-MARKER I love how we make each other laugh, every day.");

  // Ben's submit now shares both statements at once, and his form says so.
  await ben.goToPart("Ready to share");
  await expect(benPage.getByTestId("share-words")).toContainText("Ana has already submitted. Your submit shares both statements at once");
  await screenshot(benPage, "13-partner-submitted-share");
  // Ben submits: everyone sees both statements at once.
  await ben.submit();
  const anaReveal = new RevealScreen(anaPage);
  const benReveal = new RevealScreen(benPage);
  await Promise.all([
    anaReveal.expectRevealed(["Ana", "Ben"]),
    benReveal.expectRevealed(["Ana", "Ben"]),
    new RevealScreen(counsellorPage!).expectRevealed(["Ana", "Ben"]),
  ]);
  await expect(benPage.getByTestId("revealed-Ana")).toContainText("ANA-MARKER");
  await expect(benPage.getByTestId("revealed-Ana")).toContainText("Sun, 08:00–12:00 (really matters)");
  await expect(benPage.getByTestId("revealed-Ana")).toContainText("Sunday mornings to myself, unhurried");
  await expect(anaPage.getByTestId("revealed-Ben")).toContainText("BEN-MARKER");
  await expect(anaPage.getByTestId("revealed-Ben")).toContainText("Usually asleep 00:30–08:30.");
  await screenshot(benPage, "14-revealed");
  await screenshot(anaPage, "14-revealed");

  // Reflecting: Ana tries, Ben says "not quite", Ana tries again, Ben confirms.
  await anaReveal.offerReflection("Ben", { need: "You need evenings with friends.", fear: "" });
  await expect(benReveal.reflectionOfMe()).toContainText("You need evenings with friends.");
  await benReveal.notQuite("Ana", "It’s one evening, every week, that I can count on.");
  await expect(anaReveal.myReflection()).toContainText("It’s one evening, every week, that I can count on.");
  await screenshot(anaPage, "15-reflect-not-quite");
  await anaReveal.offerReflection("Ben", { need: "One evening every week with friends, that you can count on.", fear: "" });
  await benReveal.confirm();
  await expect(anaReveal.myReflection()).toContainText("Ben says: that’s it.");

  // And the other way round.
  await benReveal.offerReflection("Ana", {
    need: "Sunday mornings to yourself.",
    fear: "That taking time alone feels to me like a door closing.",
  });
  await expect(anaReveal.reflectionOfMe()).toContainText("Sunday mornings to yourself.");
  await screenshot(anaPage, "16-reflect-confirm");
  await screenshot(counsellorPage!, "16-counsellor-reflections");
  await anaReveal.confirm();

  await Promise.all([anaReveal.expectProposalsNext(), benReveal.expectProposalsNext()]);
  await screenshot(benPage, "17-proposals-next");
  await close();
});

test("both partners may skip reflecting, and either may take it back first", async ({ browser }) => {
  const { anaPage, benPage, close } = await aCouple(browser);
  for (const [page, name] of [
    [anaPage, "Ana"],
    [benPage, "Ben"],
  ] as const) {
    const form = new StatementForm(page);
    await form.writeBrief(name);
    if (name === "Ana") {
      // The grid works from the keyboard too: Tab lands on Monday 09:00, arrows move, Space marks.
      await form.goToPart("When you’re busy");
      await page.getByRole("gridcell", { name: "Monday 09:00, free" }).focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Space");
      await form.expectBusy(slot(0, 9, 30));
      await expect(page.getByRole("gridcell", { name: "Monday 09:30, busy" })).toBeFocused();
    }
    await form.submit();
  }
  const ana = new RevealScreen(anaPage);
  const ben = new RevealScreen(benPage);
  await ana.expectRevealed(["Ana", "Ben"]);

  await anaPage.getByRole("button", { name: "We’d rather skip this step" }).click();
  await expect(benPage.getByText("Ana would rather skip this step.")).toBeVisible();
  await anaPage.getByRole("button", { name: "Let’s reflect after all" }).click();
  await expect(benPage.getByText("This step is optional.")).toBeVisible();

  await anaPage.getByRole("button", { name: "We’d rather skip this step" }).click();
  await benPage.getByRole("button", { name: "Skip it together" }).click();
  await Promise.all([ana.expectProposalsNext(), ben.expectProposalsNext()]);
  await expect(anaPage.getByTestId("proposals-next")).toContainText("You chose to skip reflecting");
  await close();
});
