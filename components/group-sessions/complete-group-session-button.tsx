"use client";
import { completeGroupSessionAction } from "@/app/(app)/group-sessions/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** Completing locks the session; the server refuses while an attendee has no commitment. */
export function CompleteGroupSessionButton({ groupSessionId }: { groupSessionId: string }) {
  const complete = useActionRunner(completeGroupSessionAction);
  return (
    <div className="flex flex-col gap-1">
      <Button type="button" disabled={complete.pending} onClick={() => complete.run({ groupSessionId })}>
        Complete the session
      </Button>
      <p role="status" className="text-sm">
        {complete.result.ok === false ? <span className="text-red-700">{complete.result.message}</span> : null}
      </p>
    </div>
  );
}
