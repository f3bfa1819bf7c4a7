"use client";
import { useEffect, useId, useRef, useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(app)/settings/api-tokens/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { ActionOutcome, TextField } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";

/** Creates a token and shows it once, with a copy button; after this page is left it cannot be shown again. */
export function CreateApiTokenForm() {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);
  const { state, pending, submit, fieldError } = useFormAction<{ name: string; prefix: string; token: string }>(createApiTokenAction);
  const [copied, setCopied] = useState<string | null>(null);
  const created = state.ok === true ? state.data : undefined;
  useEffect(() => {
    if (!created) return;
    formRef.current?.reset();
    tokenRef.current?.focus();
    tokenRef.current?.select();
  }, [created]);

  async function copy(token: string) {
    try {
      await navigator.clipboard.writeText(token);
      setCopied(token);
    } catch {
      tokenRef.current?.select();
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <form ref={formRef} noValidate aria-label="Create an API token" onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <TextField id={`${id}-name`} name="name" label="Token name" hint="What uses it, e.g. “Salesforce sync”." maxLength={80} required autoComplete="off" error={fieldError("name")} wrapperClassName="min-w-64 flex-1" />
        <Button type="submit" className="mt-6" disabled={pending} aria-busy={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {state.ok === false ? <ActionOutcome state={state} /> : null}
      {created ? (
        <Alert tone="warning" className="flex flex-col gap-2">
          <p className="font-medium">Copy the token for {created.name} now: it is shown only once and cannot be retrieved later.</p>
          <div className="flex flex-wrap items-end gap-2">
            <div className="flex min-w-72 flex-1 flex-col gap-1">
              <Label htmlFor={`${id}-token`}>New API token</Label>
              <input
                id={`${id}-token`}
                ref={tokenRef}
                readOnly
                value={created.token}
                className="h-10 w-full rounded-md border border-slate-300 bg-white px-3 font-mono text-sm text-slate-900"
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
            <Button type="button" variant="secondary" onClick={() => void copy(created.token)}>
              Copy token
            </Button>
          </div>
          <p aria-live="polite" className="text-sm">
            {copied === created.token ? "Copied to the clipboard." : ""}
          </p>
          <p className="text-sm">
            Send it as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1</code>. It acts for the whole organization.
          </p>
        </Alert>
      ) : null}
    </div>
  );
}

export function RevokeApiTokenForm({ token }: { token: { id: string; name: string } }) {
  const { state, pending, submit } = useFormAction(revokeApiTokenAction);
  const [confirming, setConfirming] = useState(false);
  return (
    <form noValidate onSubmit={submit} aria-label={`Revoke ${token.name}`} className="flex flex-col gap-1">
      <input type="hidden" name="tokenId" value={token.id} />
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm" variant="danger" disabled={pending} aria-busy={pending}>
            {pending ? "Revoking…" : `Yes, revoke ${token.name}`}
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      ) : (
        <div>
          <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
            Revoke
          </Button>
        </div>
      )}
      <ActionOutcome state={state} className="text-xs" />
    </form>
  );
}
