import { IANAZone } from "luxon";
import { z } from "zod";

// Checking a zone builds an Intl formatter, which is slow; the answer never changes.
const knownZones = new Map<string, boolean>();

export function isKnownTimeZone(zone: string): boolean {
  let isValid = knownZones.get(zone);
  if (isValid === undefined) {
    isValid = IANAZone.isValidZone(zone);
    if (knownZones.size < 1_000) knownZones.set(zone, isValid);
  }
  return isValid;
}

/** An IANA time zone name such as "Europe/Berlin"; the couple's week is read in it. */
export const ZTimeZone = z.string().max(64).refine(isKnownTimeZone, { message: "That is not a time zone we know." });
