export * from "./commands";
export * from "./decide";
export * from "./errors";
export * from "./events";
export * from "./participants";
export * from "./state";
export * from "./view";
