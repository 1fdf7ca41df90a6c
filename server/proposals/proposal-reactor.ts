import { SYSTEM_ACTOR } from "../../core/negotiation/commands";
import { pendingProposalWork } from "../../core/negotiation/proposals";
import type { TSpaceState } from "../../core/negotiation/state";
import { executeCommand, type CommandDeps } from "../commands/execute-command";
import type { Logger } from "../logging/logger";
import type { ProposalPool } from "./proposal-pool";

/**
 * Watches states go by and, when a space needs proposals for its current inputs
 * (core decides that: `pendingProposalWork`), computes them off the main thread and
 * records them with an ordinary, idempotent system command. Several servers may race
 * to do so; the command id per inputs version lets exactly one set in.
 */
export function createProposalReactor(deps: { pool: ProposalPool; log: Logger; commands: () => CommandDeps }) {
  const inFlight = new Set<string>();
  return (state: TSpaceState): void => {
    const work = pendingProposalWork(state);
    if (!work) return;
    const key = `${state.spaceId}:${work.inputsVersion}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    const started = performance.now();
    void deps.pool
      .compute(work.input)
      .then((set) =>
        executeCommand(deps.commands(), {
          spaceId: state.spaceId,
          commandId: `proposals-v${work.inputsVersion}`,
          command: { type: "proposals:record", payload: { inputsVersion: work.inputsVersion, proposals: set.proposals } },
          actor: SYSTEM_ACTOR,
        }),
      )
      .then((ack) => {
        const ms = Math.round(performance.now() - started);
        deps.log.info({ event: "proposals", space: state.spaceId, version: work.inputsVersion, ok: ack.ok, ms }, "proposals");
      })
      .catch((error) => deps.log.error({ err: error, space: state.spaceId }, "proposals failed"))
      .finally(() => inFlight.delete(key));
  };
}
