import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { HomePage, SpacePage } from "./pages";

export const PHONE = { width: 390, height: 844 };
export const WIDE = { width: 1280, height: 800 };

export type CoupleOptions = {
  ana?: BrowserContextOptions;
  ben?: BrowserContextOptions;
  /** A counsellor on a laptop when given; none otherwise. */
  counsellor?: BrowserContextOptions;
};

export type Couple = { anaPage: Page; benPage: Page; counsellorPage: Page | null; close: () => Promise<unknown> };

/**
 * The two-partner fixture: Ana creates the space on her phone, Ben opens his personal
 * link on his, and the counsellor (if any) follows on a laptop; each in their own
 * browser context, so nothing is shared but the links.
 */
export async function openCouple(browser: Browser, options: CoupleOptions = {}): Promise<Couple> {
  const anaContext = await browser.newContext({ viewport: PHONE, ...options.ana });
  const benContext = await browser.newContext({ viewport: PHONE, ...options.ben });
  const counsellorContext = options.counsellor ? await browser.newContext({ viewport: WIDE, ...options.counsellor }) : null;
  const anaPage = await anaContext.newPage();
  const home = new HomePage(anaPage);
  await home.open();
  await home.createSpace({ me: "Ana", partner: "Ben", counsellor: counsellorContext ? "Dr. Rivera" : undefined });
  const benLink = await home.linkOf("Ben");
  const counsellorLink = counsellorContext ? await home.linkOf("Dr. Rivera") : null;
  await home.goToSpace();
  await new SpacePage(anaPage).expectGreeting("Ana");
  const benPage = await benContext.newPage();
  await benPage.goto(benLink);
  await new SpacePage(benPage).expectGreeting("Ben");
  let counsellorPage: Page | null = null;
  if (counsellorContext && counsellorLink) {
    counsellorPage = await counsellorContext.newPage();
    await counsellorPage.goto(counsellorLink);
    await new SpacePage(counsellorPage).expectGreeting("Dr. Rivera");
  }
  const close = () => Promise.all([anaContext, benContext, counsellorContext].map((c) => c?.close()));
  return { anaPage, benPage, counsellorPage, close };
}
