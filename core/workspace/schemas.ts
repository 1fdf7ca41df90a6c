import { z } from "zod";
import { ZParticipantName } from "../negotiation/participants";

export const MAX_NOTE_CHARS = 4000;
export const ZNoteText = z
  .string()
  .trim()
  .min(1, "A note needs a few words.")
  .max(MAX_NOTE_CHARS, `A note can be up to ${MAX_NOTE_CHARS} characters; please split a longer one.`);

export const ZCounsellorName = ZParticipantName;
