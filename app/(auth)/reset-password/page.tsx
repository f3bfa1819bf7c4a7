import type { Metadata } from "next";
import Link from "next/link";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { AuthShell } from "@/components/auth/auth-shell";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { findPasswordReset } from "@/lib/server/auth/reset-password";
import { oneTimeTokenSchema } from "@/lib/validation/invitations";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const parsed = oneTimeTokenSchema.safeParse(Array.isArray(token) ? token[0] : token);
  const reset = parsed.success ? await findPasswordReset(parsed.data) : null;
  if (!parsed.success || !reset) {
    return (
      <AuthShell title="This reset link no longer works">
        <p className="text-sm text-slate-700">It has expired (links last one hour), was already used, or a newer one was sent.</p>
        <Link href="/forgot-password" className="mt-4 inline-block text-sm text-brand-700 underline">
          Ask for a new link
        </Link>
      </AuthShell>
    );
  }
  return (
    <AuthShell title="Choose a new password" intro={`For ${reset.email}. Saving it signs you out everywhere else.`}>
      <SetPasswordForm token={parsed.data} email={reset.email} action={resetPasswordAction} submitLabel="Save password and sign in" />
    </AuthShell>
  );
}
