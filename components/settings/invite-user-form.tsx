"use client";
import { useEffect, useId, useRef } from "react";
import { inviteUserAction } from "@/app/(app)/settings/users/actions";
import { Button } from "@/components/ui/button";
import { ActionOutcome, SelectField, TextField } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { ROLES } from "@/lib/validation/roles";

/** ADMIN: invite one person; they get an email with a single-use link to set their password. */
export function InviteUserForm({ teams, emailOff }: { teams: { id: string; name: string }[]; emailOff: boolean }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, pending, submit, fieldError } = useFormAction<{ name: string; email: string }>(inviteUserAction);
  useEffect(() => {
    if (state.ok === true) formRef.current?.reset();
  }, [state]);
  const success =
    state.ok === true
      ? emailOff
        ? `Invited ${state.data?.name ?? "them"}. Email is off: copy their link under Pending invitations and send it yourself.`
        : `Invited ${state.data?.name ?? "them"}: an email with a link to set their password is on its way to ${state.data?.email ?? "them"}.`
      : null;
  return (
    <form ref={formRef} noValidate aria-label="Invite a person" onSubmit={submit} className="grid gap-4 md:grid-cols-2">
      <TextField id={`${id}-name`} name="name" label="Name" autoComplete="off" maxLength={120} required error={fieldError("name")} />
      <TextField id={`${id}-email`} name="email" label="Email" type="email" autoComplete="off" maxLength={254} required error={fieldError("email")} />
      <SelectField id={`${id}-role`} name="role" label="Role" defaultValue="REP" error={fieldError("role")}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABEL[role]}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${id}-team`} name="teamId" label="Team" defaultValue="" hint="Reps only: a manager is set on the team itself." error={fieldError("teamId")}>
        <option value="">No team</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-col gap-3 md:col-span-2">
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? "Inviting…" : "Send invitation"}
          </Button>
        </div>
        <ActionOutcome state={state} success={success} />
      </div>
    </form>
  );
}
