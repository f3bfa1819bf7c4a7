"use client";
import { useState } from "react";
import { cancelOneOnOneAction, completeOneOnOneAction, startOneOnOneAction, type CompleteResult } from "@/app/(app)/one-on-ones/actions";
import { formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { useAutosaveRegistry } from "@/components/one-on-ones/autosave-registry";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** The coach's buttons: start (freezes the numbers), complete (locks the record), cancel. */
export function MeetingControls({ oneOnOneId, can, pendingReviewIds = [] }: { oneOnOneId: string; can: { start: boolean; complete: boolean; cancel: boolean }; pendingReviewIds?: string[] }) {
  const start = useActionRunner(startOneOnOneAction);
  const complete = useActionRunner<{ oneOnOneId: string; completeWithoutReview?: string[] }, CompleteResult>(completeOneOnOneAction);
  const cancel = useActionRunner(cancelOneOnOneAction);
  const registry = useAutosaveRegistry();
  const [notesProblem, setNotesProblem] = useState<string | null>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const error = [start, complete, cancel].map((runner) => (runner.result.ok === false ? runner.result.message : null)).find(Boolean) ?? notesProblem;

  async function completeMeeting() {
    setNotesProblem(null);
    // Nothing typed may be lost by locking: every notes editor saves (or reports a conflict) first.
    if (registry && !(await registry.flushAll())) {
      setNotesProblem("Your notes are not saved yet (see the notes): merge or save them, then complete the meeting.");
      return;
    }
    complete.run({ oneOnOneId });
  }
  // The warning shrinks as the coach reviews on the page (the page re-renders with what is still pending).
  const warned = complete.result.ok && complete.result.data?.status === "unreviewed" ? complete.result.data : null;
  const stillPending = warned ? warned.commitments.filter((commitment) => pendingReviewIds.includes(commitment.id)) : [];
  const unreviewed = warned && stillPending.length ? { message: `${stillPending.length === 1 ? "1 commitment" : `${stillPending.length} commitments`} from earlier meetings ${stillPending.length === 1 ? "is" : "are"} not reviewed yet`, commitments: stillPending } : null;

  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {can.start ? (
          <Button type="button" onClick={() => start.run({ oneOnOneId })} disabled={start.pending} aria-busy={start.pending}>
            {start.pending ? "Starting…" : "Start the meeting"}
          </Button>
        ) : null}
        {can.complete ? (
          <Button type="button" onClick={() => void completeMeeting()} disabled={complete.pending} aria-busy={complete.pending} aria-describedby="complete-help">
            {complete.pending ? "Completing…" : "Complete the meeting"}
          </Button>
        ) : null}
        {can.cancel && !confirmingCancel ? (
          <Button type="button" variant="secondary" onClick={() => setConfirmingCancel(true)}>
            Cancel the meeting
          </Button>
        ) : null}
        {can.cancel && confirmingCancel ? (
          <>
            <Button type="button" variant="danger" onClick={() => cancel.run({ oneOnOneId })} disabled={cancel.pending}>
              Yes, cancel it
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirmingCancel(false)}>
              Keep it
            </Button>
          </>
        ) : null}
      </div>
      {can.complete ? (
        <p id="complete-help" className="text-xs text-slate-600">
          Completing locks the record; later changes become addenda.
        </p>
      ) : null}
      {unreviewed && can.complete ? (
        <div
          role="alert"
          className="w-full max-w-md rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="unreviewed-warning"
        >
          <p className="font-semibold">{unreviewed.message}.</p>
          <ul className="mt-1 list-disc pl-5">
            {unreviewed.commitments.map((commitment) => (
              <li key={commitment.id}>
                {commitment.text} <span className="text-amber-900">(due {formatDate(commitment.dueOn)})</span>
              </li>
            ))}
          </ul>
          <p className="mt-2">
            Review each one (done, missed or carry over) so the record says what happened, or complete anyway: the record then lists them as not reviewed and
            they stay open for the next meeting.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <a href="#agenda-commitment-review" className={buttonVariants({ size: "sm" })}>
              Review them now
            </a>
            <Button
              type="button"
              size="sm"
              variant="secondary"
              disabled={complete.pending}
              onClick={() => complete.run({ oneOnOneId, completeWithoutReview: unreviewed.commitments.map((commitment) => commitment.id) })}
            >
              Complete without reviewing
            </Button>
          </div>
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
