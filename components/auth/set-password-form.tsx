"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface SetPasswordState {
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/** New password twice, for an invitation or a reset link (the token rides along hidden). */
export function SetPasswordForm({ token, email, action, submitLabel }: { token: string; email: string; action: (previous: SetPasswordState, formData: FormData) => Promise<SetPasswordState>; submitLabel: string }) {
  const [state, formAction, pending] = useActionState<SetPasswordState, FormData>(action, {});
  const passwordError = state.fieldErrors?.password?.[0];
  const confirmError = state.fieldErrors?.confirm?.[0];
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {state.fieldErrors?.token ? <Alert tone="error">This link is not valid: {state.fieldErrors.token[0]}.</Alert> : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="password">New password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          maxLength={128}
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error password-hint" : "password-hint"}
        />
        <p id="password-hint" className="text-xs text-slate-600">
          At least 12 characters, not a common password.
        </p>
        {passwordError ? (
          <p id="password-error" className="text-sm text-red-700">
            {passwordError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="confirm">Repeat the password</Label>
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required aria-invalid={confirmError ? true : undefined} aria-describedby={confirmError ? "confirm-error" : undefined} />
        {confirmError ? (
          <p id="confirm-error" className="text-sm text-red-700">
            {confirmError}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
