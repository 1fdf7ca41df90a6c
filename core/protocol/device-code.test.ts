import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEVICE_CODE_ALPHABET, formatDeviceCode, ZDeviceCode } from "./device-code";

describe("device codes as people type them (DEV1)", () => {
  it("any code, shown with its dash and typed in any case, with spaces or dashes, reads as itself", () => {
    const aCode = fc.string({ unit: fc.constantFrom(...DEVICE_CODE_ALPHABET), minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(aCode, fc.constantFrom("-", " ", "", " - "), fc.boolean(), (code, separator, isLower) => {
        const typed = `${code.slice(0, 4)}${separator}${code.slice(4)}`;
        expect(ZDeviceCode.parse(isLower ? typed.toLowerCase() : typed)).toBe(code);
      }),
    );
    expect(formatDeviceCode("K7QM4XRT")).toBe("K7QM-4XRT");
  });

  it("says what is wrong with a mistyped code: look-alikes, length, other signs", () => {
    const messageOf = (typed: string) => ZDeviceCode.safeParse(typed).error?.issues[0]?.message;
    expect(messageOf("K0QM-4XRT")).toMatch(/never contain 0, 1, I, L, O or U/);
    expect(messageOf("KIQM-4XRT")).toMatch(/never contain/);
    expect(messageOf("K7QM-4XR")).toMatch(/8 characters/);
    expect(messageOf("K7QM-4XR!")).toMatch(/only letters and digits/);
    expect(DEVICE_CODE_ALPHABET).not.toMatch(/[01ILOU]/);
  });
});
