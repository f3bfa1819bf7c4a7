"use client";
import { useRouter } from "next/navigation";
import { startOneOnOneWithAction } from "@/app/(app)/one-on-ones/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** The manager starts (or reopens) today's one-on-one with a rep; the numbers are frozen and the meeting opens. */
export function StartOneOnOneButton({ memberId, memberName, size = "md", compact = false }: { memberId: string; memberName: string; size?: "sm" | "md"; compact?: boolean }) {
  const router = useRouter();
  const start = useActionRunner(startOneOnOneWithAction);
  const opening = start.pending || start.result.ok === true;
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        type="button"
        size={size}
        variant={compact ? "secondary" : "primary"}
        // In a table's narrow column "Start 1:1" broke over two lines inside the button's fixed height.
        className={compact ? "whitespace-nowrap" : undefined}
        disabled={opening}
        aria-busy={opening}
        aria-label={compact ? `Start 1:1 with ${memberName}` : undefined}
        onClick={() =>
          start.run({ memberId }, (meeting) => {
            if (meeting) router.push(`/one-on-ones/${meeting.id}`);
          })
        }
      >
        {opening ? "Opening…" : compact ? "Start 1:1" : "Start a one-on-one"}
      </Button>
      {start.result.ok === false ? (
        <span role="alert" className="text-sm text-red-700">
          {start.result.message}
        </span>
      ) : null}
    </span>
  );
}
