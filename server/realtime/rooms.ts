/** Each participant has a room of their own (their views); each space one for presence. */
export function participantRoom(participantId: string): string {
  return `participant:${participantId}`;
}

export function spaceRoom(spaceId: string): string {
  return `space:${spaceId}`;
}
