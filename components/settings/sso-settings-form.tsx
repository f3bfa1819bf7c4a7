"use client";
import { useId } from "react";
import { removeSsoSettingsAction, saveSsoSettingsAction } from "@/app/(app)/settings/security/actions";
import { Button } from "@/components/ui/button";
import { ActionOutcome, SelectField, TextField } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";

interface Connection {
  issuer: string;
  clientId: string;
  domains: string[];
  createUnknownUsers: boolean;
  ssoOnly: boolean;
  breakGlassAdminId: string | null;
}

export function SsoSettingsForm({ connection, admins }: { connection: Connection | null; admins: { id: string; name: string; email: string }[] }) {
  const id = useId();
  const { state, pending, submit, fieldError } = useFormAction(saveSsoSettingsAction);
  const removal = useFormAction(removeSsoSettingsAction);
  return (
    <div className="flex flex-col gap-6">
      <form noValidate aria-label="Single sign-on settings" onSubmit={submit} className="grid gap-4 md:grid-cols-2">
        <TextField id={`${id}-issuer`} name="issuer" label="Issuer URL" defaultValue={connection?.issuer} placeholder="https://login.example.com" required autoComplete="off" error={fieldError("issuer")} wrapperClassName="md:col-span-2" />
        <TextField id={`${id}-client-id`} name="clientId" label="Client ID" defaultValue={connection?.clientId} required autoComplete="off" error={fieldError("clientId")} />
        <TextField
          id={`${id}-client-secret`}
          name="clientSecret"
          label="Client secret"
          type="password"
          autoComplete="new-password"
          hint={connection ? "Stored sealed; leave empty to keep it." : "Stored sealed, never shown again."}
          error={fieldError("clientSecret")}
        />
        <TextField
          id={`${id}-domains`}
          name="domains"
          label="Email domains"
          defaultValue={connection?.domains.join(", ")}
          placeholder="example.com"
          required
          autoComplete="off"
          hint="Comma-separated. A domain signs in through one organization only."
          error={fieldError("domains")}
          wrapperClassName="md:col-span-2"
        />
        <label className="flex items-start gap-2 text-sm md:col-span-2">
          <input type="checkbox" name="createUnknownUsers" defaultChecked={connection?.createUnknownUsers} className="mt-1" />
          <span>Create people of these domains as reps the first time they sign in (otherwise they must have been invited or imported first)</span>
        </label>
        <label className="flex items-start gap-2 text-sm md:col-span-2">
          <input type="checkbox" name="ssoOnly" defaultChecked={connection?.ssoOnly} className="mt-1" />
          <span>SSO only: passwords stop working for everyone in the organization except the break-glass administrator</span>
        </label>
        <SelectField id={`${id}-break-glass`} name="breakGlassAdminId" label="Break-glass administrator" defaultValue={connection?.breakGlassAdminId ?? ""} hint="Keeps a password when SSO only is on, for when the provider is down." error={fieldError("breakGlassAdminId")}>
          <option value="">Nobody</option>
          {admins.map((admin) => (
            <option key={admin.id} value={admin.id}>
              {admin.name} ({admin.email})
            </option>
          ))}
        </SelectField>
        <div className="md:col-span-2">
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? "Saving…" : "Save single sign-on"}
          </Button>
        </div>
        <ActionOutcome state={state} success={state.ok === true ? "Single sign-on saved." : null} className="md:col-span-2" />
      </form>
      {connection ? (
        <form noValidate aria-label="Turn off single sign-on" onSubmit={removal.submit} className="flex flex-col gap-2 border-t border-slate-200 pt-4">
          <div>
            <Button type="submit" variant="danger" disabled={removal.pending} aria-busy={removal.pending}>
              Turn off single sign-on
            </Button>
          </div>
          <ActionOutcome state={removal.state} success={removal.state.ok === true ? "Single sign-on is off; passwords work again." : null} />
        </form>
      ) : null}
    </div>
  );
}
