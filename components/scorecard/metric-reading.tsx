import { Badge } from "@/components/ui/badge";
import { formatCount, formatDate } from "@/lib/format";
import { PRIORITY_MIN_GAP, formatMetricValue, relativeGap, type FeedbackReading, type MedianReading, type MetricReading, type MetricUnit, type ScorecardWindow } from "@/lib/coaching/scorecard";

export function windowLabel(window: ScorecardWindow): string {
  return `${formatDate(window.from)} – ${formatDate(window.to)}`;
}

// The same precision as the difference in points (formatMetricValue), so the sum can be checked.
const relativeChange = (value: number) => {
  const percent = Math.round(value * 1000) / 10;
  return `${percent > 0 ? "+" : percent < 0 ? "−" : ""}${Math.abs(percent)} %`;
};

/**
 * "coached reps +72 % minus comparable reps +16 % = +56 pts · 3 coached plans, 23 comparable reps":
 * the two relative changes the difference in percentage points comes from.
 */
function comparisonText(comparison: NonNullable<MetricReading["comparison"]>): string {
  const sizes = `${formatCount(comparison.coachedPlans, "coached plan")}, ${formatCount(comparison.comparableReps, "comparable rep")}`;
  if (comparison.coachedMeanChange === null || comparison.uncoachedMeanChange === null) return sizes;
  const difference = formatMetricValue("change", comparison.coachedMeanChange - comparison.uncoachedMeanChange);
  return `coached reps ${relativeChange(comparison.coachedMeanChange)} minus comparable reps ${relativeChange(comparison.uncoachedMeanChange)} = ${difference} · ${sizes}`;
}

/** A metric's value with its sample size, or an honest "not enough data yet" with what is missing. */
export function MetricReadingText({ unit, reading, sampleNoun }: { unit: MetricUnit; reading: MetricReading; sampleNoun: string }) {
  if (reading.status === "not_enough_data") {
    return (
      <span className="text-slate-700">
        Not enough data yet
        <span className="block text-xs text-slate-600">
          {reading.comparison
            ? `${reading.comparison.coachedPlans} of ${formatCount(reading.minSample, "coached plan")} · ${formatCount(reading.comparison.comparableReps, "comparable rep")}`
            : reading.minSample > 0
              ? `${reading.sample} of ${reading.minSample} ${sampleNoun}`
              : "no team yet"}
        </span>
      </span>
    );
  }
  return (
    <span>
      <span className="font-medium text-slate-900 tabular-nums">{formatMetricValue(unit, reading.value)}</span>
      {unit === "count" ? null : (
        <span className="block text-xs text-slate-600">
          {reading.comparison ? comparisonText(reading.comparison) : `n = ${reading.sample} ${sampleNoun}`}
        </span>
      )}
    </span>
  );
}

export function MedianText({ unit, median }: { unit: MetricUnit; median: MedianReading }) {
  if (median.value === null) return <span className="text-slate-600">No manager measured yet</span>;
  return (
    <span>
      <span className="tabular-nums">{formatMetricValue(unit, median.value)}</span>
      <span className="block text-xs text-slate-600">
        of {median.managers} {median.managers === 1 ? "manager" : "managers"}
      </span>
    </span>
  );
}

/** You against the median manager: below by the priority margin or more is flagged. */
export function VersusMedian({ unit, reading, median }: { unit: MetricUnit; reading: MetricReading; median: MedianReading }) {
  if (reading.status !== "measured" || median.value === null || unit === "count") return <span className="text-slate-600">—</span>;
  const gap = relativeGap(unit, reading.value, median.value);
  if (gap === null) return <span className="text-slate-600">—</span>;
  if (gap <= -PRIORITY_MIN_GAP) return <Badge tone="bad">Below the median</Badge>;
  if (gap < 0) return <Badge tone="warn">Just below</Badge>;
  return <Badge tone="good">At or above</Badge>;
}

/** The same metric over the trend windows, oldest first, as a compact list a screen reader reads in full. */
export function TrendList({ unit, points }: { unit: MetricUnit; points: { window: ScorecardWindow; reading: MetricReading }[] }) {
  return (
    <ol className="flex flex-wrap gap-x-2 text-xs text-slate-700 tabular-nums">
      {points.map((point, index) => (
        <li key={point.window.to} className={index === points.length - 1 ? "font-semibold text-slate-900" : undefined}>
          <span className="sr-only">{windowLabel(point.window)}: </span>
          {point.reading.status === "measured" ? formatMetricValue(unit, point.reading.value) : <abbr title="not enough data">n/a</abbr>}
          {index < points.length - 1 ? <span aria-hidden="true"> →</span> : null}
        </li>
      ))}
    </ol>
  );
}

export function FeedbackText({ reading }: { reading: FeedbackReading }) {
  if (reading.status === "below_threshold") {
    return (
      <span className="text-slate-700">
        Fewer than {reading.needed} answers
        <span className="block text-xs text-slate-600">hidden so no answer can be traced to a rep</span>
      </span>
    );
  }
  return (
    <span>
      <span className="font-medium text-slate-900 tabular-nums">{reading.average.toFixed(1)} / 5</span>
      <span className="block text-xs text-slate-600">n = {formatCount(reading.count, "answer")}</span>
    </span>
  );
}
