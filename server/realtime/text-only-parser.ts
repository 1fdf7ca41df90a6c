import * as parser from "socket.io-parser";

/**
 * socket.io's parser, minus its search for binary in every outgoing packet: nothing we
 * send is binary (views, presence and acks are plain JSON), and that recursive walk over
 * each view was a measurable share of the server's CPU under load (README, "Benchmarks").
 * The wire format is unchanged, so clients keep the default parser. Incoming packets are
 * decoded as before.
 */
class TextOnlyEncoder extends parser.Encoder {
  override encode(packet: parser.Packet): string[] {
    // encodeAsString is the text half of the default encoder (private in its typings).
    return [(this as unknown as { encodeAsString: (p: parser.Packet) => string }).encodeAsString(packet)];
  }
}

export const textOnlyParser = { ...parser, Encoder: TextOnlyEncoder };
