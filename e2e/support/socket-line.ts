import { expect, type BrowserContext, type WebSocketRoute } from "@playwright/test";

/** `connection` is engine.io's session id (sid), the same for a session's polls and its websocket. */
type TFrame = { connection: string; text: string };
type TSocketPacket = { connection: string; kind: "event" | "ack"; ackId: string; data: unknown[] };

/**
 * The socket between one browser context and the server, as a line the test can cut
 * (no socket, no long-polling), deafen (the page's frames reach the server, the server's
 * answers are lost on the way back), keep who is online from the page, or open again.
 * Every frame is recorded, so a test can tell what the page sent and what the server answered.
 */
export class SocketLine {
  private mode: "open" | "cut" | "deaf" = "open";
  private isDroppingPresence = false;
  private newest = "";
  private readonly live = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();
  readonly fromPage: TFrame[] = [];
  readonly toPage: TFrame[] = [];

  private constructor() {}

  /** Only sockets opened after this go through the line: reload the page after installing it. */
  static async install(context: BrowserContext): Promise<SocketLine> {
    const line = new SocketLine();
    await context.route(/\/socket\.io\//, async (route) => {
      if (line.mode === "cut") return route.abort("internetdisconnected");
      // Long-polling (how socket.io starts, and falls back): frames are joined by U+001E.
      const request = route.request();
      const connection = new URL(request.url()).searchParams.get("sid") ?? "";
      if (request.method() === "POST") {
        for (const text of (request.postData() ?? "").split("\x1e")) line.fromPage.push({ connection, text });
        return route.fallback();
      }
      const response = await route.fetch().catch(() => null);
      if (!response) return route.abort("connectionfailed").catch(() => undefined);
      const frames = (await response.text()).split("\x1e");
      for (const text of frames) line.toPage.push({ connection, text });
      // Deaf: socket.io's messages are lost; engine.io's pings still pass.
      const delivered = frames.filter((text) => line.delivers(text));
      await route.fulfill({ response, body: delivered.length > 0 ? delivered.join("\x1e") : "6" }).catch(() => undefined);
    });
    await context.routeWebSocket(/\/socket\.io\//, (page) => {
      if (line.mode === "cut") return void page.close();
      const connection = new URL(page.url()).searchParams.get("sid") ?? "";
      line.newest = connection;
      const server = page.connectToServer();
      const pair = { page, server };
      line.live.add(pair);
      page.onMessage((message) => {
        line.fromPage.push({ connection, text: String(message) });
        server.send(message);
      });
      server.onMessage((message) => {
        line.toPage.push({ connection, text: String(message) });
        if (line.delivers(String(message))) page.send(message);
      });
    });
    return line;
  }

  /**
   * Waits until the page's newest connection runs on the websocket: socket.io starts on
   * long-polling, and a poll already on its way would outlive a cut by seconds.
   */
  async expectWebsocket() {
    await expect.poll(() => this.live.size > 0 && this.fromPage.some((f) => f.connection === this.newest && f.text === "5")).toBe(true);
  }

  /** No connection at all, as in a tunnel: open sockets close and new ones fail. */
  async cut() {
    this.mode = "cut";
    for (const { page, server } of this.live) {
      await page.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    }
    this.live.clear();
  }

  /** What the page sends still arrives; nothing the server sends comes back. */
  deafen() {
    this.mode = "deaf";
  }

  open() {
    this.mode = "open";
  }

  /** Who is online no longer reaches the page (the server's "presence" events are lost); the rest does. */
  dropPresence(isDropping = true) {
    this.isDroppingPresence = isDropping;
  }

  private delivers(text: string): boolean {
    if (this.mode === "deaf") return !text.startsWith("4");
    return !(this.isDroppingPresence && text.startsWith('42["presence"'));
  }

  /** The commands the page sent, in order (socket.io event frames named "command"). */
  commandsSent(): Array<{ connection: string; id: string; type: string }> {
    return packets(this.fromPage)
      .filter((p) => p.kind === "event" && p.data[0] === "command")
      .map((p) => {
        const command = p.data[1] as { id: string; type: string };
        return { connection: p.connection, id: command.id, type: command.type };
      });
  }

  /** The server's answer to each command, whether or not it reached the page. */
  answers(): Array<{ id: string; type: string; ack: { ok: boolean; duplicate?: boolean } }> {
    const sent = packets(this.fromPage).filter((p) => p.kind === "event" && p.data[0] === "command");
    const acks = packets(this.toPage).filter((p) => p.kind === "ack");
    return acks.flatMap((ack) => {
      const command = sent.find((p) => p.connection === ack.connection && p.ackId === ack.ackId);
      if (!command) return [];
      const { id, type } = command.data[1] as { id: string; type: string };
      return [{ id, type, ack: ack.data[0] as { ok: boolean; duplicate?: boolean } }];
    });
  }
}

/**
 * socket.io text packets inside engine.io message frames: "42<ackId>[...]" events,
 * "43<ackId>[...]" acks; in a namespace other than the main one, "42/workspace,<ackId>[...]".
 */
function packets(frames: TFrame[]): TSocketPacket[] {
  return frames.flatMap((frame) => {
    const match = /^4([23])(?:\/[^,]*,)?(\d*)(\[.*)$/s.exec(frame.text);
    if (!match) return [];
    return [{ connection: frame.connection, kind: match[1] === "2" ? ("event" as const) : ("ack" as const), ackId: match[2]!, data: JSON.parse(match[3]!) as unknown[] }];
  });
}
