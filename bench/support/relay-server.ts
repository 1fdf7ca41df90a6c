import { createServer } from "node:http";
import { Server } from "socket.io";
import { textOnlyParser } from "../../server/realtime/text-only-parser";

/**
 * The floor under bench:reveal: a bare socket.io server that only relays. No database, no
 * domain, no views: each partner's submit is answered with an ack carrying a view-like
 * frame, and the same frame goes to the other partner; the second submit of a pair makes
 * that frame "revealed", with both statements in it. The same transport options and parser
 * as the app's server, the same heap flags, its own process: whatever the real server takes
 * beyond this is what its database and domain cost. Prints `READY <port>`.
 *
 * A client's auth is `{ token: "<pair>:<A|B>" }`.
 */
type TPair = { statements: unknown[]; seq: number };

const pairs = new Map<string, TPair>();
const http = createServer();
const io = new Server(http, {
  serveClient: false,
  maxHttpBufferSize: 1024 * 1024,
  pingInterval: 15_000,
  pingTimeout: 10_000,
  parser: textOnlyParser,
});

io.on("connection", (socket) => {
  const [pairId] = String((socket.handshake.auth as { token?: unknown }).token ?? "").split(":");
  if (!pairId) return void socket.disconnect(true);
  const room = `pair:${pairId}`;
  void socket.join(room);
  const pair = pairs.get(pairId) ?? { statements: [], seq: 0 };
  pairs.set(pairId, pair);
  socket.emit("view", { seq: pair.seq, revealed: null });
  socket.on("command", (command: { payload?: { statement?: unknown } }, ack: (answer: unknown) => void) => {
    pair.statements.push(command?.payload?.statement ?? null);
    pair.seq += 1;
    const isRevealed = pair.statements.length >= 2;
    const view = { seq: pair.seq, revealed: isRevealed ? { statements: pair.statements.map((statement) => ({ statement })) } : null };
    if (typeof ack === "function") ack({ ok: true, seq: pair.seq, view });
    socket.to(room).emit("view", view);
    if (isRevealed) pair.statements = [];
  });
});

http.listen(0, "127.0.0.1", () => {
  const address = http.address();
  process.stdout.write(`READY ${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => io.close(() => process.exit(0)));
