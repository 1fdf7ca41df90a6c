import { busyOrAsleep } from "../../../../core/negotiation/statement-terms";
import type { TStatement } from "../../../../core/negotiation/statement";
import type { TSpaceView } from "../../../../core/negotiation/view";
import type { TPartnerKey } from "../../../../core/scheduler/proposal";
import type { TBusyByPartner } from "./free-time";
import { partnerKeyOf, type TPeople } from "./proposal-words";

export type TPlanContext = {
  people: TPeople;
  /** The viewer's partner key; null for a counsellor, who sees everything and acts on nothing. */
  myKey: TPartnerKey | null;
  statements: Partial<Record<TPartnerKey, TStatement>>;
  busy: TBusyByPartner | null;
};

/** Who is A and who is B (by role, as the scheduler names them), and what they revealed. */
export function planContextOf(view: TSpaceView): TPlanContext {
  const a = view.participants.find((p) => p.role === "partnerA");
  const b = view.participants.find((p) => p.role === "partnerB");
  const people: TPeople = {
    A: { id: a?.id ?? "", name: a?.name ?? "Partner A" },
    B: { id: b?.id ?? "", name: b?.name ?? "Partner B" },
    counsellorIds: view.participants.filter((p) => p.role === "counsellor").map((p) => p.id),
  };
  const statements: Partial<Record<TPartnerKey, TStatement>> = {};
  for (const entry of view.revealed?.statements ?? []) {
    const key = partnerKeyOf(people, entry.participantId);
    if (key) statements[key] = entry.statement;
  }
  // SLP1: sleep hours are not free to move a block into, so the guidance leaves them out too.
  const busy = statements.A && statements.B ? { A: busyOrAsleep(statements.A), B: busyOrAsleep(statements.B) } : null;
  return { people, myKey: partnerKeyOf(people, view.me.id), statements, busy };
}

/** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation). */
export function nextTabIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return (index + 1) % count;
    case "ArrowLeft":
    case "ArrowUp":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}
