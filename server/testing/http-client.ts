import { request as httpRequest } from "node:http";

export type HttpAnswer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: <T = Record<string, unknown>>() => T;
  /** `name=value` of every Set-Cookie, with its attributes. */
  setCookies: string[];
};

/**
 * A plain HTTP request as a browser on some device would send it: its cookies, its
 * origin, and (for limits per address) the local address it comes from, any of 127.0.0.0/8.
 */
export function httpCall(
  baseUrl: string,
  path: string,
  options: { method?: string; body?: unknown; cookie?: string; origin?: string; from?: string; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const url = new URL(path, baseUrl);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: options.method ?? (body === undefined ? "GET" : "POST"),
        localAddress: options.from,
        headers: {
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.origin ? { origin: options.origin } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const setCookie = res.headers["set-cookie"] ?? [];
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text), setCookies: setCookie });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** A device's cookie jar: keeps what Set-Cookie gives (and forgets what it expires), sends it back. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(answer: HttpAnswer): this {
    for (const line of answer.setCookies) {
      const [pair] = line.split(";");
      const separator = pair!.indexOf("=");
      const name = pair!.slice(0, separator);
      if (/max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, pair!.slice(separator + 1));
    }
    return this;
  }

  set(name: string, value: string): this {
    this.cookies.set(name, value);
    return this;
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}
