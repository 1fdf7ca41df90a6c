/** Each participant has a room of their own (their views); each space one for presence. */
export function participantRoom(participantId: string): string {
  return `participant:${participantId}`;
}

/** Every space connection a workspace opened, so a new workspace link can sign them all out. */
export function guideRoom(workspaceId: string): string {
  return `guide:${workspaceId}`;
}

export function spaceRoom(spaceId: string): string {
  return `space:${spaceId}`;
}

/**
 * Every connection that came in with one of a participant's own keys (a link or a device),
 * not through a workspace: replacing their link signs all of these out, on every process.
 */
export function keyHolderRoom(participantId: string): string {
  return `keys:${participantId}`;
}
