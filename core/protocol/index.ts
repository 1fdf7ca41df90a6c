export * from "./acks";
export * from "./commands";
export * from "./handshake";
export * from "./socket-events";
export * from "./parse-command";
export * from "./create-space";
