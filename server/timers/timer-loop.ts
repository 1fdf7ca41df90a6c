import { z } from "zod";
import { SYSTEM_ACTOR } from "../../core/negotiation/commands";
import { claimDueTimers, completeTimer } from "../../db/timers";
import { executeCommand, type CommandDeps } from "../commands/execute-command";
import type { Logger } from "../logging/logger";

/** What a timer may dispatch: only system commands that are safe to run twice. */
const ZTimerCommand = z.object({ type: z.literal("pause:resume-due"), payload: z.object({ pauseId: z.string() }) });

/** A claim outlives a slow command; a server that dies mid-way loses it after this long. */
const LEASE_MS = 30_000;

export type TimerLoop = { runDue: () => Promise<number>; stop: () => Promise<void> };

/**
 * Dispatches due timers as ordinary commands, at start and then every `intervalMs`.
 * Each dispatch uses the timer's id as command id, so a timer fires once per space
 * even when two servers race for it or one dies half-way (PAU6).
 */
export function startTimerLoop(deps: CommandDeps & { log: Logger; intervalMs?: number }): TimerLoop {
  let running: Promise<number> | null = null;
  let isStopped = false;

  const runDue = (): Promise<number> => {
    running ??= dispatchDue(deps).finally(() => {
      running = null;
    });
    return running;
  };
  const tick = () => {
    if (isStopped) return;
    void runDue()
      .catch((error) => deps.log.error({ err: error }, "timers failed"))
      .finally(() => {
        if (!isStopped) timer = setTimeout(tick, deps.intervalMs ?? 1_000);
      });
  };
  let timer: NodeJS.Timeout = setTimeout(tick, 0);

  return {
    runDue,
    stop: async () => {
      isStopped = true;
      clearTimeout(timer);
      await running?.catch(() => 0);
    },
  };
}

async function dispatchDue(deps: CommandDeps & { log: Logger }): Promise<number> {
  const due = await claimDueTimers(deps.db, deps.now(), LEASE_MS);
  for (const timer of due) {
    const command = ZTimerCommand.safeParse(timer.command);
    if (!command.success) {
      deps.log.error({ timer: timer.id, space: timer.spaceId }, "timer with an unknown command; marked done");
    } else {
      const ack = await executeCommand(deps, {
        spaceId: timer.spaceId,
        commandId: `timer-${timer.id}`.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 64),
        command: command.data,
        actor: SYSTEM_ACTOR,
      });
      deps.log.info({ event: "timer", timer: timer.id, space: timer.spaceId, ok: ack.ok }, "timer");
    }
    await completeTimer(deps.db, timer, deps.now());
  }
  return due.length;
}
