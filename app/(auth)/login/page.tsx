import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { homePath } from "@/lib/access/policy";
import { getViewer } from "@/lib/server/viewer/get-viewer";
import { callbackUrlSchema } from "@/lib/validation/callback-url";

export const metadata: Metadata = { title: "Sign in" };

// Why single sign-on sent someone back (lib/server/sso/resolve-sso-user.ts); the provider has already vouched for who they are.
const SSO_REFUSALS: Record<string, string> = {
  unverified: "Your identity provider did not confirm your email address, so single sign-on cannot match you to an account.",
  domain: "Your email's domain does not sign in through this organization's provider.",
  unknown: "There is no Coachboard account for you yet; ask your administrator to invite you.",
  deactivated: "Your Coachboard account is deactivated; ask your administrator.",
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; sso?: string | string[]; error?: string | string[] }> }) {
  const { callbackUrl, sso, error } = await searchParams;
  const refusal = first(sso);
  const ssoMessage = refusal ? (SSO_REFUSALS[refusal] ?? SSO_REFUSALS.unknown) : first(error) ? "Single sign-on did not complete, so you are not signed in. Try again." : null;
  const target = callbackUrlSchema.parse(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  const viewer = await getViewer();
  if (viewer) redirect(target === "/" ? homePath(viewer) : target);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-2xl font-bold tracking-tight text-brand-700">Coachboard</p>
          <h1 className="mt-2 text-lg font-semibold text-slate-900">Sign in to coach to the numbers</h1>
        </div>
        <div className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {ssoMessage ? (
            <Alert tone="error" data-testid="sso-refusal">
              {ssoMessage}
            </Alert>
          ) : null}
          <LoginForm callbackUrl={target} />
        </div>
      </div>
    </main>
  );
}
