import { readFile } from "node:fs/promises";
import { readCalendar } from "../core/calendar/testing/read-calendar";
import { expect, test, type Page } from "@playwright/test";
import { advanceServerClock } from "./support/pause-pages";
import { AgreementPage, ProposalsScreen, skipReflecting, slot, writeAndSubmit } from "./support/proposal-pages";
import { openCouple } from "./support/couple";
import { screenshot } from "./support/screens";
import { RevealScreen, StatementForm } from "./support/statement-pages";

/** The test server's clock moves at most 8 days a call. */
async function moveServerClockWeeks(page: Page, weeks: number) {
  let minutes = weeks * 7 * 24 * 60 + 1;
  while (minutes > 0) {
    const step = Math.min(minutes, 8 * 24 * 60);
    await advanceServerClock(page, step);
    minutes -= step;
  }
}

/** Both partners choose the balanced proposal: the agreement (or its next version). */
async function bothChooseBalanced(anaPage: Page, benPage: Page) {
  const ana = new ProposalsScreen(anaPage);
  const ben = new ProposalsScreen(benPage);
  await Promise.all([ana.expectReady(), ben.expectReady()]);
  await ana.open("Balanced");
  await ana.accept();
  await ben.open("Balanced");
  await ben.accept();
}

/** One partner's check-in through the form: two taps per part, a few words, each fear. */
async function checkIn(page: Page, answers: { kept: string; felt: string; change?: string; eased: string }) {
  const form = page.getByTestId("check-in-form");
  await expect(form).toBeVisible();
  for (const part of ["myAlone", "partnerAlone", "together", "inTouch"]) {
    const group = form.getByTestId(`check-in-part-${part}`);
    await group.getByRole("radio", { name: answers.kept, exact: true }).check();
    await group.getByRole("radio", { name: answers.felt, exact: true }).check();
  }
  if (answers.change) {
    const together = form.getByTestId("check-in-part-together");
    await together.getByText("Add a few words").click();
    await together.getByLabel("What to change").fill(answers.change);
  }
  await form.getByTestId("check-in-fears").getByRole("radio", { name: answers.eased }).first().check();
  await expect(page.getByTestId("save-indicator")).toHaveText(/Saved/);
}

test("a month later: check in, read both answers, adjust, and agree on version 2", async ({ browser }) => {
  test.setTimeout(1_800_000);
  const { anaPage, benPage, counsellorPage, close } = await openCouple(browser, {
    ana: { timezoneId: "Europe/Lisbon" },
    ben: { timezoneId: "Europe/Berlin" },
    counsellor: { timezoneId: "Europe/Lisbon" },
  });
  const counsellor = counsellorPage!;

  await writeAndSubmit(anaPage, {
    appreciation: "I love how we make each other laugh.",
    need: { label: "Sunday mornings to myself", minHours: "3", idealHours: "4", window: { days: ["Sat", "Sun"], from: "08:00", to: "13:00", weight: "really matters" } },
    together: { label: "Date night", window: { days: ["Fri"], from: "19:00", to: "23:00", weight: "really matters" } },
    fear: { kind: "Feeling neglected", words: "That time alone feels like a door closing." },
    busy: { from: slot(0, 9), to: slot(4, 16, 30) },
  });
  await writeAndSubmit(benPage, {
    appreciation: "You make our home feel calm.",
    need: { label: "An evening with friends", minHours: "3", idealHours: "5", window: { days: ["Wed", "Thu"], from: "18:00", to: "23:00", weight: "preferred" } },
    fear: { kind: "Trust", words: "That you’ll wonder where I am." },
    busy: { from: slot(0, 8), to: slot(4, 17, 30) },
  });
  await new RevealScreen(anaPage).expectRevealed(["Ana", "Ben"]);
  await skipReflecting(anaPage, benPage);
  await bothChooseBalanced(anaPage, benPage);
  await new AgreementPage(anaPage).expectShown(1);
  await new AgreementPage(benPage).expectShown(1);

  // Before the review date: when it is, and a way to ask for an early one (CHK1, CHK2).
  await expect(anaPage.getByTestId("next-review")).toContainText("You agreed to look at your week again on");
  await expect(anaPage.getByRole("button", { name: "Ask for an early check-in" })).toBeVisible();
  await screenshot(anaPage, "80-check-in-not-yet");

  // Four weeks later the check-in is offered.
  await moveServerClockWeeks(anaPage, 4);
  await Promise.all([anaPage.reload(), benPage.reload(), counsellor.reload()]);
  await expect(anaPage.getByTestId("next-review")).toContainText("Your review date has come");
  await anaPage.getByRole("button", { name: "Check in on how it’s going" }).click();
  await checkIn(anaPage, { kept: "Partly", felt: "Uneasy", change: "MARKER-ANA-CHANGE: Fridays run late", eased: "A little" });
  await screenshot(anaPage, "81-check-in-form");

  // Ben sees only that Ana is answering; never her words (CHK4).
  await benPage.reload();
  await expect(benPage.getByTestId("check-in-status-Ana")).toHaveAttribute("data-status", "writing");
  await expect(benPage.locator("body")).not.toContainText("MARKER-ANA");
  await anaPage.getByRole("button", { name: "Send my check-in" }).click();
  await expect(anaPage.getByTestId("check-in-sent")).toBeVisible();
  await expect(benPage.getByTestId("check-in-status-Ana")).toHaveAttribute("data-status", "submitted");
  await expect(counsellor.getByTestId("check-in-status-Ana")).toHaveAttribute("data-status", "submitted");
  await screenshot(counsellor, "82-counsellor-check-in-waiting");
  await expect(counsellor.locator("body")).not.toContainText("MARKER-ANA");

  await checkIn(benPage, { kept: "Kept", felt: "Good", eased: "Yes, it eased" });
  await benPage.getByRole("button", { name: "Send my check-in" }).click();

  // The reveal: both answers side by side, per part, for everyone at once.
  for (const page of [anaPage, benPage, counsellor]) {
    await expect(page.getByTestId("check-in-answers")).toContainText("MARKER-ANA-CHANGE");
  }
  await expect(anaPage.getByTestId("check-in-answers")).toContainText("Ben’s own time");
  await screenshot(anaPage, "83-check-in-revealed");
  await screenshot(counsellor, "84-counsellor-check-in-revealed");

  // Ana proposes to adjust; Ben confirms by choosing the same (CHK6).
  const decision = anaPage.getByTestId("check-in-decision");
  await decision.getByRole("radio", { name: /Adjust it/ }).check();
  await decision.getByRole("button", { name: "Choose this" }).click();
  await expect(decision.getByTestId("my-choice")).toContainText("You chose to adjust the agreement");
  await expect(benPage.getByTestId("partner-choice")).toContainText("Ana chose to adjust the agreement");
  await screenshot(benPage, "85-check-in-decision");
  await benPage.getByTestId("partner-choice").getByRole("button", { name: "Choose the same" }).click();

  // Round 2: each statement is prefilled from the last one; the agreement still holds (CHK7).
  for (const page of [anaPage, benPage]) {
    await expect(page.getByTestId("new-round-note")).toContainText("Your last statement is filled in");
  }
  const anaForm = new StatementForm(anaPage);
  await anaForm.expectOpen();
  await anaForm.goToPart("What you value");
  await expect(anaForm.appreciation()).toHaveValue("I love how we make each other laugh.");
  await screenshot(anaPage, "86-adjust-prefilled");
  const benForm = new StatementForm(benPage);
  await benForm.fillAppreciation("You make our home feel calm, and you listened this month.");
  await benForm.expectSaved();
  await anaForm.submit();
  await benForm.submit();
  await new RevealScreen(anaPage).expectRevealed(["Ana", "Ben"]);
  await skipReflecting(anaPage, benPage);
  await bothChooseBalanced(anaPage, benPage);
  await new AgreementPage(anaPage).expectShown(2);
  await new AgreementPage(benPage).expectShown(2);

  // The first check-in stays with the agreement, with its date and what was decided (CHK8).
  const history = anaPage.getByTestId("check-in-history");
  await expect(history).toContainText("Check-in 1");
  await expect(history).toContainText("version 1 · chose to adjust it");
  await history.getByText("Check-in 1").click();
  await expect(history).toContainText("MARKER-ANA-CHANGE");
  await screenshot(anaPage, "87-version-2-with-check-in");

  // VER1, VER2: both versions, the newer saying what changed; HIS1: the story has it all, dated.
  const versions = anaPage.getByTestId("agreement-versions");
  await expect(versions.getByTestId("agreement-version-2")).toContainText("Version 2 (in force)");
  await expect(versions.getByTestId("agreement-version-2").getByRole("list", { name: "What changed from version 1" })).toBeVisible();
  await expect(versions.getByTestId("agreement-version-1")).toContainText("The first agreement.");
  const story = anaPage.getByTestId("space-timeline");
  await expect(story).toContainText("Agreement v2 made:");
  await expect(story).toContainText("Check-in 1: both answers shared at once.");
  await expect(story).toContainText("Check-in 1: you chose together to adjust the agreement.");

  // CAL1, CAL2: the calendar file of version 2, read as a calendar app reads it.
  const [download] = await Promise.all([
    anaPage.waitForEvent("download"),
    anaPage.getByTestId("agreement-calendar").getByRole("link", { name: "Download for your calendar" }).click(),
  ]);
  const calendar = readCalendar(await readFile((await download.path())!, "utf8"));
  expect(calendar.events.some((e) => e.rrule?.includes("FREQ=WEEKLY"))).toBe(true);
  await screenshot(anaPage, "88-version-2-versions-and-story");
  await close();
});
