import { expect, test, type Browser } from "@playwright/test";
import { AgreementPage, ProposalsScreen, skipReflecting, slot, writeAndSubmit } from "./support/proposal-pages";
import { openCouple, PHONE, WIDE } from "./support/couple";
import { screenshot } from "./support/screens";
import { RevealScreen } from "./support/statement-pages";


/** Ana creates the space on her phone, Ben joins on his, the counsellor follows on a laptop. */
async function aCoupleWithCounsellor(browser: Browser) {
  const couple = await openCouple(browser, {
    ana: { timezoneId: "Europe/Lisbon" },
    ben: { timezoneId: "Europe/Berlin" },
    counsellor: { timezoneId: "Europe/Lisbon" },
  });
  return { ...couple, counsellorPage: couple.counsellorPage! };
}

test("partners compare proposals, adjust one, and both choosing the same version makes the agreement", async ({ browser }) => {
  test.setTimeout(480_000);
  const { anaPage, benPage, counsellorPage, close } = await aCoupleWithCounsellor(browser);

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
  await new RevealScreen(benPage).expectRevealed(["Ana", "Ben"]);
  await skipReflecting(anaPage, benPage);

  // Proposals arrive a moment later, for everyone, as week calendars with their key figures.
  const ana = new ProposalsScreen(anaPage);
  const ben = new ProposalsScreen(benPage);
  const counsellor = new ProposalsScreen(counsellorPage);
  await Promise.all([ana.expectReady(), ben.expectReady(), counsellor.expectReady()]);
  await ana.open("Balanced");
  await expect(ana.detail.getByTestId("satisfaction-Ben")).toContainText("of the best possible for Ben");
  await expect(ana.detail).toContainText("Staying in touch while apart");
  await expect(ana.detail.locator(".plan-days")).toContainText("Sunday mornings to myself");
  await expect(ana.detail.locator(".plan-days")).toContainText("Your time");
  await screenshot(anaPage, "40-proposals");
  await screenshot(anaPage, "41-proposal-detail");

  // Ben changes the hours of his own need and asks again: everyone gets new proposals.
  await ben.askAgain("An evening with friends", { ideal: "4" }, (page) => screenshot(page, "42-ask-again"));
  await expect(ana.detail).toContainText("Ben gets 4 hours for An evening with friends", { timeout: 20_000 });
  await expect(anaPage.getByTestId("proposals-announcer")).toHaveText(/New proposals are ready/);
  await ben.expectReady();

  // Start small shows its weeks; the tabs follow the arrow keys.
  await ben.tab("Balanced").focus();
  await benPage.keyboard.press("ArrowRight");
  await expect(ben.tab("Start small")).toHaveAttribute("aria-selected", "true");
  await expect(ben.tab("Start small")).toBeFocused();
  // Its week-1 figures come with where it arrives, so it doesn't look poor beside the plan it grows into.
  await expect(ben.tab("Start small")).toContainText(/By week 4: Ana \d+%, you \d+%/);
  await expect(ben.detail.getByTestId("ramp-arrival")).toContainText(/By week 4: Ana \d+%, you \d+%/);
  await ben.detail.getByRole("tab", { name: "Week 2" }).click();
  await expect(ben.detail.getByRole("tab", { name: "Week 2" })).toHaveAttribute("aria-selected", "true");
  await screenshot(benPage, "43-start-small");
  await ben.open("Balanced");

  // The counsellor sees everything and has nothing to press.
  await expect(counsellor.detail.getByRole("button", { name: "We choose this one" })).toHaveCount(0);
  await expect(counsellor.adjuster).toHaveCount(0);
  await expect(counsellorPage.getByTestId("ask-again")).toHaveCount(0);
  await screenshot(counsellorPage, "44-counsellor-proposals");

  // Ana moves her Sunday morning: a busy time is refused with a reason, then a free time from the page is taken.
  await ana.chooseBlock("Sunday mornings to myself");
  await ana.setDayAndStart("Monday", "10:00");
  await ana.move();
  await expect(ana.refusal()).toHaveText("That time is busy for the person whose time it is.");
  await screenshot(anaPage, "45-adjust-refused");
  const freeFrom = await ana.pickFreeTimeOn("Saturday");
  await ana.move();
  await expect(ana.versionLine()).toHaveText("Version 2 · adjusted by Ana");
  await expect(ben.versionLine()).toHaveText("Version 2 · adjusted by Ana");
  await expect(ben.detail.locator(".plan-days")).toContainText(new RegExp(`Saturday.*${freeFrom}`));
  await expect(benPage.getByTestId("proposals-announcer")).toHaveText("Ana adjusted “Balanced”; it is now version 2.");
  await screenshot(benPage, "46-adjusted-seen-by-partner");

  // Ben chooses it; Ana hears about it and chooses the same version.
  await ben.accept();
  await expect(ben.choice()).toContainText("You chose this version.");
  await expect(ana.choice()).toContainText("Ben chose this version. If you choose it too, it becomes your agreement.");
  await expect(ana.tab("Balanced")).toContainText("Ben chose this");
  await screenshot(anaPage, "47-partner-chose");
  await ana.accept();

  const anaAgreement = new AgreementPage(anaPage);
  const benAgreement = new AgreementPage(benPage);
  await Promise.all([anaAgreement.expectShown(1), benAgreement.expectShown(1), new AgreementPage(counsellorPage).expectShown(1)]);
  await expect(anaAgreement.section).toContainText("chose “Balanced”, as Ana adjusted it.");
  await expect(anaAgreement.section.locator(".plan-days")).toContainText("Sunday mornings to myself");
  await expect(anaAgreement.section.getByTestId("gives-gets-Ben")).toContainText("An evening with friends");
  await expect(anaAgreement.section.getByTestId("agreement-review")).toHaveText(/\d{4}$/);
  await expect(benPage.getByTestId("proposals")).toHaveCount(0);
  // PAU7: with the agreement made there is nothing to pause, and the page says so.
  await expect(anaPage.getByRole("button", { name: "Pause", exact: true })).toHaveCount(0);
  await expect(anaPage.getByTestId("no-pause-note")).toContainText("nothing to pause");
  await screenshot(anaPage, "48-agreement");
  await screenshot(benPage, "48-agreement-partner");
  // What came before is folded, readable on demand.
  await anaPage.getByTestId("done-statements").getByText("What you each wrote", { exact: true }).click();
  await expect(anaPage.getByTestId("revealed-Ben")).toContainText("You make our home feel calm.");
  await screenshot(anaPage, "48-agreement-earlier-steps-open");

  // As it prints: the agreement alone, without buttons, the presence bar or the statements. Paper is wider than a phone.
  await anaPage.setViewportSize(WIDE);
  await anaPage.emulateMedia({ media: "print" });
  await expect(anaPage.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(anaPage.getByRole("heading", { name: "Hello, Ana" })).toBeHidden();
  await expect(anaAgreement.section.getByRole("heading", { name: "Agreement v1" })).toBeVisible();
  await screenshot(anaPage, "49-agreement-print");
  await anaPage.emulateMedia({ media: "screen" });
  await anaPage.setViewportSize(PHONE);

  // The agreement on its own page, on the same kind of live connection.
  await anaPage.goto(`${anaPage.url().replace(/\/$/, "")}/agreement`);
  await anaAgreement.expectShown(1);
  await expect(anaAgreement.section.getByTestId("agreement-made")).toHaveText(/\d{4} at \d{2}:\d{2}$/);
  await screenshot(anaPage, "50-agreement-page");
  await close();
});
