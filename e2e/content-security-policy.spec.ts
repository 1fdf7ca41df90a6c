import { expect, test } from "@playwright/test";
import { HomePage, SpacePage } from "./support/pages";

test("pages carry a strict Content-Security-Policy and JSON answers nosniff", async ({ request }) => {
  const page = await request.get("/");
  const policy = page.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  // A fresh nonce for every response.
  expect((await request.get("/")).headers()["content-security-policy"]).not.toBe(policy);
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");

  const json = await request.get("/api/your-spaces");
  expect(json.headers()["content-type"]).toContain("application/json");
  expect(json.headers()["x-content-type-options"]).toBe("nosniff");
  const malformed = await request.get("/s/%E0%A4%A");
  expect(malformed.status()).toBe(400);
  expect(malformed.headers()["x-content-type-options"]).toBe("nosniff");
});

test("creating a space and meeting in it work under the policy, with no violation in the console", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.effectiveDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}`));
  });

  const home = new HomePage(page);
  await home.open();
  await home.createSpace({ me: "Ana", partner: "Ben" });
  await home.goToSpace();
  await new SpacePage(page).expectGreeting("Ana");
  await expect(page.locator("script[nonce]").first()).toBeAttached();

  expect(violations).toEqual([]);
  await context.close();
});
