"use client";
import { useEffect, useId, useRef } from "react";
import { createTeamAction, renameTeamAction, setTeamManagerAction, setTeamRegionAction } from "@/app/(app)/settings/teams/actions";
import { Button } from "@/components/ui/button";
import { ActionOutcome, SelectField, TextField } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";

interface Manager {
  id: string;
  name: string;
  email: string;
}

export function CreateTeamForm({ managers }: { managers: Manager[] }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, pending, submit, fieldError } = useFormAction<{ name: string }>(createTeamAction);
  useEffect(() => {
    if (state.ok === true) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} noValidate aria-label="Create a team" onSubmit={submit} className="grid gap-4 md:grid-cols-[1fr_1fr_auto] md:items-start">
      <TextField id={`${id}-name`} name="name" label="Team name" maxLength={80} required autoComplete="off" error={fieldError("name")} />
      <SelectField id={`${id}-manager`} name="managerEmail" label="Manager" defaultValue="" error={fieldError("managerEmail")}>
        <option value="">No manager yet</option>
        {managers.map((manager) => (
          <option key={manager.id} value={manager.email}>
            {manager.name}
          </option>
        ))}
      </SelectField>
      <div className="md:pt-6">
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Creating…" : "Create team"}
        </Button>
      </div>
      <ActionOutcome state={state} success={state.ok === true ? `Created ${state.data?.name ?? "the team"}.` : null} className="md:col-span-3" />
    </form>
  );
}

export function RenameTeamForm({ team }: { team: { id: string; name: string } }) {
  const id = useId();
  const { state, pending, submit, fieldError } = useFormAction(renameTeamAction);
  return (
    <form noValidate onSubmit={submit} aria-label={`Rename ${team.name}`} className="flex flex-col gap-1">
      <input type="hidden" name="teamId" value={team.id} />
      <div className="flex items-start gap-2">
        <TextField id={`${id}-name`} name="name" label={`Name of ${team.name}`} labelHidden defaultValue={team.name} maxLength={80} required autoComplete="off" error={fieldError("name")} wrapperClassName="min-w-48" />
        <Button type="submit" size="sm" variant="secondary" className="mt-1" disabled={pending} aria-busy={pending} aria-label={`Save name of ${team.name}`}>
          {pending ? "Saving…" : "Rename"}
        </Button>
      </div>
      <ActionOutcome state={state} success={state.ok === true ? "Name saved." : null} className="text-xs" />
    </form>
  );
}

export function TeamManagerForm({ team, managerId, managers }: { team: { id: string; name: string }; managerId: string | null; managers: Manager[] }) {
  const id = useId();
  const { state, pending, submit, fieldError } = useFormAction(setTeamManagerAction);
  return (
    <form noValidate onSubmit={submit} aria-label={`Manager of ${team.name}`} className="flex flex-col gap-1">
      <input type="hidden" name="teamId" value={team.id} />
      <div className="flex items-start gap-2">
        <SelectField id={`${id}-manager`} name="managerId" label={`Manager of ${team.name}`} labelHidden defaultValue={managerId ?? ""} error={fieldError("managerId")} wrapperClassName="min-w-48">
          <option value="">No manager</option>
          {managers.map((manager) => (
            <option key={manager.id} value={manager.id}>
              {manager.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" size="sm" variant="secondary" className="mt-1" disabled={pending} aria-busy={pending} aria-label={`Save manager of ${team.name}`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <ActionOutcome state={state} success={state.ok === true ? "Manager saved." : null} className="text-xs" />
    </form>
  );
}

/** A region by name: the existing ones are offered, a new name creates one, empty takes the team out. */
export function TeamRegionForm({ team, region, regions }: { team: { id: string; name: string }; region: string | null; regions: string[] }) {
  const id = useId();
  const { state, pending, submit, fieldError } = useFormAction<{ region: string | null }>(setTeamRegionAction);
  return (
    <form noValidate onSubmit={submit} aria-label={`Region of ${team.name}`} className="flex flex-col gap-1">
      <input type="hidden" name="teamId" value={team.id} />
      <div className="flex items-start gap-2">
        <TextField id={`${id}-region`} name="region" label={`Region of ${team.name}`} labelHidden defaultValue={region ?? ""} maxLength={80} autoComplete="off" list={`${id}-regions`} placeholder="No region" error={fieldError("region")} wrapperClassName="min-w-36" />
        <datalist id={`${id}-regions`}>
          {regions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Button type="submit" size="sm" variant="secondary" className="mt-1" disabled={pending} aria-busy={pending} aria-label={`Save region of ${team.name}`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <ActionOutcome state={state} success={state.ok === true ? (state.data?.region ? `In ${state.data.region}.` : "In no region.") : null} className="text-xs" />
    </form>
  );
}
