import { expect, test, type Browser } from "@playwright/test";
import { DateTime } from "luxon";
import { advanceServerClock, localInputIn, PauseScreen } from "./support/pause-pages";
import { openCouple } from "./support/couple";
import { screenshot } from "./support/screens";
import { StatementForm } from "./support/statement-pages";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";

/** Ana on her phone in Berlin, Ben on his in New York: each sees times on their own clock. */
function aCoupleApart(browser: Browser) {
  return openCouple(browser, { ana: { timezoneId: BERLIN }, ben: { timezoneId: NEW_YORK, hasTouch: true } });
}

test("a pause names a return time; everyone sees it on their own clock; it ends early, changes by consent, and resumes by itself", async ({
  browser,
}) => {
  const { anaPage, benPage, close } = await aCoupleApart(browser);
  const ana = new PauseScreen(anaPage, BERLIN);
  const ben = new PauseScreen(benPage, NEW_YORK);
  const benForm = new StatementForm(benPage);
  await benForm.expectOpen();
  const spaceUrl = anaPage.url();

  // PAU1: the dialog refuses a time under 20 minutes, saying why, and is gentle about more than a day.
  await ana.openPauseDialog();
  await screenshot(anaPage, "20-pause-dialog");
  await ana.chooseCustom(await localInputIn(anaPage, BERLIN, 10));
  await expect(ana.problem()).toContainText("at least 20 minutes");
  await screenshot(anaPage, "21-pause-too-soon");
  await ana.chooseCustom(await localInputIn(anaPage, BERLIN, 30 * 60));
  await expect(ana.problem()).toBeHidden();
  await expect(ana.dialog().getByTestId("long-pause-note")).toContainText("A shorter break usually works better");
  await ana.chooseCustom(await localInputIn(anaPage, BERLIN, 8 * 24 * 60));
  await expect(ana.problem()).toContainText("within the next 7 days");
  // Escape closes the dialog without pausing.
  await anaPage.keyboard.press("Escape");
  await expect(ana.dialog()).toBeHidden();
  await expect(ana.pauseButton()).toBeFocused();

  // Ana pauses for 20 minutes with a few words.
  await ana.pause("In 20 minutes", "I need to clear my head");
  const firstReturn = await ana.returnAt();
  await ana.expectReturnTime(firstReturn);
  await expect(ben.panel()).toContainText("Ana paused the conversation");
  await expect(ben.panel().getByTestId("pause-note")).toHaveText("“I need to clear my head”");
  await ben.expectReturnTime(firstReturn);
  await expect(ben.panel()).toContainText("New York time");
  await expect(ana.panel()).toContainText("Berlin time");
  await expect(ben.countdown()).toHaveText(/^(19|20):\d\d$/);

  // PAU3: nothing in the negotiation changes, but Ben's private draft still saves.
  await benForm.goToPart("Ready to share");
  await expect(benForm.submitButton()).toBeDisabled();
  await benForm.fillAppreciation("Ben writes while he waits.");
  await benForm.expectSaved();
  await screenshot(anaPage, "22-paused-by-me");
  await ben.startBreathingGuide();
  await screenshot(benPage, "23-paused-partner-sees-countdown");

  // PAU4: only Ana may resume early; both see it at once.
  await expect(ben.panel().getByRole("button", { name: "Resume now" })).toHaveCount(0);
  await ana.resumeNow();
  await expect(ana.resumedNote()).toBeFocused();
  await expect(ben.resumedNote()).toContainText("Ana resumed early at");
  await expect(ana.resumedNote()).toContainText("You resumed early at");
  await expect(ben.panel()).toHaveCount(0);
  await benForm.goToPart("Ready to share");
  await expect(benForm.submitButton()).toBeEnabled();
  await screenshot(benPage, "24-resumed-early");

  // PAU5: later Ben pauses for an hour; Ana proposes an earlier time; it changes only when Ben accepts.
  await ben.pause("In 1 hour");
  const benReturn = await ben.returnAt();
  await ana.expectReturnTime(benReturn);
  const earlierLocal = await localInputIn(anaPage, BERLIN, 30);
  await ana.proposeDifferentTime(earlierLocal, "Let’s try a bit sooner");
  const proposedAt = DateTime.fromISO(earlierLocal, { zone: BERLIN }).toUTC();
  await expect(ana.proposal()).toContainText(`You proposed ${ana.clock(proposedAt.toISO()!)} instead.`);
  await expect(ana.proposal()).toContainText("Waiting for Ben to answer.");
  await expect(ben.proposal()).toContainText(`Ana proposes ${ben.clock(proposedAt.toISO()!)} instead.`);
  await expect(ben.proposal().getByRole("button", { name: "Keep the original time" })).toBeVisible();
  await ben.expectReturnTime(benReturn);
  await screenshot(benPage, "25-proposal-to-answer");
  await ben.accept();
  await expect(ben.proposal()).toHaveCount(0);
  const changedReturn = await ben.returnAt();
  expect(Date.parse(changedReturn)).toBe(proposedAt.toMillis());
  await ana.expectReturnTime(changedReturn);
  await ben.expectReturnTime(changedReturn);
  await screenshot(anaPage, "26-new-time-accepted");

  // Add to calendar: an .ics in Ben's own zone, with its VTIMEZONE, linking to the space (never a personal link).
  const ics = await ben.downloadCalendarFile();
  expect(ics.name).toMatch(/\.ics$/);
  const unfolded = ics.text.replace(/\r\n /g, "");
  expect(unfolded).toContain(`DTSTART;TZID=${NEW_YORK}:${DateTime.fromISO(changedReturn).setZone(NEW_YORK).toFormat("yyyyMMdd'T'HHmmss")}`);
  expect(unfolded).toContain("BEGIN:VTIMEZONE");
  expect(unfolded).toContain(`TZID:${NEW_YORK}`);
  expect(unfolded).toContain("SUMMARY:Back to our conversation — Breathing Room");
  expect(unfolded).toContain(`URL:${spaceUrl}`);
  expect(unfolded).not.toContain("/j/");
  expect(unfolded).toMatch(/UID:pause-[0-9a-f-]{36}-\d+@breathing-room/);
  expect(unfolded).toContain("SEQUENCE:1");
  const anaIcs = await ana.downloadCalendarFile();
  expect(anaIcs.text).toContain(`DTSTART;TZID=${BERLIN}:${DateTime.fromISO(changedReturn).setZone(BERLIN).toFormat("yyyyMMdd'T'HHmmss")}`);
  expect(anaIcs.text.match(/UID:.*/)?.[0]).toBe(unfolded.match(/UID:.*/)?.[0]);

  // PAU4, PAU6: at the return time the conversation resumes by itself, on both devices, without a reload.
  await advanceServerClock(anaPage, 31);
  const resumedAt = /Resumed by itself at \d\d:\d\d/;
  await expect(ana.resumedNote()).toContainText(resumedAt);
  await expect(ben.resumedNote()).toContainText(resumedAt);
  await expect(ana.panel()).toHaveCount(0);
  await benForm.goToPart("Ready to share");
  await expect(benForm.submitButton()).toBeEnabled();
  await screenshot(anaPage, "27-resumed-by-itself");

  // Someone who arrives later sees that it resumed, and when (on their own clock).
  await benPage.reload();
  await expect(ben.resumedNote()).toContainText(resumedAt);

  // PAU4, PAU5: right then, Ben isn't ready: he asks for more time, and it pauses again once Ana agrees.
  await ben.askForMoreTime("In 20 minutes");
  await expect(ana.proposal()).toContainText("Ben asks for more time");
  await expect(ana.proposal().getByRole("button", { name: "Continue now" })).toBeVisible();
  await screenshot(anaPage, "28-more-time-asked");
  await ana.accept();
  await expect(ana.panel()).toContainText("Ben paused the conversation");
  await expect(ben.panel()).toContainText("You paused the conversation");

  // The timeline keeps every pause, change and resume, on each device's own clock (HIS1).
  await ana.showWholeTimeline();
  await ben.showWholeTimeline();
  await expect(ana.pauseLines()).toHaveCount(10);
  await expect(ana.timeline()).toContainText(`You paused the conversation until ${ana.clock(firstReturn)}. “I need to clear my head”`);
  await expect(ben.timeline()).toContainText(`Ana paused the conversation until ${ben.clock(firstReturn)}. “I need to clear my head”`);
  await expect(ben.timeline()).toContainText(`You paused the conversation until ${ben.clock(benReturn)}.`);
  await expect(ana.timeline()).toContainText(`Ben paused the conversation until ${ana.clock(benReturn)}.`);
  await expect(ben.timeline()).toContainText(`The return time is now ${ben.clock(changedReturn)}.`);
  await expect(ben.timeline()).toContainText("The conversation resumed by itself at the agreed time.");
  await expect(ana.timeline()).toContainText("Ben asked for more time, until");
  await ana.timeline().scrollIntoViewIfNeeded();
  await screenshot(anaPage, "29-paused-again-timeline");

  // It resumes by itself again; weeks later the page greets nobody: the resume is history, dated.
  await advanceServerClock(anaPage, 21);
  await expect(ana.resumedNote()).toContainText(resumedAt);
  for (let week = 0; week < 3; week++) await advanceServerClock(anaPage, 7 * 24 * 60);
  await anaPage.reload();
  await expect(ana.timeline()).toBeVisible();
  await expect(ana.resumedNote()).toHaveCount(0);
  await expect(anaPage.getByText("Welcome back")).toHaveCount(0);
  await expect(ana.pauseLines().first()).toContainText("The conversation resumed by itself at the agreed time.");
  await expect(ana.pauseLines().first().locator("time")).toHaveText(/^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2,3}, \d\d:\d\d$/);
  await close();
});

// PAU2, PAU3
test("a counsellor may pause too; while paused nobody can reflect; a counsellor's new time needs both partners", async ({ browser }) => {
  const couple = await openCouple(browser, {
    ana: { timezoneId: BERLIN },
    ben: { timezoneId: NEW_YORK },
    counsellor: { timezoneId: "Asia/Tokyo" },
  });
  const { anaPage, benPage } = couple;
  const counsellorPage = couple.counsellorPage!;

  for (const [page, name] of [
    [anaPage, "Ana"],
    [benPage, "Ben"],
  ] as const) {
    const form = new StatementForm(page);
    await form.writeBrief(name);
    await form.submit();
  }
  await expect(anaPage.getByRole("heading", { name: "Reflect what you heard" })).toBeVisible();

  const ana = new PauseScreen(anaPage, BERLIN);
  const ben = new PauseScreen(benPage, NEW_YORK);
  const counsellor = new PauseScreen(counsellorPage, "Asia/Tokyo");
  await counsellor.pause("In 1 hour", "Let’s all take a breath");
  const returnAt = await counsellor.returnAt();
  await counsellor.expectReturnTime(returnAt);
  await expect(counsellor.panel()).toContainText("Tokyo time");
  await ana.expectReturnTime(returnAt);
  await expect(ana.panel()).toContainText("Dr. Rivera paused the conversation");
  await expect(anaPage.getByLabel("What Ben needs most, in your words")).toBeDisabled();
  await expect(benPage.getByRole("button", { name: "Share with Ana" })).toBeDisabled();
  await expect(benPage.getByRole("button", { name: "We’d rather skip this step" })).toBeDisabled();
  await screenshot(counsellorPage, "30-counsellor-paused");

  // PAU5: a counsellor's different time needs both partners' yes; one yes is not enough.
  const laterLocal = await localInputIn(counsellorPage, "Asia/Tokyo", 90);
  await counsellor.proposeDifferentTime(laterLocal);
  await expect(counsellor.proposal()).toContainText("Waiting for Ana and Ben to answer.");
  await ana.accept();
  await expect(ana.proposal()).toContainText("Waiting for Ben to answer.");
  await ana.expectReturnTime(returnAt);
  await screenshot(benPage, "31-counsellor-proposal-partner");
  await ben.accept();
  const laterReturn = DateTime.fromISO(laterLocal, { zone: "Asia/Tokyo" }).toUTC().toISO()!;
  await counsellor.expectReturnTime(laterReturn);
  await ana.expectReturnTime(laterReturn);
  await ben.expectReturnTime(laterReturn);

  // PAU4: only the one who paused resumes early; then reflecting goes on.
  await expect(ana.panel().getByRole("button", { name: "Resume now" })).toHaveCount(0);
  await counsellor.resumeNow();
  await expect(ana.resumedNote()).toContainText("Dr. Rivera resumed early at");
  await expect(anaPage.getByLabel("What Ben needs most, in your words")).toBeEnabled();
  await screenshot(anaPage, "32-reflect-after-pause");
  await couple.close();
});
