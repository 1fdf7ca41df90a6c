/**
 * Recently used states of some aggregate, by id, never replaced by an older seq, the least
 * recently used forgotten first. Spaces and workspaces each keep one (their stores).
 */
export class NewestStates<TState extends { seq: number }> {
  private readonly states = new Map<string, TState>();

  constructor(private readonly capacity: number) {}

  get(id: string): TState | undefined {
    return this.states.get(id);
  }

  remember(id: string, state: TState): void {
    const cached = this.states.get(id);
    if (cached && cached.seq > state.seq) return;
    this.states.delete(id);
    this.states.set(id, state);
    if (this.states.size > this.capacity) {
      const oldest = this.states.keys().next().value;
      if (oldest !== undefined) this.states.delete(oldest);
    }
  }
}
