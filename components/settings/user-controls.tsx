"use client";
import { useEffect, useId, useRef, useState } from "react";
import { changeUserRoleAction, moveUserToTeamAction, setUserActiveAction, setUserEmailAction } from "@/app/(app)/settings/users/actions";
import { Button, buttonVariants } from "@/components/ui/button";
import { ActionOutcome, SelectField, TextField } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import { ROLE_LABEL } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES } from "@/lib/validation/roles";

interface Person {
  id: string;
  name: string;
}

/** A user's role; a change signs them out so the new rights apply at once. */
export function UserRoleForm({ user, role }: { user: Person; role: Role }) {
  const id = useId();
  const { state, pending, submit, fieldError } = useFormAction(changeUserRoleAction);
  return (
    <form noValidate onSubmit={submit} aria-label={`Role of ${user.name}`} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex items-end gap-2">
        <SelectField id={`${id}-role`} name="role" label={`Role of ${user.name}`} labelHidden defaultValue={role} error={fieldError("role")} className="min-w-36">
          {ROLES.map((choice) => (
            <option key={choice} value={choice}>
              {ROLE_LABEL[choice]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-busy={pending} aria-label={`Save role of ${user.name}`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <ActionOutcome state={state} success={state.ok === true ? "Role saved; they were signed out." : null} className="text-xs" />
    </form>
  );
}

/** The email of a person created without one (from a CRM export's owner names); then they can be invited. */
export function UserEmailForm({ user }: { user: Person }) {
  const id = useId();
  const { state, pending, submit, fieldError } = useFormAction(setUserEmailAction);
  return (
    <form noValidate onSubmit={submit} aria-label={`Email of ${user.name}`} className="mt-1 flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex items-end gap-2">
        <TextField id={`${id}-email`} name="email" type="email" autoComplete="off" label={`Email of ${user.name}`} labelHidden placeholder="No email yet" error={fieldError("email")} className="min-w-40" />
        <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-busy={pending} aria-label={`Save email of ${user.name}`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <ActionOutcome state={state} success={state.ok === true ? "Email saved; you can invite them now." : null} className="text-xs" />
    </form>
  );
}

/** A rep's team; the old membership closes and a new one opens, so history stays with the rep. */
export function UserTeamForm({ user, teamId, teams }: { user: Person; teamId: string | null; teams: { id: string; name: string }[] }) {
  const id = useId();
  const { state, pending, submit, fieldError } = useFormAction(moveUserToTeamAction);
  return (
    <form noValidate onSubmit={submit} aria-label={`Team of ${user.name}`} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex items-end gap-2">
        <SelectField id={`${id}-team`} name="teamId" label={`Team of ${user.name}`} labelHidden defaultValue={teamId ?? ""} error={fieldError("teamId")} className="min-w-40">
          <option value="">No team</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-busy={pending} aria-label={`Move ${user.name} to the chosen team`}>
          {pending ? "Moving…" : "Move"}
        </Button>
      </div>
      <ActionOutcome state={state} success={state.ok === true ? "Team saved." : null} className="text-xs" />
    </form>
  );
}

/** Deactivate (after a confirmation) or reactivate. Deactivation signs them out at once and keeps their history. */
export function UserStatusControl({ user, active }: { user: Person; active: boolean }) {
  const { state, pending, submit } = useFormAction<{ active: boolean }>(setUserActiveAction);
  const [confirming, setConfirming] = useState(false);
  const [shownActive, setShownActive] = useState(active);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  if (shownActive !== active) {
    setShownActive(active);
    setConfirming(false);
  }
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (state.ok === true) toggleRef.current?.focus();
  }, [state]);

  const outcome = <ActionOutcome state={state} success={state.ok === true ? (state.data?.active ? `${user.name} can sign in again.` : `${user.name} is deactivated and signed out.`) : null} className="text-xs" />;
  if (!active) {
    return (
      <form noValidate onSubmit={submit} className="flex flex-col gap-1">
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="active" value="true" />
        <div>
          <button ref={toggleRef} type="submit" className={buttonVariants({ size: "sm", variant: "secondary" })} disabled={pending} aria-busy={pending} aria-label={`Reactivate ${user.name}`}>
            {pending ? "Reactivating…" : "Reactivate"}
          </button>
        </div>
        {outcome}
      </form>
    );
  }
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="active" value="false" />
      {confirming ? (
        <div className="flex flex-col gap-2 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          <p>
            {user.name} will be signed out now and cannot sign in. Their activity, meetings and team history stay; you can reactivate them later.
          </p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="submit" className={buttonVariants({ size: "sm", variant: "danger" })} disabled={pending} aria-busy={pending}>
              {pending ? "Deactivating…" : `Yes, deactivate ${user.name}`}
            </button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <button ref={toggleRef} type="button" className={buttonVariants({ size: "sm", variant: "secondary" })} onClick={() => setConfirming(true)} aria-label={`Deactivate ${user.name}`}>
            Deactivate
          </button>
        </div>
      )}
      {outcome}
    </form>
  );
}
