// The manager's development priority: the measured leader competency furthest below the median manager.
import {
  LEADER_COMPETENCY_METRIC,
  type LeaderCompetencyRef,
  type MedianReading,
  metricDefinition,
  type MetricKey,
  type MetricReading,
  PRIORITY_MIN_GAP,
} from "./definitions";
import { formatMetricValue, relativeGap } from "./readings";

export type DevelopmentPriority =
  | {
      status: "priority";
      competency: { id: string; name: string };
      metric: MetricKey;
      value: number;
      median: number;
      sample: number;
      gap: number;
      reasonText: string;
    }
  | { status: "no_clear_priority"; reason: "no_measured_competency" | "not_enough_data" | "at_or_above_median"; reasonText: string };

/**
 * The manager's development priority: the measured leader competency whose metric sits furthest
 * below the median manager (relative), if it is at least PRIORITY_MIN_GAP below; otherwise "no
 * clear priority" with the reason. Ties go to the competency listed first.
 */
export function developmentPriority(
  competencies: readonly LeaderCompetencyRef[],
  current: Partial<Record<MetricKey, { reading: MetricReading; median: MedianReading }>>,
): DevelopmentPriority {
  const measurable = competencies.flatMap((competency) => {
    const metric = competency.metricKey ? LEADER_COMPETENCY_METRIC[competency.metricKey] : undefined;
    return metric ? [{ competency, metric }] : [];
  });
  if (measurable.length === 0)
    return {
      status: "no_clear_priority",
      reason: "no_measured_competency",
      reasonText: "No leader competency is measured by the scorecard: each is judgement-only.",
    };
  let best: Extract<DevelopmentPriority, { status: "priority" }> | null = null;
  let compared = 0;
  for (const { competency, metric } of measurable) {
    const entry = current[metric];
    if (!entry || entry.reading.status !== "measured" || entry.median.value === null) continue;
    const gap = relativeGap(metricDefinition(metric).unit, entry.reading.value, entry.median.value);
    if (gap === null) continue;
    compared++;
    if (gap <= -PRIORITY_MIN_GAP && (!best || gap < best.gap)) {
      const definition = metricDefinition(metric);
      const below = definition.unit === "change" ? formatMetricValue("change", -gap).replace(/^\+/, "") : `${Math.round(-gap * 100)} %`;
      best = {
        status: "priority",
        competency: { id: competency.id, name: competency.name },
        metric,
        value: entry.reading.value,
        median: entry.median.value,
        sample: entry.reading.sample,
        gap,
        reasonText: `${definition.label}: ${formatMetricValue(definition.unit, entry.reading.value)} against ${formatMetricValue(definition.unit, entry.median.value)} for the median manager (${below} below, over ${entry.reading.sample} ${definition.sampleNoun}).`,
      };
    }
  }
  if (best) return best;
  if (compared === 0)
    return {
      status: "no_clear_priority",
      reason: "not_enough_data",
      reasonText: "Not enough data yet: no measured leader competency has enough sample in this window to compare with the median manager.",
    };
  return {
    status: "no_clear_priority",
    reason: "at_or_above_median",
    reasonText: `Every measured leader competency is within ${Math.round(PRIORITY_MIN_GAP * 100)} % of the median manager or above it.`,
  };
}
