// Picks the one lever to coach: the highest priority (lift × confidence), and only when it is
// a real, costly gap we are sure enough of. Otherwise no focus, with the reason in plain words.
import { MIN_TRIALS, MIN_WORKING_DAYS } from "./defaults";
import { formatConfidence } from "@/lib/format";
import type { FocusReason, LeverResult } from "./types";

export interface FocusChoice {
  focus: string | null;
  reason: FocusReason;
  reasonText: string;
}

const UNIT = { volume: "working days", ratio: "attempts", deal_size: "won deals" } as const;

export function chooseFocus(levers: readonly LeverResult[], workingDays: number, threshold: number): FocusChoice {
  if (!(workingDays > 0)) return { focus: null, reason: "insufficient_data", reasonText: "Not enough data yet: no working days of activity in this window." };
  if (workingDays < MIN_WORKING_DAYS) {
    return { focus: null, reason: "insufficient_data", reasonText: `Not enough data yet: ${Math.round(workingDays)} working days of activity in this window; coaching on the numbers starts at ${MIN_WORKING_DAYS}.` };
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
    if (below > 0) return { focus: null, reason: "insufficient_data", reasonText: "Not enough data yet: no revenue won, by you or the team, to put a value on the gaps." };
    if (measured > 0) return { focus: null, reason: "at_or_above_benchmark", reasonText: "No clear priority: every lever with enough data is at or above its benchmark." };
    return { focus: null, reason: "insufficient_data", reasonText: "Not enough data yet to compare any lever with a benchmark." };
  }
  const name = top.competency?.name ?? top.label;
  if (top.confidence >= threshold) {
    return { focus: top.lever, reason: "focus", reasonText: `Focus on ${name}: it is the gap that costs the most revenue, and ${formatConfidence(top.confidence)} sure to be real.` };
  }
  if (top.sampleSize < MIN_TRIALS[top.kind]) {
    return { focus: null, reason: "insufficient_data", reasonText: `Not enough data yet: the biggest gap (${name}) rests on only ${Math.round(top.sampleSize)} ${UNIT[top.kind]}.` };
  }
  return {
    focus: null,
    reason: "uncertain",
    reasonText: `No clear priority: the biggest gap (${name}) may be noise — ${formatConfidence(top.confidence)} sure, under the ${formatConfidence(threshold)} needed.`,
  };
}
