"use client";
import { useEffect, useId, useRef } from "react";
import { addUserAction } from "@/app/(app)/settings/users/actions";
import { Button } from "@/components/ui/button";
import { ActionOutcome, SelectField, TextField } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { ROLES } from "@/lib/validation/roles";

/** ADMIN: a new user with an initial password the administrator hands over in person or by phone. */
export function AddUserForm({ teams }: { teams: { id: string; name: string }[] }) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, pending, submit, fieldError } = useFormAction<{ name: string }>(addUserAction);
  useEffect(() => {
    if (state.ok === true) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} noValidate aria-label="Add a user" onSubmit={submit} className="grid gap-4 md:grid-cols-2">
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
      <TextField
        id={`${id}-password`}
        name="password"
        label="Initial password"
        type="password"
        autoComplete="new-password"
        minLength={12}
        maxLength={128}
        required
        hint="At least 12 characters, not a common password. Give it to them privately; it is stored only as a hash."
        error={fieldError("password")}
        wrapperClassName="md:col-span-2"
      />
      <div className="flex flex-col gap-3 md:col-span-2">
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? "Adding…" : "Add user"}
          </Button>
        </div>
        <ActionOutcome state={state} success={state.ok === true ? `Added ${state.data?.name ?? "the user"}. They can sign in with the initial password.` : null} />
      </div>
    </form>
  );
}
