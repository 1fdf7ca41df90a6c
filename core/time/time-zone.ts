import { IANAZone } from "luxon";
import { z } from "zod";

/** An IANA time zone name such as "Europe/Berlin"; the couple's week is read in it. */
export const ZTimeZone = z
  .string()
  .max(64)
  .refine((zone) => IANAZone.isValidZone(zone), { message: "That is not a time zone we know." });
