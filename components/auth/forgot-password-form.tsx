"use client";
import Link from "next/link";
import { useActionState } from "react";
import { forgotPasswordAction, type ForgotPasswordState } from "@/app/(auth)/reset-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState<ForgotPasswordState, FormData>(forgotPasswordAction, {});
  if (state.sent) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">
          If {state.email} has an account, we’ve sent it a link to choose a new password. The link works once, for one hour.
        </Alert>
        <Link href="/login" className="text-sm text-brand-700 underline">
          Back to sign in
        </Link>
      </div>
    );
  }
  const emailError = state.fieldErrors?.email?.[0];
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="email">Email</Label>
        <Input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} aria-invalid={emailError ? true : undefined} aria-describedby={emailError ? "email-error" : undefined} />
        {emailError ? (
          <p id="email-error" className="text-sm text-red-700">
            {emailError}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Sending…" : "Email me a reset link"}
      </Button>
      <Link href="/login" className="text-center text-sm text-brand-700 underline">
        Back to sign in
      </Link>
    </form>
  );
}
