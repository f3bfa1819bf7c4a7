import { Badge } from "@/components/ui/badge";

export type PlanProgressStatusKey = "achieved" | "on_track" | "behind" | "insufficient_data" | "closed";

const LABEL: Record<PlanProgressStatusKey, string> = {
  achieved: "Achieved",
  on_track: "On track",
  behind: "Behind",
  insufficient_data: "Not enough data yet",
  closed: "Closed",
};
const TONE = { achieved: "good", on_track: "info", behind: "bad", insufficient_data: "neutral", closed: "neutral" } as const;

/** A plan's progress as a word and a colour (never the colour alone). */
export function PlanStatusBadge({ status }: { status: PlanProgressStatusKey }) {
  return (
    <Badge tone={TONE[status]} data-testid="plan-status">
      {LABEL[status]}
    </Badge>
  );
}
