import type { IncomingMessage, ServerResponse } from "node:http";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(text),
    // Never read as anything but JSON, whatever a browser would guess from its content.
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(text);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(303, { location, "cache-control": "no-store", "referrer-policy": "no-referrer", "x-content-type-options": "nosniff", ...headers });
  res.end();
}

export class BodyTooLarge extends Error {}

/** Reads a request body up to `limit` bytes; a larger body is refused, not buffered. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
