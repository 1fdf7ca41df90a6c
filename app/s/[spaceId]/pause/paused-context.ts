"use client";

import { createContext, useContext } from "react";

/**
 * Whether the conversation is paused, for the parts of a phase screen that would change
 * it (submit, unlock). The server refuses them anyway (PAU3); this only spares people
 * the refusal. Drafts are not affected: they still save while paused.
 */
export const PausedContext = createContext(false);

export function useIsPaused(): boolean {
  return useContext(PausedContext);
}
