import { Badge } from "@/components/ui/badge";
import type { LeverStatusKey } from "@/lib/format";

type Status = LeverStatusKey | "at_benchmark";

// Status is told by icon and words as well as colour. "at" is for a value the engine puts below
// its benchmark by less than any shown digit: the badge must not contradict two equal figures.
const STATUS: Record<Status, { tone: "good" | "bad" | "neutral" | "warn"; icon: string; text: string }> = {
  at_or_above_benchmark: { tone: "good", icon: "▲", text: "at or above" },
  at_benchmark: { tone: "neutral", icon: "=", text: "at" },
  below_benchmark: { tone: "bad", icon: "▼", text: "below" },
  insufficient_data: { tone: "neutral", icon: "…", text: "too little data" },
  no_benchmark: { tone: "neutral", icon: "–", text: "no benchmark" },
};

export function LeverStatus({ status, confident }: { status: Status; confident?: boolean }) {
  const entry = STATUS[status];
  const tone = status === "below_benchmark" && !confident ? "warn" : entry.tone;
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">{entry.icon}</span>
      {entry.text}
    </Badge>
  );
}
