// Picks the one lever to coach: the highest priority (lift × confidence), and only when it is
// a real, costly gap we are sure enough of. Otherwise no focus, with the reason in plain words.
import { MIN_TRIALS, MIN_WORKING_DAYS } from "./defaults";
import { formatConfidence } from "@/lib/format";
import type { FocusReason, FocusRule, LeverResult } from "./types";

export interface FocusChoice {
  focus: string | null;
  reason: FocusReason;
  reasonText: string;
  /** The rule that chose the focus; null without one. */
  chosenBy: FocusRule | null;
}

const UNIT = { volume: "working days", ratio: "attempts", deal_size: "won deals" } as const;

const none = (reason: FocusReason, reasonText: string): FocusChoice => ({ focus: null, reason, reasonText, chosenBy: null });

export function chooseFocus(levers: readonly LeverResult[], workingDays: number, threshold: number, rule: FocusRule = "revenue_at_stake"): FocusChoice {
  if (!(workingDays > 0)) return none("insufficient_data", "Not enough data yet: no working days of activity in this window.");
  if (workingDays < MIN_WORKING_DAYS) {
    return none("insufficient_data", `Not enough data yet: ${Math.round(workingDays)} working days of activity in this window; coaching on the numbers starts at ${MIN_WORKING_DAYS}.`);
  }

  // Effort first: a confident, believable volume gap is coached before any conversion ratio.
  if (rule === "effort_first") {
    const volume = levers.find((lever) => lever.kind === "volume");
    if (volume && volume.status === "below_benchmark" && volume.liftRevenueMinor > 0 && volume.confidence >= threshold && volume.dataQuality.status === "ok") {
      const name = volume.competency?.name ?? volume.label;
      return {
        focus: volume.lever,
        reason: "focus",
        reasonText: `Focus on ${name}: effort comes first, and the volume gap is ${formatConfidence(volume.confidence)} sure to be real.`,
        chosenBy: "effort_first",
      };
    }
  }

  let top: LeverResult | null = null;
  let below = 0;
  let measured = 0;
  for (const lever of levers) {
    if (lever.status === "at_or_above_benchmark") measured++;
    if (lever.status !== "below_benchmark") continue;
    measured++;
    below++;
    // Strictly greater: ties go to the lever earlier in the funnel.
    if (lever.liftRevenueMinor > 0 && (top === null || lever.priority > top.priority)) top = lever;
  }

  if (top === null) {
    if (below > 0) return none("insufficient_data", "Not enough data yet: no revenue won, by you or the team, to put a value on the gaps.");
    if (measured > 0) return none("at_or_above_benchmark", "No clear priority: every lever with enough data is at or above its benchmark.");
    return none("insufficient_data", "Not enough data yet to compare any lever with a benchmark.");
  }
  const name = top.competency?.name ?? top.label;
  // The biggest gap rests on suspect logging: a data problem, not a rep problem — and no lesser gap
  // takes its place, since the suspect one may well be the real priority once the log is fixed.
  const problem = top.dataQuality.reasons[0];
  if (top.dataQuality.status === "suspect" && problem) {
    return none("data_quality", `Data problem, not a rep problem: the biggest gap (${name}) rests on suspect logging. ${problem.message}`);
  }
  if (top.confidence >= threshold) {
    return { focus: top.lever, reason: "focus", reasonText: `Focus on ${name}: it is the gap that costs the most revenue, and ${formatConfidence(top.confidence)} sure to be real.`, chosenBy: "revenue_at_stake" };
  }
  if (top.sampleSize < MIN_TRIALS[top.kind]) {
    return none("insufficient_data", `Not enough data yet: the biggest gap (${name}) rests on only ${Math.round(top.sampleSize)} ${UNIT[top.kind]}.`);
  }
  return none("uncertain", `No clear priority: the biggest gap (${name}) may be noise — ${formatConfidence(top.confidence)} sure, under the ${formatConfidence(threshold)} needed.`);
}
