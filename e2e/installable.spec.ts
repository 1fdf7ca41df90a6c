import { expect, test, type Page, type APIRequestContext } from "@playwright/test";
import { HomePage } from "./support/pages";
import { THEME_COLOUR } from "../app/theme-colour";

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };

/** Every answer of 400 or more the page asked for, from the first request on. */
function recordFailedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") failed.push(`console: ${message.text()}`);
  });
  return failed;
}

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(png: Buffer): string {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

async function fetchOk(request: APIRequestContext, url: string, contentType: RegExp) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(contentType);
  return response.body();
}

test("the app can be installed: its manifest, icons and theme colour are served, and no page asks for a missing file", async ({ page }) => {
  const failed = recordFailedRequests(page);
  const home = new HomePage(page);
  await home.open();

  const head = page.locator("head");
  await expect(head.locator('meta[name="theme-color"]')).toHaveAttribute("content", THEME_COLOUR);
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("sizes", "180x180");
  await expect(head.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
  const manifestHref = await head.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBeTruthy();

  const manifest = JSON.parse((await fetchOk(page.request, manifestHref!, /manifest\+json|json/)).toString("utf8"));
  expect(manifest).toMatchObject({ name: "Breathing Room", display: "standalone", start_url: "/", theme_color: THEME_COLOUR });
  const icons = manifest.icons as ManifestIcon[];
  for (const purpose of ["any", "maskable"]) {
    for (const sizes of ["192x192", "512x512"]) {
      expect(icons, `${purpose} ${sizes}`).toContainEqual(expect.objectContaining({ sizes, purpose, type: "image/png" }));
    }
  }
  for (const icon of icons) {
    const body = await fetchOk(page.request, icon.src, new RegExp(icon.type.replace("+", "\\+")));
    if (icon.type === "image/png") expect(pngSize(body), icon.src).toBe(icon.sizes);
  }
  const appleHref = await head.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect(pngSize(await fetchOk(page.request, appleHref!, /image\/png/))).toBe("180x180");
  const favicon = await fetchOk(page.request, "/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/);
  expect(favicon.readUInt16LE(2), "an icon resource").toBe(1);

  // Into a space and back: every screen on the way loads without a missing file.
  await home.createSpace({ me: "Ana", partner: "Ben" });
  await home.goToSpace();
  await expect(page.getByRole("heading", { name: "Hello, Ana" })).toBeVisible();
  await page.goto("/counsellors");
  await expect(page.getByRole("button", { name: "Create my workspace" })).toBeVisible();
  expect(failed).toEqual([]);
});
