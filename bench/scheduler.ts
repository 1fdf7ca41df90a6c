/**
 * Scheduler benchmark: the engine over seeded realistic couples, and HiGHS solving the
 * same model's balanced MILP on a seeded subset, side by side. HiGHS also checks every set
 * whose optimum the engine could not prove, so `worse_than_milp` covers the hard weeks
 * (speed-up and MILP times are from the seeded subset alone). Last line: RESULT {json}.
 *   npm run bench:scheduler -- --instances 200 --seed 1
 */
import { proposeSchedules } from "../core/scheduler/index";
import { solveBalancedMilp } from "../core/scheduler/milp-oracle";
import { realisticInput, seededRandom } from "../core/scheduler/testing/statements";
import { checkProposal } from "../core/scheduler/verify";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}

const instances = arg("instances", 200);
const seed = arg("seed", 1);
const milpCount = Math.min(instances, arg("milp", 30));
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

const rng = seededRandom(seed);
const seeds = Array.from({ length: instances }, () => Math.floor(rng() * 2 ** 31));
const milpPick = new Set(seeds.filter((_, i) => i % Math.max(1, Math.floor(instances / milpCount)) === 0).slice(0, milpCount));

// Warm-up so JIT compilation is not billed to the first instance.
for (let i = 0; i < 5; i++) proposeSchedules(realisticInput(seeds[i % seeds.length]!));

const times: number[] = [];
const milpTimes: number[] = [];
const speedups: number[] = [];
const gaps: number[] = [];
let violations = 0;
let worseThanMilp = 0;
let milpChecked = 0;
let inexact = 0;
let minSatisfaction = 100;
let proposalsShown = 0;

for (const s of seeds) {
  const input = realisticInput(s);
  const started = performance.now();
  const set = proposeSchedules(input);
  const ms = performance.now() - started;
  times.push(ms);
  proposalsShown += set.proposals.length;
  for (const p of set.proposals) violations += checkProposal(input, p).length;
  const balanced = set.proposals[0]!;
  // Any proposal whose optimum was not proven (search limit reached) makes the instance inexact.
  if (set.proposals.some((p) => !p.isExact)) inexact++;
  const a = balanced.partners.A.satisfaction;
  const b = balanced.partners.B.satisfaction;
  gaps.push(Math.abs(a - b));
  minSatisfaction = Math.min(minSatisfaction, a, b);
  const isUnproven = set.proposals.some((p) => !p.isExact);
  if (milpPick.has(s) || isUnproven) {
    const milp = await solveBalancedMilp(input, 30);
    milpChecked++;
    if (milpPick.has(s)) {
      milpTimes.push(milp.ms);
      speedups.push(milp.ms / Math.max(ms, 0.01));
    }
    const engineWorse = Math.min(a, b);
    const flag = engineWorse < milp.worseOff - 0.5;
    if (flag) worseThanMilp++;
    console.log(
      `  seed ${s}${milpPick.has(s) ? "" : " (unproven)"}: engine ${ms.toFixed(1)} ms worse-off ${engineWorse.toFixed(1)} | MILP ${milp.ms.toFixed(0)} ms (${milp.status}) worse-off ${milp.worseOff.toFixed(1)}${flag ? "  <-- engine below MILP" : ""}`,
    );
  }
}

const result = {
  instances,
  median_ms: r2(quantile(times, 0.5)),
  p95_ms: r2(quantile(times, 0.95)),
  max_ms: r2(Math.max(...times)),
  milp_median_ms: r2(quantile(milpTimes, 0.5)),
  speedup_median: r2(quantile(speedups, 0.5)),
  worse_than_milp: worseThanMilp,
  milp_checked: milpChecked,
  inexact,
  constraint_violations: violations,
  mean_gap_pct: r2(gaps.reduce((x, y) => x + y, 0) / gaps.length),
  min_satisfaction_pct: r2(minSatisfaction),
};
console.log(`\nScheduler engine over ${instances} seeded couples (seed ${seed}):`);
console.log(`  whole proposal set: median ${result.median_ms} ms, p95 ${result.p95_ms} ms, max ${result.max_ms} ms`);
console.log(`  proposals per set: ${(proposalsShown / instances).toFixed(2)} on average`);
console.log(`  proposal sets with an optimum not proven (search limit reached): ${inexact} of ${instances}`);
console.log(`  HiGHS MILP on ${milpTimes.length}: median ${result.milp_median_ms} ms; median speed-up ${result.speedup_median}x`);
console.log(`  engine below MILP by > 0.5 pt: ${worseThanMilp} of ${milpChecked} checked (the ${milpTimes.length} above and every unproven set)`);
console.log(`  constraint violations (independent checker): ${violations}`);
console.log(`  balanced: mean |A − B| ${result.mean_gap_pct} points; lowest satisfaction ${result.min_satisfaction_pct} %`);
console.log(`RESULT ${JSON.stringify(result)}`);
