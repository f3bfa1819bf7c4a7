import type { Metadata } from "next";
import Link from "next/link";
import { acceptInvitationAction } from "@/app/(auth)/invitation/actions";
import { AuthShell } from "@/components/auth/auth-shell";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { findInvitation } from "@/lib/server/invitations/find-invitation";
import { oneTimeTokenSchema } from "@/lib/validation/invitations";

// The token is in the address: never send it on to another site.
export const metadata: Metadata = { title: "Set your password", referrer: "no-referrer" };

export default async function InvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const parsed = oneTimeTokenSchema.safeParse(Array.isArray(token) ? token[0] : token);
  const invitation = parsed.success ? await findInvitation(parsed.data) : null;
  if (!parsed.success || !invitation) {
    return (
      <AuthShell title="This invitation link no longer works">
        <p className="text-sm text-slate-700">It has expired, was already used, or was replaced by a newer invitation. Ask your administrator to send you a new one.</p>
        <Link href="/login" className="mt-4 inline-block text-sm text-brand-700 underline">
          Go to sign in
        </Link>
      </AuthShell>
    );
  }
  return (
    <AuthShell title={`Join ${invitation.organizationName}`} intro={`Welcome, ${invitation.name}. Set a password for ${invitation.email} to sign in.`}>
      <SetPasswordForm token={parsed.data} email={invitation.email} action={acceptInvitationAction} submitLabel="Set password and sign in" />
    </AuthShell>
  );
}
