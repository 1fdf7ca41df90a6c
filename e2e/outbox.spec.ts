import { expect, test } from "@playwright/test";
import { screenshot } from "./support/screens";
import { expectAccessible } from "./support/accessibility";
import { openCouple } from "./support/couple";
import { SpacePage } from "./support/pages";
import { SocketLine } from "./support/socket-line";
import { StatementForm, SubmittedStatement, statementStatusOf } from "./support/statement-pages";

test("INP3: what a partner writes and submits while cut off is kept across a reload and arrives exactly once", async ({ browser }) => {
  const { anaPage, benPage, close } = await openCouple(browser);
  const line = await SocketLine.install(benPage.context());
  // Ben's socket runs through the line from here on.
  await benPage.reload();
  const ben = new StatementForm(benPage);
  const benNote = benPage.getByTestId("connection-note");
  const benSpace = new SpacePage(benPage);
  await ben.expectOpen();
  await line.expectWebsocket();
  await benSpace.expectOnline("Ana");

  // Cut off, Ben writes; his phone keeps the newest draft and says so, calmly.
  await line.cut();
  await expect(benNote).toContainText("Reconnecting");
  // Cut off, his phone cannot know whether Ana is still there: it no longer says she is online.
  await expect(benSpace.presenceOf("Ana")).toHaveText("last seen online");
  await expectAccessible(benPage, "presence-while-offline");
  await ben.writeBrief("BEN-OUTBOX");
  await expect(benNote).toHaveText("Offline for now. 1 change kept on this device, to be sent when you’re back online.");
  await screenshot(benPage, "12-change-kept-offline");

  // A reload while still cut off loses nothing: the draft waits in this browser.
  await benPage.reload();
  await expect(benPage.getByText("Opening your space…")).toBeVisible();
  line.open();
  await expect(ben.appreciation()).toHaveValue("BEN-OUTBOX values our mornings.");
  await ben.goToPart("What you need");
  await expect(ben.needLabel(0)).toHaveValue("An hour to read");
  await ben.expectSaved();
  await expect(statementStatusOf(anaPage, "Ben")).toContainText("is writing");
  await line.expectWebsocket();
  // Every keystroke offline became one save, sent once.
  const draftSaves = line.commandsSent().filter((c) => c.type === "statement:saveDraft");
  expect(draftSaves).toHaveLength(1);
  expect(line.answers().find((a) => a.id === draftSaves[0]!.id)?.ack).toMatchObject({ ok: true });

  // Ben submits; the server stores it, but its answer is lost on the way back.
  line.deafen();
  await ben.submit();
  await expect(statementStatusOf(anaPage, "Ben")).toContainText("submitted");
  await expect(benNote).toHaveText("Saving 1 change…");
  const [submit] = line.commandsSent().filter((c) => c.type === "statement:submit");
  expect(submit).toBeDefined();

  // He gives up waiting and reloads without a connection; when it is back, his phone sends the same command again.
  await line.cut();
  await benPage.reload();
  line.open();
  await new SubmittedStatement(benPage).expectLocked();
  // Stored by its first arrival, answered as a duplicate ever after (INP2).
  await expect.poll(() => line.answers().filter((a) => a.id === submit!.id).length).toBeGreaterThanOrEqual(2);
  const [first, ...again] = line.answers().filter((a) => a.id === submit!.id).map((a) => a.ack);
  expect(first).toMatchObject({ ok: true });
  expect(first!.duplicate).toBeUndefined();
  for (const ack of again) expect(ack).toMatchObject({ ok: true, duplicate: true });
  const submits = line.commandsSent().filter((c) => c.type === "statement:submit");
  expect(new Set(submits.map((c) => c.id))).toEqual(new Set([submit!.id]));
  await expect(benNote).toHaveText("Connected");
  await benSpace.expectOnline("Ana");
  await expect(statementStatusOf(anaPage, "Ben")).toContainText("submitted");
  // Nothing is left behind in the browser once the server has answered.
  expect(await benPage.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("breathing-room:outbox:")))).toEqual([]);
  await close();
});
