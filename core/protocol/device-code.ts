import { z } from "zod";

/**
 * A device code (DEV1): eight characters a person can read off one screen and type on
 * another. The alphabet leaves out look-alikes (0/O, 1/I/L) and U, so a misread is caught
 * instead of guessed at; 30⁸ ≈ 6.6·10¹¹ codes, live for 10 minutes, one at a time per
 * person, with guessing rate-limited (DEV3).
 */
export const DEVICE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const DEVICE_CODE_LENGTH = 8;
export const DEVICE_CODE_MINUTES = 10;

const LOOK_ALIKES = /[01ILOU]/;

/** What a person typed, as the code it means: case, spaces and dashes don't matter. */
export function normaliseDeviceCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

/** "K7QM4XRT" → "K7QM-4XRT", easier to read aloud and to type. */
export function formatDeviceCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const ZDeviceCode = z
  .string()
  .max(40, "A code has 8 characters.")
  .transform(normaliseDeviceCode)
  .refine((code) => !LOOK_ALIKES.test(code), "Codes never contain 0, 1, I, L, O or U: please check the code on your other device.")
  .refine((code) => code.length === DEVICE_CODE_LENGTH, "A code has 8 characters, like K7QM-4XRT.")
  .refine((code) => [...code].every((c) => DEVICE_CODE_ALPHABET.includes(c)), "A code has only letters and digits, like K7QM-4XRT.");

/** POST /api/device-codes/redeem */
export const ZRedeemDeviceCodeRequest = z.object({ code: ZDeviceCode }).strict();

/** POST /api/device-codes: a code for the person this device is signed in as, in one space. */
export const ZMakeDeviceCodeRequest = z.object({ spaceId: z.string().uuid() }).strict();

export type TDeviceCode = {
  /** As shown: "K7QM-4XRT". */
  code: string;
  expiresAt: string;
  /** What the QR code carries: the add-a-device page with the code after `#`, so it never reaches a server log. */
  url: string;
};

/** Who the new device is now: a partner in one space, or a counsellor in their workspace (WSP7). */
export type TDeviceSignedIn = { spaceId: string; name: string; path: string } | { workspaceId: string; path: string };

export const DEVICE_CODE_ERRORS = ["CODE_UNKNOWN", "CODE_USED", "CODE_EXPIRED", "CODE_SIGNED_OUT"] as const;
export type TDeviceCodeError = (typeof DEVICE_CODE_ERRORS)[number];
