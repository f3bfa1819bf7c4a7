// Percentages, counts and confidence as people read them; null (no data) reads "—".
const NO_VALUE = "—";
const counts = new Intl.NumberFormat("en-US");

/** 0.924 → "92 %"; `digits` decimals after the percent. */
export function formatPercent(value: number | null | undefined, digits = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? NO_VALUE : `${(value * 100).toFixed(digits)} %`;
}

/** A change in percentage points with its sign: 0.056 → "+5.6 pts" (a rate minus a rate is not a percent). */
export function formatPointsChange(change: number | null | undefined, digits = 0): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return "no data";
  const points = Number((change * 100).toFixed(digits));
  return `${points > 0 ? "+" : points < 0 ? "−" : "±"}${Math.abs(points).toFixed(digits)} pts`;
}

/** A plain count with thousands separators: "1,234". */
/** A share against a reference, signed: +12 %, −30 %, ±0 %. */
export function formatSignedPercent(share: number): string {
  return `${share > 0 ? "+" : share < 0 ? "−" : "±"}${Math.abs(Math.round(share * 100))} %`;
}

export function formatNumber(value: number): string {
  return counts.format(value);
}

/** "1 rep", "2 reps", "1,234 values"; `many` for irregular plurals ("1 person", "3 people"). */
export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${counts.format(count)} ${count === 1 ? one : many}`;
}

/** How sure the engine is that a gap is real, never claiming certainty: "93 %", "> 99 %", "< 1 %". */
export function formatConfidence(confidence: number): string {
  if (!(confidence > 0)) return "0 %";
  if (confidence >= 0.995) return "> 99 %";
  if (confidence < 0.01) return "< 1 %";
  return `${Math.round(confidence * 100)} %`;
}

/** One line that says what the confidence figure is, for a tooltip or a caption. */
export const CONFIDENCE_EXPLAINED =
  "Confidence is the probability that the rep's true rate is below the benchmark, given the rep's own counts in the window (drawn toward the team's rate when there are few): fewer attempts, less sure. A sample never proves a gap, so it shows at most \"> 99 %\".";
