import { Badge } from "@/components/ui/badge";
import type { LeverStatusKey } from "@/lib/format";

type Status = LeverStatusKey | "at_benchmark";

// Status is told by icon and words as well as colour. "at" is for a value the engine puts below
// its benchmark by less than any shown digit: the badge must not contradict two equal figures.
// The icon is drawn by the stylesheet (.lever-icon-* in app/globals.css, silent to screen readers,
// which read the words): a team table shows a badge per lever per rep, and an element each (#21).
const STATUS: Record<Status, { tone: "good" | "bad" | "neutral" | "warn"; icon: string; text: string }> = {
  at_or_above_benchmark: { tone: "good", icon: "lever-icon-up", text: "at or above" },
  at_benchmark: { tone: "neutral", icon: "lever-icon-at", text: "at" },
  below_benchmark: { tone: "bad", icon: "lever-icon-down", text: "below" },
  insufficient_data: { tone: "neutral", icon: "lever-icon-thin", text: "too little data" },
  no_benchmark: { tone: "neutral", icon: "lever-icon-none", text: "no benchmark" },
};

export function LeverStatus({ status, confident }: { status: Status; confident?: boolean }) {
  const entry = STATUS[status];
  const tone = status === "below_benchmark" && !confident ? "warn" : entry.tone;
  return (
    <Badge tone={tone} className={entry.icon}>
      {entry.text}
    </Badge>
  );
}
