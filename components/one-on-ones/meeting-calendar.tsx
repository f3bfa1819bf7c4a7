"use client";
import { useId, useState } from "react";
import { moveOneOnOneAction } from "@/app/(app)/one-on-ones/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** "Add to calendar" for the people in the meeting; the coach moves a meeting that has not started. */
export function MeetingCalendar({
  oneOnOneId,
  canMove,
  scheduledAt,
  minWhen,
  timeZone,
}: {
  oneOnOneId: string;
  canMove: boolean;
  scheduledAt: string;
  minWhen: string;
  timeZone: string;
}) {
  const id = useId();
  const [when, setWhen] = useState(scheduledAt);
  const [moving, setMoving] = useState(false);
  const move = useActionRunner(moveOneOnOneAction);
  const error = move.result.ok === false ? (move.fieldError("scheduledAt") ?? move.result.message) : null;
  return (
    <section aria-label="Calendar" className="mb-4 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        <a href={`/one-on-ones/${oneOnOneId}/calendar`} download className={buttonVariants({ variant: "secondary", size: "sm" })}>
          Add to calendar (.ics)
        </a>
        {canMove && !moving ? (
          <Button type="button" variant="ghost" size="sm" onClick={() => setMoving(true)}>
            Move the meeting
          </Button>
        ) : null}
        {move.result.ok === true ? (
          <p role="status" className="text-sm text-slate-700">
            Moved. Calendars subscribed to the feed show the new time; a downloaded event is replaced when you add it again.
          </p>
        ) : null}
      </div>
      {canMove && moving ? (
        <form
          noValidate
          aria-label="Move the meeting"
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            move.run({ oneOnOneId, scheduledAt: when }, () => setMoving(false));
          }}
        >
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-when`}>New date and time</Label>
            <Input
              id={`${id}-when`}
              type="datetime-local"
              min={minWhen}
              value={when}
              onChange={(event) => setWhen(event.target.value)}
              aria-describedby={`${id}-zone`}
              aria-invalid={error ? true : undefined}
            />
            <p id={`${id}-zone`} className="text-xs text-slate-600">
              {timeZone} time
            </p>
          </div>
          <Button type="submit" size="sm" disabled={move.pending} aria-busy={move.pending}>
            {move.pending ? "Moving…" : "Move"}
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => setMoving(false)}>
            Keep the time
          </Button>
        </form>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </section>
  );
}
