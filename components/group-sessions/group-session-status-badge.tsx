import { Badge } from "@/components/ui/badge";

const STATUS = {
  SCHEDULED: { tone: "info", text: "Planned" },
  COMPLETED: { tone: "good", text: "Completed" },
  CANCELLED: { tone: "neutral", text: "Cancelled" },
} as const;

/** A group session's state in words, the same on the list and on the session. */
export function GroupSessionStatusBadge({ status }: { status: keyof typeof STATUS }) {
  const entry = STATUS[status];
  return <Badge tone={entry.tone}>{entry.text}</Badge>;
}
