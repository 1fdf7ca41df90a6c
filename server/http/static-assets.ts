import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const PREFIX = "/_next/static/";

const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
  ".json": "application/json; charset=UTF-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=UTF-8",
  ".map": "application/json; charset=UTF-8",
};

/** The copies precompress.ts writes, best first. */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/**
 * Serves a build asset (/_next/static/…) from its precompressed copy when the browser
 * accepts that encoding and the copy exists; returns false to leave the request to Next
 * otherwise (a browser that accepts neither, a file without copies, the dev server).
 * Asset names carry a hash of their content, so they are cached for good, as Next does.
 * `extraHeaders` are the headers Next would add to every response (next.config.js).
 */
export function servePrecompressedAsset(req: IncomingMessage, res: ServerResponse, staticDir: string, extraHeaders: [string, string][]): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const file = assetFile(req.url, staticDir);
  if (!file) return false;
  const contentType = CONTENT_TYPES[path.extname(file)];
  if (!contentType) return false;
  const accepted = acceptedEncodings(req.headers["accept-encoding"]);
  for (const encoding of ENCODINGS) {
    if (!accepted.has(encoding.name)) continue;
    const copy = `${file}${encoding.suffix}`;
    const stats = statIfFile(copy);
    if (!stats) continue;
    const etag = `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}-${encoding.name}"`;
    for (const [name, value] of extraHeaders) res.setHeader(name, value);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Content-Type", contentType);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("ETag", etag);
    if (req.headers["if-none-match"] === etag) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.setHeader("Content-Encoding", encoding.name);
    res.setHeader("Content-Length", stats.size);
    res.statusCode = 200;
    if (req.method === "HEAD") res.end();
    else createReadStream(copy).on("error", () => res.destroy()).pipe(res);
    return true;
  }
  return false;
}

/** The file a /_next/static URL names, only ever inside the static folder. */
function assetFile(url: string | undefined, staticDir: string): string | null {
  const pathname = (url ?? "").split("?")[0]!;
  if (!pathname.startsWith(PREFIX)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(PREFIX.length));
  } catch {
    return null;
  }
  if (relative.includes("\0")) return null;
  const file = path.resolve(staticDir, relative);
  return file.startsWith(path.resolve(staticDir) + path.sep) ? file : null;
}

/** Encodings the Accept-Encoding header allows (a q of 0 refuses one; `*` stands for the rest). */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  let isAnyAccepted = false;
  for (const item of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [token, ...params] = item.trim().toLowerCase().split(";");
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const isRefused = q !== undefined && !(Number(q.slice(2)) > 0);
    if (token === "*") isAnyAccepted = !isRefused;
    else (isRefused ? refused : accepted).add(token);
  }
  if (isAnyAccepted) for (const encoding of ENCODINGS) if (!refused.has(encoding.name)) accepted.add(encoding.name);
  return accepted;
}

function statIfFile(file: string) {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}
