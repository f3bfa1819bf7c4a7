// Which benchmark each lever is judged against, and where it comes from.
import type { FunnelStageDef, LeverDef } from "./levers";
import { leverDenominator, rawLeverValues } from "./raw-values";
import type { ActivityTotals, ResolvedBenchmark } from "./types";

export interface BenchmarkRecord {
  lever: string;
  value: number;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  teamId: string | null;
}

/** Linear-interpolated percentile (p in 0..1, clamped; the "type 7" of R and NumPy); null for no finite values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (Number.isNaN(p)) return null;
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const position = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

function latest(records: readonly BenchmarkRecord[], lever: string, teamId: string | null, asOf: string): BenchmarkRecord | null {
  let best: BenchmarkRecord | null = null;
  for (const record of records) {
    if (record.lever !== lever || record.teamId !== teamId || record.effectiveFrom > asOf) continue;
    // Later records win ties, so a second change on the same day replaces the first.
    if (!best || record.effectiveFrom >= best.effectiveFrom) best = record;
  }
  return best;
}

/**
 * The benchmark of each lever as of a day: the team's own, else the organization's, else the
 * team's top quartile (75th percentile of reps with enough data, at least two of them), else null.
 */
export function resolveBenchmarks(args: {
  levers: readonly LeverDef[];
  teamId: string | null;
  asOf: string;
  records: readonly BenchmarkRecord[];
  teamRepTotals: readonly ActivityTotals[];
  stages: readonly FunnelStageDef[];
  minSample?: number;
}): Record<string, ResolvedBenchmark | null> {
  const minSample = args.minSample ?? 20;
  // 20 won deals is more than most reps close in a window: deal size asks for at most 5.
  const dealMinSample = Math.min(minSample, 5);
  const repValues = args.teamRepTotals.map((totals) => ({ values: rawLeverValues(args.stages, totals), totals }));
  const resolved: Record<string, ResolvedBenchmark | null> = {};
  for (const lever of args.levers) {
    const team = args.teamId ? latest(args.records, lever.key, args.teamId, args.asOf) : null;
    if (team) {
      resolved[lever.key] = { value: team.value, source: "team" };
      continue;
    }
    const organization = latest(args.records, lever.key, null, args.asOf);
    if (organization) {
      resolved[lever.key] = { value: organization.value, source: "organization" };
      continue;
    }
    const eligible = repValues
      .filter(({ totals }) => leverDenominator(args.stages, lever, totals) >= (lever.kind === "deal_size" ? dealMinSample : minSample))
      .map(({ values }) => values[lever.key])
      .filter((value): value is number => value !== null && value !== undefined);
    const quartile = eligible.length >= 2 ? percentile(eligible, 0.75) : null;
    resolved[lever.key] = quartile !== null && quartile > 0 ? { value: quartile, source: "team_top_quartile", sampleSize: eligible.length } : null;
  }
  return resolved;
}
