"use client";
import { useId, useState } from "react";
import Link from "next/link";
import { attachPlanRoutineAction, closePlanAction, detachPlanRoutineAction, updatePlanAction } from "@/app/(app)/plans/actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { selectClass, textareaClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** The manager's edits of an active plan: target date and notes (baseline and target are measured, not typed). */
export function PlanDetailsForm({ planId, targetDate, notes, minTargetDate }: { planId: string; targetDate: string; notes: string; minTargetDate: string }) {
  const ids = { date: useId(), notes: useId(), dateError: useId(), notesError: useId() };
  const [date, setDate] = useState(targetDate);
  const [text, setText] = useState(notes);
  const save = useActionRunner(updatePlanAction);
  const errors = { targetDate: save.fieldError("targetDate"), notes: save.fieldError("notes") };
  const formError = save.result.ok === false && !errors.targetDate && !errors.notes ? save.result.message : null;
  return (
    <form
      aria-label="Plan details"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.run({ planId, targetDate: date, notes: text });
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.date}>Target date</Label>
        <Input
          id={ids.date}
          type="date"
          className="w-44"
          min={minTargetDate}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          aria-invalid={errors.targetDate ? true : undefined}
          aria-describedby={errors.targetDate ? ids.dateError : undefined}
        />
        {errors.targetDate ? (
          <p id={ids.dateError} className="text-sm text-red-700">
            Target date: {errors.targetDate}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.notes}>Notes</Label>
        <textarea
          id={ids.notes}
          rows={5}
          className={textareaClass}
          value={text}
          onChange={(event) => setText(event.target.value)}
          maxLength={5000}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={errors.notes ? ids.notesError : undefined}
          placeholder="What the rep practises, how you will observe it, what support you give."
        />
        {errors.notes ? (
          <p id={ids.notesError} className="text-sm text-red-700">
            Notes: {errors.notes}
          </p>
        ) : null}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={save.pending} aria-busy={save.pending}>
          Save plan details
        </Button>
        <span role="status" className="text-sm text-slate-600">
          {save.result.ok === true && !save.pending ? "Saved." : ""}
        </span>
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}

export interface RoutineView {
  id: string;
  title: string;
  whenToUse: string;
  steps: string[];
  retired: boolean;
}

function DetachButton({ planId, routine }: { planId: string; routine: RoutineView }) {
  const detach = useActionRunner(detachPlanRoutineAction);
  return (
    <div className="flex shrink-0 flex-col items-end gap-1">
      <Button
        type="button"
        size="sm"
        variant="ghost"
        disabled={detach.pending}
        onClick={() => detach.run({ planId, salesPlayId: routine.id })}
        aria-label={`Remove ${routine.title} from the plan`}
      >
        Remove
      </Button>
      {detach.result.ok === false ? <p className="text-sm text-red-700">{detach.result.message}</p> : null}
    </div>
  );
}

/** The plan's routines (sales plays); the manager attaches plays of the competency and removes them. */
export function PlanRoutines({
  planId,
  routines,
  available,
  editable,
}: {
  planId: string;
  routines: RoutineView[];
  available: { id: string; title: string }[];
  editable: boolean;
}) {
  const ids = { play: useId(), error: useId() };
  const [playId, setPlayId] = useState("");
  const attach = useActionRunner(attachPlanRoutineAction);
  const error =
    attach.result.ok === false ? (attach.fieldError("salesPlayId") ? `Sales play: ${attach.fieldError("salesPlayId")}` : attach.result.message) : null;
  return (
    <div className="flex flex-col gap-4">
      {routines.length === 0 ? (
        <p className="text-sm text-slate-600">No routines yet.{editable ? " Attach a sales play of this competency below." : ""}</p>
      ) : (
        <ul aria-label="Routines" className="flex flex-col divide-y divide-slate-100">
          {routines.map((routine) => (
            <li key={routine.id} className="py-3">
              {/* The text takes what is left, so every routine's Remove sits at the same right edge. */}
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0 flex-1">
                  <Link href={`/playbook#${routine.id}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                    {routine.title}
                  </Link>
                  {routine.retired ? (
                    <Badge tone="warn" className="ml-2">
                      retired from the playbook
                    </Badge>
                  ) : null}
                  <p className="text-sm text-slate-700">{routine.whenToUse}</p>
                </div>
                {editable ? <DetachButton planId={planId} routine={routine} /> : null}
              </div>
              {routine.steps.length ? (
                <ol className="mt-2 list-decimal pl-5 text-sm text-slate-700">
                  {routine.steps.map((step, index) => (
                    <li key={index}>{step}</li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable && available.length ? (
        <form
          aria-label="Attach a sales play"
          noValidate
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            attach.run({ planId, salesPlayId: playId }, () => setPlayId(""));
          }}
        >
          <div className="flex min-w-64 flex-col gap-1">
            <Label htmlFor={ids.play}>Sales play</Label>
            <select
              id={ids.play}
              className={selectClass}
              value={playId}
              onChange={(event) => setPlayId(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? ids.error : undefined}
            >
              <option value="">Choose a sales play…</option>
              {available.map((play) => (
                <option key={play.id} value={play.id}>
                  {play.title}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" disabled={attach.pending} aria-busy={attach.pending}>
            Attach
          </Button>
          {error ? (
            <p id={ids.error} role="alert" className="w-full text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}

/** Closing keeps the measured result: ACHIEVED if the target was met over the minimum sample, CLOSED otherwise. */
export function ClosePlanButton({ planId }: { planId: string }) {
  const [confirming, setConfirming] = useState(false);
  const close = useActionRunner(closePlanAction);
  return (
    <div className="flex flex-col gap-2">
      {confirming ? (
        <div role="group" aria-label="Confirm closing the plan" className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">Close the plan and keep today&apos;s result?</span>
          <Button type="button" variant="danger" size="sm" disabled={close.pending} onClick={() => close.run({ planId })}>
            Yes, close the plan
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(false)}>
            Keep it open
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Close the plan
        </Button>
      )}
      {close.result.ok === false ? <Alert tone="error">{close.result.message}</Alert> : null}
    </div>
  );
}
