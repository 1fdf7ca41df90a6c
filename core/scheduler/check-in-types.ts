import type { TReassurance } from "../negotiation/statement";

export type TReassuranceLike = Pick<TReassurance, "frequency" | "channel">;
export type TCheckInFrequency = TReassurance["frequency"];
