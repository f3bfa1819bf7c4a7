import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { env } from "@/lib/env";
import { getViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Sign up" };
export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  if (env.SIGNUP !== "open") notFound();
  if (await getViewer()) redirect("/");
  const currencies = Intl.supportedValuesOf("currency");
  const timeZones = [...Intl.supportedValuesOf("timeZone"), "UTC"];
  return (
    <AuthShell wide title="Start coaching to the numbers" intro="Create your organization. You'll be its administrator and can invite your team next.">
      <SignUpForm currencies={currencies} timeZones={timeZones} />
      <p className="mt-4 text-center text-sm text-slate-700">
        Already have an account?{" "}
        <Link href="/login" className="text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </AuthShell>
  );
}
