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
import type { CommitmentView, ScoredCommitmentView } from "@/lib/server/one-on-ones/get-one-on-one";
import { COMMITMENT_HORIZONS } from "@/lib/validation/one-on-one-terms";

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
      {commitment.lever ? (
        <span data-testid="commitment-lever">
          Moves {commitment.lever.label} · scored after {formatDate(commitment.lever.horizonTo)}
          {commitment.lever.play ? ` · play: ${commitment.lever.play}` : ""}
        </span>
      ) : null}
    </p>
  );
}

const SCORE = {
  pending: { label: "Not scored yet", tone: "neutral" },
  not_enough_data: { label: "Not enough data", tone: "neutral" },
  moved: { label: "Moved its lever", tone: "good" },
  not_moved: { label: "Did not move its lever", tone: "bad" },
} as const;

/** Commitments tied to a lever whose horizon ended since the last meeting, scored from the activity (decision 0035). */
export function ScoredCommitmentList({ commitments }: { commitments: ScoredCommitmentView[] }) {
  if (commitments.length === 0) return null;
  return (
    <section aria-labelledby="scored-commitments" className="mb-4 rounded-md border border-slate-200 p-3">
      <h3 id="scored-commitments" className="text-sm font-semibold text-slate-800">
        Scored since the last one-on-one
      </h3>
      <p className="text-xs text-slate-600">Did the lever move over the horizon, against the rep&apos;s own baseline and against comparable reps? Measured from activity.</p>
      <ul aria-label="Scored commitments" className="mt-2 divide-y divide-slate-100">
        {commitments.map((commitment) => (
          <li key={commitment.id} className="py-2" data-testid="scored-commitment">
            <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
              {commitment.text} <Badge tone={SCORE[commitment.status].tone}>{SCORE[commitment.status].label}</Badge>
            </p>
            <p className="text-xs text-slate-600">
              {commitment.lever}, {formatDate(commitment.horizonFrom)}–{formatDate(commitment.horizonTo)}
              {commitment.play ? ` · play: ${commitment.play}` : ""}
            </p>
            <p className="text-sm text-slate-700">{commitment.reasonText}</p>
          </li>
        ))}
      </ul>
    </section>
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

export function AddCommitmentForm({
  oneOnOneId,
  today,
  member,
  coach,
  levers = [],
  plays = [],
}: {
  oneOnOneId: string;
  today: string;
  member: { name: string };
  coach: { name: string };
  /** In a rep's meeting: the levers a commitment can be tied to, and the playbook's plays. */
  levers?: { key: string; label: string }[];
  plays?: { id: string; title: string }[];
}) {
  const ids = { text: useId(), owner: useId(), dueOn: useId(), lever: useId(), horizon: useId(), play: useId() };
  const [text, setText] = useState("");
  const [owner, setOwner] = useState<"member" | "coach">("member");
  const [dueOn, setDueOn] = useState(addDays(today, 7));
  const [leverKey, setLeverKey] = useState("");
  const [horizonDays, setHorizonDays] = useState("14");
  const [salesPlayId, setSalesPlayId] = useState("");
  const add = useActionRunner(addCommitmentAction);
  const errors = { text: add.fieldError("text"), owner: add.fieldError("owner"), dueOn: add.fieldError("dueOn"), lever: add.fieldError("leverKey") ?? add.fieldError("horizonDays") ?? add.fieldError("salesPlayId") };
  const formError = add.result.ok === false && !errors.text && !errors.owner && !errors.dueOn && !errors.lever ? add.result.message : null;
  return (
    <form
      noValidate
      className="mt-4 grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        const outcome = leverKey ? { leverKey, horizonDays: Number(horizonDays), salesPlayId } : {};
        add.run({ oneOnOneId, text, owner, dueOn, ...outcome }, () => setText(""));
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
      {levers.length ? (
        <fieldset className="grid gap-3 sm:col-span-4 sm:grid-cols-3">
          <legend className="mb-1 text-xs text-slate-600">Optional: tie it to a lever, scored from activity after the horizon.</legend>
          <div className="flex flex-col gap-1">
            <Label htmlFor={ids.lever}>Lever it should move</Label>
            <select id={ids.lever} className={selectClass} value={leverKey} onChange={(event) => setLeverKey(event.target.value)} aria-invalid={errors.lever ? true : undefined}>
              <option value="">None</option>
              {levers.map((lever) => (
                <option key={lever.key} value={lever.key}>
                  {lever.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor={ids.horizon}>Horizon</Label>
            <select id={ids.horizon} className={selectClass} value={horizonDays} disabled={!leverKey} onChange={(event) => setHorizonDays(event.target.value)}>
              {COMMITMENT_HORIZONS.map((days) => (
                <option key={days} value={String(days)}>
                  {days % 7 === 0 ? `${days / 7} ${days === 7 ? "week" : "weeks"}` : `${days} days`}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor={ids.play}>Sales play (optional)</Label>
            <select id={ids.play} className={selectClass} value={salesPlayId} disabled={!leverKey} onChange={(event) => setSalesPlayId(event.target.value)}>
              <option value="">None</option>
              {plays.map((play) => (
                <option key={play.id} value={play.id}>
                  {play.title}
                </option>
              ))}
            </select>
          </div>
          {errors.lever ? <p className="text-sm text-red-700 sm:col-span-3">Lever: {errors.lever}</p> : null}
        </fieldset>
      ) : null}
      {formError ? (
        <Alert tone="error" className="sm:col-span-4">
          {formError}
        </Alert>
      ) : null}
    </form>
  );
}
