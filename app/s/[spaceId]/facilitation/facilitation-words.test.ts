import { describe, expect, it } from "vitest";
import type { TSpaceView } from "../../../../core/negotiation/view";
import { canStartTimerFor, currentStep } from "./facilitation-words";

function aView(phase: TSpaceView["phase"], offers: unknown[] = []): TSpaceView {
  return { phase, reflection: phase === "reflecting" ? { offers } : null } as unknown as TSpaceView;
}

describe("the counsellor's agenda", () => {
  it("FAC2: offers a timer for the step they are at and those ahead, never for one behind them", () => {
    const writing = aView("writing");
    expect(currentStep(writing)).toBe("write");
    expect(["write", "read", "reflect", "proposals"].map((s) => canStartTimerFor(writing, s as never))).toEqual([true, true, true, true]);

    const reading = aView("reflecting");
    expect(currentStep(reading)).toBe("read");
    expect(canStartTimerFor(reading, "write")).toBe(false);
    expect(canStartTimerFor(reading, "read")).toBe(true);

    const reflecting = aView("reflecting", [{ id: "o1" }]);
    expect(currentStep(reflecting)).toBe("reflect");
    expect(canStartTimerFor(reflecting, "read")).toBe(false);
    expect(canStartTimerFor(reflecting, "proposals")).toBe(true);

    const proposing = aView("proposing");
    expect(["write", "read", "reflect", "proposals"].map((s) => canStartTimerFor(proposing, s as never))).toEqual([false, false, false, true]);
  });

  it("FAC2: once they have agreed every step is behind them and no timer is offered", () => {
    const agreed = aView("agreed");
    expect(currentStep(agreed)).toBeNull();
    for (const step of ["write", "read", "reflect", "proposals"] as const) expect(canStartTimerFor(agreed, step)).toBe(false);
  });
});
