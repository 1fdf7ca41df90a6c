/**
 * Clients keep the newest view they have seen: an older seq never replaces a newer one.
 * Apart from view.ts so that the page can ask this without loading how views are made.
 */
export function isNewerView(current: { seq: number } | null, incoming: { seq: number }): boolean {
  return current === null || incoming.seq > current.seq;
}
