"use client";
import { MeetingTimeField } from "@/components/one-on-ones/meeting-time-field";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { scheduleOneOnOneAction } from "@/app/(app)/one-on-ones/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";

/** Manager (with a rep) or VP (with a manager): whom and when, in the organization's time zone. */
export function ScheduleForm({ members, memberLabel, defaultWhen, minWhen, timeZone }: { members: { id: string; name: string }[]; memberLabel: string; defaultWhen: string; minWhen: string; timeZone: string }) {
  const router = useRouter();
  const ids = { member: useId(), when: useId() };
  const [memberId, setMemberId] = useState("");
  const [scheduledAt, setScheduledAt] = useState(defaultWhen);
  const schedule = useActionRunner(scheduleOneOnOneAction);
  const errors = { memberId: schedule.fieldError("memberId"), scheduledAt: schedule.fieldError("scheduledAt") };
  const opening = schedule.pending || schedule.result.ok === true;
  const formError = schedule.result.ok === false && !errors.memberId && !errors.scheduledAt ? schedule.result.message : null;
  return (
    <form
      noValidate
      aria-label="Schedule a one-on-one"
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
      onSubmit={(event) => {
        event.preventDefault();
        schedule.run({ memberId, scheduledAt }, (meeting) => {
          if (meeting) router.push(`/one-on-ones/${meeting.id}`);
        });
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={ids.member}>{memberLabel}</Label>
        <select id={ids.member} className={selectClass} value={memberId} onChange={(event) => setMemberId(event.target.value)} aria-invalid={errors.memberId ? true : undefined} aria-describedby={errors.memberId ? `${ids.member}-error` : undefined}>
          <option value="">Choose…</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
        {errors.memberId ? (
          <p id={`${ids.member}-error`} className="text-sm text-red-700">
            {memberLabel}: {errors.memberId}
          </p>
        ) : null}
      </div>
      <MeetingTimeField id={ids.when} min={minWhen} value={scheduledAt} onChange={setScheduledAt} error={errors.scheduledAt} timeZone={timeZone} />
      <Button type="submit" className="sm:mt-6" disabled={opening} aria-busy={opening}>
        {opening ? "Scheduling…" : "Schedule"}
      </Button>
      {formError ? (
        <Alert tone="error" className="sm:col-span-3">
          {formError}
        </Alert>
      ) : null}
    </form>
  );
}
