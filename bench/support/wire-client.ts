import WebSocket from "ws";

/**
 * A load-generating client: socket.io's wire protocol (engine.io 4, socket.io 5) spoken
 * directly over one WebSocket. Thousands of socket.io-client instances beside the server
 * on a two-core machine take about as much CPU as the server they measure; this one keeps
 * frames as the text that arrived and leaves parsing to whoever reads them. Tests use the
 * real socket.io-client (server/testing/test-server.ts); only benchmarks use this.
 *
 * Frames: "0{…}" open, "2" ping (answered "3"), "40{…}" connected, "44{…}" refused,
 * "42[event, data]" an event, "43<id>[ack]" an ack, "42<id>[event, data]" an event with ack.
 */
export type WireClient = {
  /** Sends an event with an ack; `body` is the JSON of the event's argument, written beforehand. */
  emitWithAck: (event: string, body: string) => Promise<string>;
  close: () => void;
};

const OPEN = "0";
const PING = "2";
const PONG = "3";
const CONNECT = "40";
const CONNECT_ERROR = "44";
const EVENT = "42";
const ACK = "43";

/**
 * @param onFrame called with the JSON text of every event's arguments and every ack, as it
 *   arrives, from the first frame after the connection is accepted (often the same read).
 */
export function connectWireClient(url: string, auth: Record<string, unknown>, onFrame: (text: string) => void): Promise<WireClient> {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
  const pendingAcks = new Map<number, (text: string) => void>();
  let nextAckId = 0;

  return new Promise((resolve, reject) => {
    socket.on("error", reject);
    socket.on("message", (data: Buffer) => {
      const frame = data.toString();
      if (frame === PING) return socket.send(PONG);
      if (frame[0] === OPEN) return socket.send(`${CONNECT}${JSON.stringify(auth)}`);
      if (frame.startsWith(CONNECT_ERROR)) return reject(new Error(`connection refused: ${frame.slice(2)}`));
      if (frame.startsWith(CONNECT)) {
        return resolve({
          emitWithAck: (event, body) =>
            new Promise((answer) => {
              const id = nextAckId++;
              pendingAcks.set(id, answer);
              socket.send(`${EVENT}${id}[${JSON.stringify(event)},${body}]`);
            }),
          close: () => socket.close(),
        });
      }
      if (frame.startsWith(ACK)) {
        const open = frame.indexOf("[");
        const id = Number(frame.slice(2, open));
        const answer = pendingAcks.get(id);
        pendingAcks.delete(id);
        const text = frame.slice(open);
        onFrame(text);
        answer?.(text);
        return;
      }
      if (frame.startsWith(EVENT)) onFrame(frame.slice(2));
    });
  });
}
