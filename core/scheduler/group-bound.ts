import type { GroupGrid } from "./group-grid";
import type { GroupMember } from "./group-dp";
import { wishScore } from "./satisfaction";

/**
 * An upper bound on what the rest of the week can still add to a state of the joint DP
 * (GRP1), so that the DP can drop states that cannot reach a schedule it already knows
 * (branch and bound inside the DP). On the bench, the 3 M-state unit of a partner's whole
 * week then sweeps tens of thousands of states instead of millions.
 *
 * Relaxation: each wish on its own takes any of its remaining allowed slots (its best
 * window weights first, blocks ignored) and ends at any count it may end with; the only
 * tie between wishes — one wish per slot — is priced by a Lagrange multiplier λ ≥ 0 per
 * remaining slot:
 *
 *   bound(row, k) = λ · slotsLeft(row) + Σ_j max_a [ F_j(k_j + a) + G_j(row, a) − λ · a ]
 *
 * where F_j is wish j's count score (weight × score without windows, −∞ where it may not
 * end) and G_j(row, a) the best a window gains of j from `row` on. Any λ ≥ 0 gives a valid
 * bound; it is convex in λ, so the least over a grid of λ is found by walking downhill.
 */
const LAMBDAS = 16;

export class GroupBound {
  /** tables[((row · LAMBDAS + l) · width) + offset[j] + k] = max_a [F_j(k + a) + G_j(row, a) − λ_l · a]. */
  private readonly tables: Float64Array;
  private readonly offset: Int32Array;
  private readonly width: number;
  private readonly lambdas: Float64Array;
  private readonly slotsLeft: Int32Array;
  private readonly kOf: Int32Array;
  private lastBest = 0;

  constructor(
    private readonly g: GroupGrid,
    members: readonly GroupMember[],
  ) {
    const { n, rows, cap } = g;
    this.offset = new Int32Array(n);
    let width = 0;
    for (let j = 0; j < n; j++) {
      this.offset[j] = width;
      width += cap[j]! + 1;
    }
    this.width = width;
    this.kOf = new Int32Array(n);
    const countScore = members.map((m, j) =>
      Float64Array.from({ length: cap[j]! + 1 }, (_, k) => {
        if (k === 0) return 0;
        if (k < Math.max(1, m.wish.minSlots)) return -Infinity;
        return m.isValued ? m.wish.weight * wishScore(m.wish, k, 0) : 0;
      }),
    );
    // λ from 0 to beyond any wish's value of one more slot (past that, every wish stops).
    let steepest = 0;
    for (let j = 0; j < n; j++) {
      const f = countScore[j]!;
      for (let k = 1; k <= cap[j]!; k++) if (f[k] !== -Infinity && f[k - 1] !== -Infinity) steepest = Math.max(steepest, f[k]! - f[k - 1]!);
    }
    for (let t = 0; t < g.takerGain.length; t++) steepest = Math.max(steepest, g.takerGain[t]!);
    this.lambdas = Float64Array.from({ length: LAMBDAS }, (_, l) => (2 * steepest * l) / (LAMBDAS - 1));
    const shape = countScore.map(shapeOf);
    this.slotsLeft = new Int32Array(rows + 1);
    this.tables = new Float64Array((rows + 1) * LAMBDAS * width);
    // Remaining window gains of each wish, best first, grown row by row from the week's end.
    const gains: number[][] = Array.from({ length: n }, () => []);
    for (let row = rows; row >= 0; row--) {
      if (row < rows) {
        const t0 = g.takerStart[row]!;
        const t1 = g.takerStart[row + 1]!;
        this.slotsLeft[row] = this.slotsLeft[row + 1]! + (t1 > t0 ? 1 : 0);
        for (let t = t0; t < t1; t++) insertDescending(gains[g.takerWish[t]!]!, g.takerGain[t]!);
      }
      for (let j = 0; j < n; j++) {
        const f = countScore[j]!;
        const best = gains[j]!;
        // G_j(row, a) for every a this wish can still take.
        const most = Math.min(cap[j]!, best.length);
        const G = new Float64Array(most + 1);
        for (let a = 1; a <= most; a++) G[a] = G[a - 1]! + best[a - 1]!;
        for (let l = 0; l < LAMBDAS; l++) {
          const at = (row * LAMBDAS + l) * width + this.offset[j]!;
          fillTable(this.tables.subarray(at, at + cap[j]! + 1), f, shape[j]!, G, this.lambdas[l]!);
        }
      }
    }
  }

  /** Upper bound on the value the rows from `row` on can add to count vector c (window gains and count scores). */
  at(row: number, c: number): number {
    this.countsOf(c);
    // Convex in λ: walk downhill from the last call's best λ (neighbouring count vectors
    // are usually best at the same one), so a call costs a few sums, not a bisection.
    let l = this.lastBest;
    let h = this.withLambda(row, l);
    while (l > 0) {
      const left = this.withLambda(row, l - 1);
      if (!(left < h)) break;
      h = left;
      l--;
    }
    if (l === this.lastBest) {
      while (l < LAMBDAS - 1) {
        const right = this.withLambda(row, l + 1);
        if (!(right < h)) break;
        h = right;
        l++;
      }
    }
    this.lastBest = l;
    return h;
  }

  private countsOf(c: number): void {
    const { n, cap } = this.g;
    let rest = c;
    for (let j = 0; j < n; j++) {
      const size = cap[j]! + 1;
      const k = rest % size;
      this.kOf[j] = k;
      rest = (rest - k) / size;
    }
  }

  private withLambda(row: number, l: number): number {
    const base = (row * LAMBDAS + l) * this.width;
    let sum = this.lambdas[l]! * this.slotsLeft[row]!;
    for (let j = 0; j < this.g.n; j++) sum += this.tables[base + this.offset[j]! + this.kOf[j]!]!;
    return sum;
  }
}

/** Where a count score may end (its least count above 0) and its slope from there, if linear. */
interface Shape {
  least: number;
  slope?: number;
}

/** SAT1 is linear in the count once a wish is active; checked, so a bound stays valid if it ever is not. */
function shapeOf(f: Float64Array): Shape {
  const cap = f.length - 1;
  let least = 1;
  while (least <= cap && f[least] === -Infinity) least++;
  if (least >= cap) return { least, slope: 0 };
  const slope = f[least + 1]! - f[least]!;
  for (let k = least; k < cap; k++) if (f[k + 1] === -Infinity || Math.abs(f[k + 1]! - f[k]! - slope) > 1e-12) return { least };
  return { least, slope };
}

/**
 * out[k] = max over a of [f(k + a) + G(a) − λ·a] (a ≤ G's length − 1, k + a ≤ cap, f finite).
 * With f linear from its least count m on, f(k + a) = f(k) + s·a there, and G is concave
 * (best gains first), so φ(a) = G(a) + (s − λ)·a is concave: its best over any range of a
 * is at its overall best clamped into the range — O(cap) instead of O(cap²).
 */
function fillTable(out: Float64Array, f: Float64Array, shape: Shape, G: Float64Array, lambda: number): void {
  const cap = f.length - 1;
  const most = G.length - 1;
  const { least: m, slope: s } = shape;
  if (s === undefined) {
    for (let k = 0; k <= cap; k++) {
      let top = -Infinity;
      for (let a = 0; a <= most && k + a <= cap; a++) if (f[k + a] !== -Infinity) top = Math.max(top, f[k + a]! + G[a]! - lambda * a);
      out[k] = top;
    }
    return;
  }
  const rise = s - lambda;
  let peak = 0;
  for (let a = 1; a <= most; a++) if (G[a]! + rise * a > G[peak]! + rise * peak) peak = a;
  // The best of φ over lo..hi: φ at the peak clamped into the range.
  const bestIn = (lo: number, hi: number) => {
    if (lo > hi) return -Infinity;
    const a = Math.min(hi, Math.max(lo, peak));
    return G[a]! + rise * a;
  };
  out[0] = 0;
  if (m > cap) {
    for (let k = 1; k <= cap; k++) out[k] = -Infinity;
    return;
  }
  out[0] = Math.max(0, f[m]! - s * m + bestIn(m, Math.min(cap, most)));
  for (let k = 1; k < m; k++) out[k] = f[m]! - s * (m - k) + bestIn(m - k, Math.min(cap - k, most));
  for (let k = m; k <= cap; k++) out[k] = f[k]! + bestIn(0, Math.min(cap - k, most));
}

function insertDescending(xs: number[], x: number): void {
  let i = xs.length;
  xs.push(x);
  while (i > 0 && xs[i - 1]! < x) {
    xs[i] = xs[i - 1]!;
    i--;
  }
  xs[i] = x;
}
