"use client";
import { requestReminderCheckAction } from "@/app/(app)/settings/jobs/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

export function ReminderCheckButton() {
  const check = useActionRunner(requestReminderCheckAction);
  return (
    <div className="flex flex-col items-start gap-2">
      <Button type="button" variant="secondary" disabled={check.pending} aria-busy={check.pending} onClick={() => check.run({})}>
        {check.pending ? "Queuing…" : "Check reminders now"}
      </Button>
      <p role="status" className="text-sm">
        {check.result.ok === false ? <span className="text-red-700">{check.result.message}</span> : null}
        {check.result.ok === true ? (check.result.data?.queued ? "Queued: due reminders go out within a minute." : "A check is already queued for this minute.") : null}
      </p>
    </div>
  );
}
