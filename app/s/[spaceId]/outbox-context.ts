"use client";

import { createContext, useContext } from "react";
import type { TOutbox } from "./outbox";

/** What this device still holds for the server (INP3), for a form that picks up where it was left. */
export const OutboxContext = createContext<TOutbox | null>(null);

export function useOutbox(): TOutbox | null {
  return useContext(OutboxContext);
}
