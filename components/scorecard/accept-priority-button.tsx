"use client";
import { useId } from "react";
import { useRouter } from "next/navigation";
import { acceptDevelopmentPriorityAction } from "@/app/(app)/org/coaching/actions";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** For the VP: one click turns the proposed priority into a leader plan (baseline and target are measured on the server). */
export function AcceptPriorityButton({ managerId, competencyId, competencyName }: { managerId: string; competencyId: string; competencyName: string }) {
  const router = useRouter();
  const errorId = useId();
  const accept = useActionRunner(acceptDevelopmentPriorityAction);
  const error = accept.result.ok === false ? accept.result.message : null;
  return (
    <form
      aria-label={`Accept ${competencyName} as the development priority`}
      className="mt-3 flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        accept.run({ managerId, competencyId }, () => router.refresh());
      }}
    >
      <div>
        <Button type="submit" disabled={accept.pending} aria-busy={accept.pending} aria-describedby={error ? errorId : undefined}>
          {accept.pending ? "Starting the plan…" : `Accept: start a ${competencyName} plan`}
        </Button>
      </div>
      <p className="text-xs text-slate-600">Today&apos;s value is the baseline, the median manager the target, 90 days to get there; progress is measured, never typed in.</p>
      {error ? (
        <Alert tone="error" id={errorId}>
          {error}
        </Alert>
      ) : null}
      {accept.result.ok === true ? <Alert tone="success">Leader plan started.</Alert> : null}
    </form>
  );
}
