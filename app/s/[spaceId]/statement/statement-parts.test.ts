import { describe, expect, it } from "vitest";
import { draftToForm, newNeed } from "./statement-form-model";
import { neighbours, partOfPath, partState } from "./statement-parts";

const form = () => draftToForm(null, () => "n1");

describe("the statement's parts", () => {
  it("a problem's field leads to the part it is in", () => {
    expect(partOfPath("appreciation")).toBe("appreciation");
    expect(partOfPath("needs.0.windows.1.days")).toBe("needs");
    expect(partOfPath("fears.2.kind")).toBe("fears");
    expect(partOfPath("busy")).toBe("busy");
    expect(partOfPath("")).toBe("share");
  });

  it("each part says in a word how it stands: to write, written, optional, or needs a look", () => {
    const empty = form();
    expect(partState("appreciation", empty, {})).toBe("to write");
    expect(partState("needs", empty, {})).toBe("to write");
    expect(partState("fears", empty, {})).toBe("optional");
    const written = { ...empty, appreciation: "Our mornings.", needs: [{ ...newNeed("n1"), label: "Reading" }] };
    expect(partState("appreciation", written, {})).toBe("written");
    expect(partState("needs", written, {})).toBe("written");
    expect(partState("needs", written, { "needs.0.idealHoursPerWeek": "Please…" })).toBe("needs a look");
    expect(partState("share", written, {})).toBe("");
  });

  it("parts follow one another from what you value to sharing", () => {
    expect(neighbours("appreciation")).toEqual({ previous: null, next: { key: "needs", title: "What you need" } });
    expect(neighbours("share").next).toBeNull();
  });
});
