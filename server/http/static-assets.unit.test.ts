import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressStaticAssets } from "../build/precompress";
import { acceptedEncodings, servePrecompressedAsset } from "./static-assets";

const script = `console.log(${JSON.stringify("a calm page ".repeat(400))});`;
let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "br-static-"));
  mkdirSync(path.join(dir, "chunks"));
  writeFileSync(path.join(dir, "chunks", "page.js"), script);
  writeFileSync(path.join(dir, "chunks", "tiny.js"), "1");
  writeFileSync(path.join(dir, "chunks", "photo.png"), Buffer.alloc(4096, 1));
  precompressStaticAssets(dir);
  server = createServer((req, res) => {
    if (!servePrecompressedAsset(req, res, dir, [["X-Content-Type-Options", "nosniff"]])) {
      res.statusCode = 299; // stands for "left to Next"
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request: no client in between that would decompress the body. */
function get(pathname: string, headers: Record<string, string>, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${origin}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("build assets served from their precompressed copies", () => {
  it("a browser that accepts brotli gets the brotli copy, cached for good, with the usual headers", async () => {
    const res = await get("/_next/static/chunks/page.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(res.headers["vary"]).toBe("Accept-Encoding");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it("gzip when brotli is not accepted, and Next's own answer when neither is", async () => {
    const gzip = await get("/_next/static/chunks/page.js", { "accept-encoding": "gzip, br;q=0" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    expect((await get("/_next/static/chunks/page.js", { "accept-encoding": "identity" })).status).toBe(299);
    expect((await get("/_next/static/chunks/page.js", {})).status).toBe(299);
  });

  it("a repeat visit with the ETag gets 304 and no body; HEAD gets the headers alone", async () => {
    const first = await get("/_next/static/chunks/page.js", { "accept-encoding": "br" });
    const again = await get("/_next/static/chunks/page.js", { "accept-encoding": "br", "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get("/_next/static/chunks/page.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(first.headers["content-length"]);
  });

  it("leaves to Next what has no copy, is not an asset, or points outside the folder", async () => {
    const br = { "accept-encoding": "br, gzip" };
    expect((await get("/_next/static/chunks/tiny.js", br)).status).toBe(299);
    expect((await get("/_next/static/chunks/photo.png", br)).status).toBe(299);
    expect((await get("/_next/static/chunks/missing.js", br)).status).toBe(299);
    expect((await get("/s/abc", br)).status).toBe(299);
    expect((await get("/_next/static/..%2F..%2Fetc%2Fpasswd", br)).status).toBe(299);
    expect((await get("/_next/static/chunks/%E0%A4%A", br)).status).toBe(299);
  });

  it("reads Accept-Encoding with its q-values and wildcard", () => {
    expect(acceptedEncodings("gzip, deflate, br, zstd")).toEqual(new Set(["gzip", "deflate", "br", "zstd"]));
    expect(acceptedEncodings("br;q=0, gzip;q=0.5")).toEqual(new Set(["gzip"]));
    expect(acceptedEncodings("*")).toEqual(new Set(["br", "gzip"]));
    expect(acceptedEncodings("*;q=0.1, gzip;q=0")).toEqual(new Set(["br"]));
    expect(acceptedEncodings(undefined)).toEqual(new Set());
  });
});
