import { z } from "zod";

/**
 * A counsellor's workspace is its own aggregate with its own log: which spaces it guides
 * and the counsellor's private notes. Nothing of a space's private state is ever in it
 * (WSP1), and nothing of it is ever in a space's log or views (WSP3).
 */
const event = <TType extends string, TData extends z.ZodType>(type: TType, data: TData) =>
  z.object({ type: z.literal(type), data });

export const ZWorkspaceEvent = z.discriminatedUnion("type", [
  event("workspace:created", z.object({ counsellorName: z.string() })),
  event("space:added", z.object({ spaceId: z.string(), how: z.enum(["created", "invited"]) })),
  event("note:written", z.object({ noteId: z.string(), spaceId: z.string(), text: z.string() })),
  event("note:edited", z.object({ noteId: z.string(), text: z.string() })),
  event("note:deleted", z.object({ noteId: z.string() })),
]);
export type TWorkspaceEvent = z.infer<typeof ZWorkspaceEvent>;
export type TRecordedWorkspaceEvent = TWorkspaceEvent & { seq: number; actor: string; at: string };
