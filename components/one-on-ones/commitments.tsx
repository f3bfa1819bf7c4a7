"use client";
import { useId, useState } from "react";
import { addCommitmentAction, reviewCommitmentAction } from "@/app/(app)/one-on-ones/actions";
import { formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { OUTCOME_LABEL, OUTCOME_TONE } from "@/components/one-on-ones/labels";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import { addDays } from "@/lib/calendar/days";
import type { CommitmentView } from "@/lib/server/one-on-ones/get-one-on-one";

function CommitmentMeta({ commitment }: { commitment: CommitmentView }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
      <span>
        Owner: {commitment.owner.name}
        {commitment.owner.isCoach ? " (coach)" : ""}
      </span>
      <span aria-hidden="true">·</span>
      <span>Due {formatDate(commitment.dueOn)}</span>
      {commitment.overdue ? <Badge tone="bad">Overdue</Badge> : null}
      {commitment.outcome ? (
        <Badge tone={OUTCOME_TONE[commitment.outcome]}>Reviewed: {OUTCOME_LABEL[commitment.outcome]}</Badge>
      ) : commitment.status !== "OPEN" ? (
        <Badge tone={commitment.status === "DONE" ? "good" : "bad"}>{commitment.status === "DONE" ? "Done" : "Missed"}</Badge>
      ) : (
        <Badge tone="info">Open</Badge>
      )}
      {commitment.carried ? <Badge tone="warn">Carried over</Badge> : null}
      {commitment.leftUnreviewed ? <Badge tone="warn">Not reviewed in this meeting</Badge> : null}
    </p>
  );
}

function ReviewRow({ oneOnOneId, commitment, today }: { oneOnOneId: string; commitment: CommitmentView; today: string }) {
  const dueId = useId();
  const errorId = useId();
  const review = useActionRunner(reviewCommitmentAction);
  const [dueOn, setDueOn] = useState(addDays(commitment.dueOn > today ? commitment.dueOn : today, 7));
  const dueError = review.fieldError("dueOn");
  const error = review.result.ok === false ? (dueError ? `New due date: ${dueError}` : review.result.message) : null;
  const decide = (outcome: "DONE" | "MISSED" | "CARRY_OVER") => review.run({ oneOnOneId, commitmentId: commitment.id, outcome, dueOn: outcome === "CARRY_OVER" ? dueOn : undefined });
  return (
    <li className={commitment.overdue ? "border-l-4 border-red-500 py-3 pl-3" : "py-3 pl-4"}>
      <p className="text-sm font-medium text-slate-900">{commitment.text}</p>
      <CommitmentMeta commitment={commitment} />
      {commitment.reviewable ? (
        <div role="group" aria-label={`Review “${commitment.text}”`} className="mt-2 flex flex-wrap items-end gap-2">
          <Button type="button" size="sm" disabled={review.pending} onClick={() => decide("DONE")}>
            Done
          </Button>
          <Button type="button" size="sm" variant="secondary" disabled={review.pending} onClick={() => decide("MISSED")}>
            Missed
          </Button>
          <div className="flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <Label htmlFor={dueId} className="text-xs">
                New due date
              </Label>
              <Input id={dueId} type="date" className="h-8 w-40" min={today} value={dueOn} onChange={(event) => setDueOn(event.target.value)} aria-invalid={dueError ? true : undefined} aria-describedby={error ? errorId : undefined} />
            </div>
            <Button type="button" size="sm" variant="secondary" disabled={review.pending} onClick={() => decide("CARRY_OVER")}>
              Carry over
            </Button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </li>
  );
}

export function CommitmentReviewList({ oneOnOneId, commitments, today, emptyText }: { oneOnOneId: string; commitments: CommitmentView[]; today: string; emptyText: string }) {
  if (commitments.length === 0) return <p className="text-sm text-slate-600">{emptyText}</p>;
  const leftUnreviewed = commitments.filter((commitment) => commitment.leftUnreviewed).length;
  return (
    <>
      {leftUnreviewed ? (
        <p className="mb-2 text-sm text-amber-900" data-testid="left-unreviewed">
          The meeting was completed without reviewing {leftUnreviewed === 1 ? "1 commitment" : `${leftUnreviewed} commitments`}; {leftUnreviewed === 1 ? "it stays" : "they stay"} open for the next one-on-one.
        </p>
      ) : null}
      <ul aria-label="Commitments to review" className="divide-y divide-slate-100">
        {commitments.map((commitment) => (
          <ReviewRow key={commitment.id} oneOnOneId={oneOnOneId} commitment={commitment} today={today} />
        ))}
      </ul>
    </>
  );
}

export function NewCommitmentList({ commitments }: { commitments: CommitmentView[] }) {
  if (commitments.length === 0) return <p className="text-sm text-slate-600">No commitments agreed yet.</p>;
  return (
    <ul aria-label="New commitments" className="divide-y divide-slate-100">
      {commitments.map((commitment) => (
        <li key={commitment.id} className={commitment.overdue ? "border-l-4 border-red-500 py-2 pl-3" : "py-2"}>
          <p className="text-sm font-medium text-slate-900">{commitment.text}</p>
          <CommitmentMeta commitment={commitment} />
        </li>
      ))}
    </ul>
  );
}

export function AddCommitmentForm({ oneOnOneId, today, member, coach }: { oneOnOneId: string; today: string; member: { name: string }; coach: { name: string } }) {
  const ids = { text: useId(), owner: useId(), dueOn: useId() };
  const [text, setText] = useState("");
  const [owner, setOwner] = useState<"member" | "coach">("member");
  const [dueOn, setDueOn] = useState(addDays(today, 7));
  const add = useActionRunner(addCommitmentAction);
  const errors = { text: add.fieldError("text"), owner: add.fieldError("owner"), dueOn: add.fieldError("dueOn") };
  const formError = add.result.ok === false && !errors.text && !errors.owner && !errors.dueOn ? add.result.message : null;
  return (
    <form
      noValidate
      className="mt-4 grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        add.run({ oneOnOneId, text, owner, dueOn }, () => setText(""));
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.text}>Commitment</Label>
        <Input id={ids.text} value={text} maxLength={300} onChange={(event) => setText(event.target.value)} aria-invalid={errors.text ? true : undefined} aria-describedby={errors.text ? `${ids.text}-error` : undefined} placeholder="Specific and dated, e.g. Run the discovery questions on every first meeting" />
        {errors.text ? (
          <p id={`${ids.text}-error`} className="text-sm text-red-700">
            Commitment: {errors.text}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.owner}>Owner</Label>
        <select id={ids.owner} className={selectClass} value={owner} onChange={(event) => setOwner(event.target.value === "coach" ? "coach" : "member")} aria-invalid={errors.owner ? true : undefined}>
          <option value="member">{member.name}</option>
          <option value="coach">{coach.name} (coach)</option>
        </select>
        {errors.owner ? <p className="text-sm text-red-700">Owner: {errors.owner}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.dueOn}>Due date</Label>
        <Input id={ids.dueOn} type="date" min={today} value={dueOn} onChange={(event) => setDueOn(event.target.value)} aria-invalid={errors.dueOn ? true : undefined} aria-describedby={errors.dueOn ? `${ids.dueOn}-error` : undefined} />
        {errors.dueOn ? (
          <p id={`${ids.dueOn}-error`} className="text-sm text-red-700">
            Due date: {errors.dueOn}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={add.pending} aria-busy={add.pending}>
        Add commitment
      </Button>
      {formError ? (
        <Alert tone="error" className="sm:col-span-4">
          {formError}
        </Alert>
      ) : null}
    </form>
  );
}
