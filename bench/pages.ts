import { chromium, type Browser, type Page, type Request } from "@playwright/test";
import { ensureProductionBuild } from "../server/build/ensure-build";
import { ROOT_DIR } from "../server/run";
import { startProductionServer } from "./support/production-server";
import { createSpaceThroughApi } from "../server/testing/test-server";
import { benchDatabase } from "./support/bench-database";

/**
 * How much script each page makes a browser fetch on its first visit (empty cache), from the
 * production build as `npm start` serves it: transferred (the bytes on the wire, compressed as
 * the server sent them) and unpacked (what the browser parses). The floor, measured in the
 * same run: a page with no client code of ours (the link-problem page), i.e. React and
 * Next's runtime alone. The target is the space page under 150 KB transferred.
 */
const TARGET_SPACE_KB = 150;

type PageWeight = { scripts: number; transferredKb: number; unpackedKb: number };

ensureProductionBuild(ROOT_DIR, (message) => console.log(message));
const database = await benchDatabase();
const server = await startProductionServer(database.env);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

try {
  const space = await createSpaceThroughApi(server.url);
  const partnerLink = space.links.find((link) => link.role === "partnerA")!.link;
  const joinPath = new URL(partnerLink).pathname;

  const weights = {
    floor: await firstVisit(browser, server.url, "/link-problem?reason=unknown", (page) => page.getByRole("heading", { level: 1 }).waitFor()),
    home: await firstVisit(browser, server.url, "/", (page) => page.getByRole("button", { name: "Create our space" }).waitFor()),
    counsellors: await firstVisit(browser, server.url, "/counsellors", (page) => page.getByRole("button", { name: "Create my workspace" }).waitFor()),
    // The space as a partner first sees it: the join link, then the writing step's form
    // (its first part; the submit button waits in the last).
    space: await firstVisit(browser, server.url, joinPath, (page) => page.getByLabel("Something you appreciate").waitFor()),
  };

  for (const [name, weight] of Object.entries(weights)) {
    console.log(`${name.padEnd(12)} ${String(weight.scripts).padStart(3)} scripts  ${weight.transferredKb.toFixed(1).padStart(7)} KB transferred  ${weight.unpackedKb.toFixed(1).padStart(7)} KB unpacked`);
  }
  const ratio = (kb: number) => Math.round((kb / weights.floor.transferredKb) * 100) / 100;
  console.log(
    `RESULT ${JSON.stringify({
      bench: "pages",
      metric: "space page first-load script, transferred, as a multiple of the floor page's",
      ratio: ratio(weights.space.transferredKb),
      homeRatio: ratio(weights.home.transferredKb),
      spaceTransferredKb: weights.space.transferredKb,
      spaceUnpackedKb: weights.space.unpackedKb,
      targetSpaceKb: TARGET_SPACE_KB,
      isUnderTarget: weights.space.transferredKb < TARGET_SPACE_KB,
      pages: weights,
    })}`,
  );
} finally {
  await browser.close();
  await server.stop();
  await database.drop();
}

/**
 * Opens `path` in a fresh browser context (so nothing is cached), waits until the page is
 * ready and the network is quiet, and adds up the scripts it fetched on the way.
 */
async function firstVisit(browser: Browser, origin: string, path: string, isReady: (page: Page) => Promise<unknown>): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const measured: Promise<{ transferred: number; unpacked: number }>[] = [];
  const onFinished = (request: Request) => {
    if (request.resourceType() !== "script") return;
    measured.push(
      (async () => {
        const response = await request.response();
        const [sizes, body] = await Promise.all([request.sizes(), response!.body()]);
        return { transferred: sizes.responseBodySize, unpacked: body.length };
      })(),
    );
  };
  page.on("requestfinished", onFinished);
  await page.goto(`${origin}${path}`);
  await isReady(page);
  // Chunks loaded right after hydration (a step's code, say) belong to the first visit too.
  await page.waitForLoadState("networkidle");
  page.off("requestfinished", onFinished);
  const scripts = await Promise.all(measured);
  await context.close();
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return {
    scripts: scripts.length,
    transferredKb: kb(scripts.reduce((sum, s) => sum + s.transferred, 0)),
    unpackedKb: kb(scripts.reduce((sum, s) => sum + s.unpacked, 0)),
  };
}
