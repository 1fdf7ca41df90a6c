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
 * bound; it is convex in λ, so the least over a grid of λ is found by bisection.
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
          const lambda = this.lambdas[l]!;
          const at = (row * LAMBDAS + l) * width + this.offset[j]!;
          for (let k = 0; k <= cap[j]!; k++) {
            let top = -Infinity;
            for (let a = 0; a <= most && k + a <= cap[j]!; a++) {
              const f1 = f[k + a]!;
              if (f1 !== -Infinity) top = Math.max(top, f1 + G[a]! - lambda * a);
            }
            this.tables[at + k] = top;
          }
        }
      }
    }
  }

  /** Upper bound on the value the rows from `row` on can add to count vector c (window gains and count scores). */
  at(row: number, c: number): number {
    const { n, cap } = this.g;
    let rest = c;
    for (let j = 0; j < n; j++) {
      const size = cap[j]! + 1;
      const k = rest % size;
      this.kOf[j] = k;
      rest = (rest - k) / size;
    }
    let lo = 0;
    let hi = LAMBDAS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.withLambda(row, mid) <= this.withLambda(row, mid + 1)) hi = mid;
      else lo = mid + 1;
    }
    return this.withLambda(row, lo);
  }

  private withLambda(row: number, l: number): number {
    const base = (row * LAMBDAS + l) * this.width;
    let sum = this.lambdas[l]! * this.slotsLeft[row]!;
    for (let j = 0; j < this.g.n; j++) sum += this.tables[base + this.offset[j]! + this.kOf[j]!]!;
    return sum;
  }
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
