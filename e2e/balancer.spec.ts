import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { startBalancedCluster, stickyServerOf, stopChild, type BalancedCluster } from "./support/balanced-cluster";
import { PHONE } from "./support/couple";
import { screenshot } from "./support/screens";
import { HomePage, SpacePage } from "./support/pages";
import { RevealScreen, StatementForm, statementStatusOf } from "./support/statement-pages";

// Two production server processes behind HAProxy (deploy/haproxy.cfg), on a PostgreSQL and a
// Redis of their own; the browsers know only the balancer's address.
let cluster: BalancedCluster;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = await startBalancedCluster(2);
});

test.afterAll(async () => {
  await cluster?.stop();
});

/** Ben opens his link in a browser of his own; the balancer puts him on the process with fewer connections. */
async function benOnAnotherProcess(browser: Browser, link: string, anaServer: string): Promise<{ context: BrowserContext; page: Page }> {
  for (let tries = 0; tries < 4; tries++) {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(link);
    await new SpacePage(page).expectGreeting("Ben");
    if ((await stickyServerOf(context)) !== anaServer) return { context, page };
    await context.close();
  }
  throw new Error("the balancer put both partners on one process");
}

test("through the balancer the partners are on different processes; Ben's process dies, his page reconnects and the reveal reaches both", async ({ browser }) => {
  const anaContext = await browser.newContext({ viewport: PHONE, baseURL: cluster.url });
  const anaPage = await anaContext.newPage();
  const home = new HomePage(anaPage);
  await home.open();
  await home.createSpace({ me: "Ana", partner: "Ben" });
  const benLink = await home.linkOf("Ben");
  expect(benLink.startsWith(cluster.url)).toBe(true);
  await home.goToSpace();
  await new SpacePage(anaPage).expectGreeting("Ana");
  const anaServer = (await stickyServerOf(anaContext))!;
  expect(cluster.servers.has(anaServer)).toBe(true);
  const { context: benContext, page: benPage } = await benOnAnotherProcess(browser, benLink, anaServer);
  const benServer = (await stickyServerOf(benContext))!;
  expect(cluster.servers.has(benServer)).toBe(true);
  expect(benServer).not.toBe(anaServer);

  // What Ana does on her process reaches Ben on his.
  const ana = new StatementForm(anaPage);
  const ben = new StatementForm(benPage);
  await ana.expectOpen();
  await ben.expectOpen();
  await ana.fillAppreciation("How you make the mornings easy.");
  await expect(statementStatusOf(benPage, "Ana")).toContainText("is writing");
  await ana.writeNeed(0, { label: "Sunday mornings to myself", minHours: "3", idealHours: "4" });
  await ana.expectSaved();
  await ben.fillAppreciation("Your calm on busy days.");
  await ben.writeNeed(0, { label: "One evening a week with friends", minHours: "3", idealHours: "5" });
  await ben.expectSaved();
  await ana.submit();
  await expect(statementStatusOf(benPage, "Ana")).toContainText("has submitted");

  // Ben's process is killed. His page reconnects through the balancer to the other process
  // and his submit, sent while it was away or kept until answered, makes the reveal for both.
  await stopChild(cluster.servers.get(benServer)!, "SIGKILL");
  await ben.submit();
  await new RevealScreen(benPage).expectRevealed(["Ana", "Ben"]);
  await new RevealScreen(anaPage).expectRevealed(["Ana", "Ben"]);
  expect(await stickyServerOf(benContext)).toBe(anaServer);
  await screenshot(benPage, "80-reveal-after-reconnect-through-balancer");
  await Promise.all([anaContext.close(), benContext.close()]);
});
