// What a team dashboard shows beside the reps' rows, computed from the coached group. Pure.
import type { FunnelStageDef } from "./levers";
import type { PriorityReport, ResolvedBenchmark } from "./types";

export interface FunnelPoint {
  stage: string;
  label: string;
  actual: number;
  /** The team's own top of funnel converted at benchmark ratios (null once a benchmark is missing). */
  atBenchmark: number | null;
}

/** The funnel at benchmark: the team's own top of funnel, converted at benchmark ratios. */
export function funnelAtBenchmark(stages: readonly FunnelStageDef[], stageCounts: Readonly<Record<string, number>>, benchmarks: Readonly<Record<string, ResolvedBenchmark | null>>): FunnelPoint[] {
  const funnel: FunnelPoint[] = [];
  let atBenchmark: number | null = null;
  stages.forEach((stage, index) => {
    const actual = stageCounts[stage.key] ?? 0;
    if (index === 0) atBenchmark = actual;
    else {
      const previous = stages[index - 1];
      const benchmark = previous ? benchmarks[`${previous.key}_to_${stage.key}`] : null;
      atBenchmark = atBenchmark !== null && benchmark ? atBenchmark * benchmark.value : null;
    }
    funnel.push({ stage: stage.key, label: stage.label, actual, atBenchmark: atBenchmark === null ? null : Math.round(atBenchmark) });
  });
  return funnel;
}

export interface FocusSummary {
  lever: string;
  label: string;
  competency: string | null;
  liftRevenueMinor: number;
  confidence: number;
}

/** The lever a rep (or the pooled team) should work on, as the screens and snapshots show it; null when the report has no focus. */
export function focusOf(report: Pick<PriorityReport, "focus" | "levers">): FocusSummary | null {
  const lever = report.levers.find((candidate) => candidate.lever === report.focus);
  if (!lever) return null;
  return { lever: lever.lever, label: lever.label, competency: lever.competency?.name ?? null, liftRevenueMinor: Math.round(lever.liftRevenueMinor), confidence: lever.confidence };
}

export interface FocusCount {
  lever: string;
  /** The competency's name where the lever has one, else the lever's label. */
  label: string;
  count: number;
}

/** The focus most reps share (a tie goes to the first name in alphabetical order, whatever the reps' order), or null when no rep has one. */
export function mostCommonFocus(foci: readonly ({ lever: string; label: string; competency: string | null } | null)[]): FocusCount | null {
  const counts = new Map<string, FocusCount>();
  for (const focus of foci) {
    if (!focus) continue;
    const entry = counts.get(focus.lever) ?? { lever: focus.lever, label: focus.competency ?? focus.label, count: 0 };
    entry.count++;
    counts.set(focus.lever, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.lever.localeCompare(b.lever))[0] ?? null;
}
