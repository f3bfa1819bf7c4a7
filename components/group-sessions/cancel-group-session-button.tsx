"use client";
import { useState } from "react";
import { cancelGroupSessionAction } from "@/app/(app)/group-sessions/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** Calling a session off asks once more: the attendees see it cancelled, and it cannot be reopened. */
export function CancelGroupSessionButton({ groupSessionId }: { groupSessionId: string }) {
  const cancel = useActionRunner(cancelGroupSessionAction);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      {confirming ? (
        <div role="group" aria-label="Confirm cancelling the session" className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">Cancel this session for every attendee?</span>
          <Button type="button" variant="danger" disabled={cancel.pending} onClick={() => cancel.run({ groupSessionId })}>
            {cancel.pending ? "Cancelling…" : "Yes, cancel it"}
          </Button>
          <Button type="button" variant="secondary" disabled={cancel.pending} onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Cancel the session
        </Button>
      )}
      <p role="status" className="text-sm">
        {cancel.result.ok === false ? <span className="text-red-700">{cancel.result.message}</span> : null}
      </p>
    </div>
  );
}
