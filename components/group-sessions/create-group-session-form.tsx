"use client";
import { MeetingTimeField } from "@/components/one-on-ones/meeting-time-field";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { createGroupSessionAction } from "@/app/(app)/group-sessions/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { useActionRunner } from "@/components/one-on-ones/use-action-runner";
import type { GroupSessionList } from "@/lib/server/group-sessions/list-group-sessions";

/** A manager picks a team, two or more of its reps and a time; the focus and agenda come from the team's numbers. */
export function CreateGroupSessionForm({ teams, defaultWhen, minWhen, timeZone }: { teams: GroupSessionList["teams"]; defaultWhen: string; minWhen: string; timeZone: string }) {
  const router = useRouter();
  const ids = { team: useId(), when: useId(), reps: useId() };
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [repIds, setRepIds] = useState<string[]>([]);
  const [scheduledAt, setScheduledAt] = useState(defaultWhen);
  const create = useActionRunner(createGroupSessionAction);
  const team = teams.find((candidate) => candidate.id === teamId);
  const errors = { repIds: create.fieldError("repIds"), scheduledAt: create.fieldError("scheduledAt") };
  const formError = create.result.ok === false && !errors.repIds && !errors.scheduledAt ? create.result.message : null;
  const busy = create.pending || create.result.ok === true;
  return (
    <form
      noValidate
      aria-label="Plan a group session"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        create.run({ teamId, repIds, scheduledAt }, (session) => {
          if (session) router.push(`/group-sessions/${session.id}`);
        });
      }}
    >
      {teams.length > 1 ? (
        <div className="flex flex-col gap-1">
          <Label htmlFor={ids.team}>Team</Label>
          <select
            id={ids.team}
            className={selectClass}
            value={teamId}
            onChange={(event) => {
              setTeamId(event.target.value);
              setRepIds([]);
            }}
          >
            {teams.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <fieldset className="flex flex-col gap-1" aria-describedby={errors.repIds ? `${ids.reps}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">Reps attending</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {(team?.reps ?? []).map((rep) => (
            <label key={rep.id} className="flex min-h-6 items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={repIds.includes(rep.id)}
                onChange={(event) => setRepIds((current) => (event.target.checked ? [...current, rep.id] : current.filter((id) => id !== rep.id)))}
              />
              {rep.name}
            </label>
          ))}
        </div>
        {errors.repIds ? (
          <p id={`${ids.reps}-error`} className="text-sm text-red-700">
            Reps attending: {errors.repIds}
          </p>
        ) : null}
      </fieldset>
      <MeetingTimeField id={ids.when} min={minWhen} value={scheduledAt} onChange={setScheduledAt} error={errors.scheduledAt} timeZone={timeZone} className="sm:max-w-xs" />
      <div>
        <Button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? "Planning…" : "Plan the session"}
        </Button>
      </div>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </form>
  );
}
