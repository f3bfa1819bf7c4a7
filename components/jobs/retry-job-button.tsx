"use client";
import { retryJobAction } from "@/app/(app)/settings/jobs/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

export function RetryJobButton({ jobId, queue, label }: { jobId: string; queue: string; label: string }) {
  const retry = useActionRunner(retryJobAction);
  return (
    <div className="flex flex-col items-start gap-1">
      <Button type="button" size="sm" variant="secondary" disabled={retry.pending || retry.result.ok === true} onClick={() => retry.run({ jobId, queue })} aria-label={`Retry ${label}`}>
        {retry.result.ok ? "Queued" : "Retry"}
      </Button>
      <p role="status" className="text-xs">
        {retry.result.ok === false ? <span className="text-red-700">{retry.result.message}</span> : null}
      </p>
    </div>
  );
}
