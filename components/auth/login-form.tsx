"use client";
import Link from "next/link";
import { useActionState } from "react";
import { signInAction, startSsoAction, type SignInState, type SsoStartState } from "@/app/(auth)/login/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {});
  // "Continue with SSO" submits the same form: the email's domain chooses the organization's provider.
  const [ssoState, ssoAction, ssoPending] = useActionState<SsoStartState, FormData>(startSsoAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      {ssoState.message ? <Alert tone="error">{ssoState.message}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email ?? ssoState.email}
          aria-invalid={state.fieldErrors?.email ? true : undefined}
          aria-describedby={state.fieldErrors?.email ? "email-error" : undefined}
        />
        {state.fieldErrors?.email ? (
          <p id="email-error" className="text-sm text-red-700">
            {state.fieldErrors.email[0]}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.fieldErrors?.password ? true : undefined}
          aria-describedby={state.fieldErrors?.password ? "password-error" : undefined}
        />
        {state.fieldErrors?.password ? (
          <p id="password-error" className="text-sm text-red-700">
            {state.fieldErrors.password[0]}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending || ssoPending} aria-busy={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <Link href="/forgot-password" className="text-center text-sm text-brand-700 underline">
        Forgot password?
      </Link>
      <div className="flex flex-col gap-2 border-t border-slate-200 pt-4">
        <p className="text-sm text-slate-700">Your company signs in with its own identity provider? Enter your work email above, then:</p>
        <Button type="submit" variant="secondary" formAction={ssoAction} disabled={pending || ssoPending} aria-busy={ssoPending}>
          {ssoPending ? "Going to your sign-in page…" : "Continue with SSO"}
        </Button>
      </div>
    </form>
  );
}
